package dev.atrium.shared.web;

import dev.atrium.shared.Text;
import dev.atrium.shared.Verbatim;
import dev.atrium.shared.data.Timestamps;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAccessor;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * Reads request bodies (HTTP, and requests over the socket) with the rules for input from outside:
 * every string passes {@link Text} ({@link Text#name} unless the field is {@link Verbatim}) and every
 * time or date lies in {@link Timestamps#inRange}. A refusal names its field and becomes a
 * {@code validation.failed} problem ({@link Problems#unreadable}). Only requests are read this way:
 * the application's own JSON (stored events, cluster frames) keeps the plain mapper, so a message
 * body with a tab is never refused when its event is read back.
 */
@Component
public class RequestJson {

  private final JsonMapper mapper;

  RequestJson(JsonMapper json) {
    SimpleModule rules = new SimpleModule("atrium-input");
    rules.addDeserializer(String.class, new TextDeserializer(false));
    rules.setDeserializerModifier(new TimesInRange());
    this.mapper = json.rebuild().addModule(rules).build();
  }

  /** A request read from a tree (a socket frame), under the same rules as an HTTP request body. */
  public <T> T read(JsonNode tree, Class<T> type) {
    return mapper.treeToValue(tree, type);
  }

  JsonMapper mapper() {
    return mapper;
  }

  /** A value the input rules refuse; {@code code} is the field error's code. */
  static final class RefusedInput extends InvalidFormatException {
    final String code;

    RefusedInput(JsonParser parser, String message, String code) {
      super(parser, message, null, Object.class);
      this.code = code;
    }
  }

  private static final class TextDeserializer extends StdScalarDeserializer<String> {

    private final boolean verbatim;

    TextDeserializer(boolean verbatim) {
      super(String.class);
      this.verbatim = verbatim;
    }

    @Override
    public ValueDeserializer<?> createContextual(
        DeserializationContext context, @Nullable BeanProperty property) {
      boolean marked = property != null && property.getAnnotation(Verbatim.class) != null;
      return marked == verbatim ? this : new TextDeserializer(marked);
    }

    @Override
    public @Nullable String deserialize(JsonParser parser, DeserializationContext context) {
      String raw = StringDeserializer.instance.deserialize(parser, context);
      if (raw == null) {
        return null;
      }
      try {
        return verbatim ? Text.verbatim(raw) : Text.name(raw);
      } catch (Text.Refused e) {
        throw new RefusedInput(parser, Objects.requireNonNull(e.getMessage()), "characters");
      }
    }
  }

  private static final class TimesInRange extends ValueDeserializerModifier {
    @Override
    public ValueDeserializer<?> modifyDeserializer(
        DeserializationConfig config,
        BeanDescription.Supplier description,
        ValueDeserializer<?> deserializer) {
      return Temporal.class.isAssignableFrom(description.getBeanClass())
          ? new TimeInRange(deserializer)
          : deserializer;
    }
  }

  private static final class TimeInRange extends DelegatingDeserializer {

    TimeInRange(ValueDeserializer<?> delegate) {
      super(delegate);
    }

    @Override
    protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
      return new TimeInRange(delegate);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) {
      Object value = super.deserialize(parser, context);
      if (value instanceof TemporalAccessor time && !Timestamps.inRange(time)) {
        throw new RefusedInput(
            parser,
            "A time between the years " + Timestamps.FIRST_YEAR + " and " + Timestamps.LAST_YEAR
                + " is expected.",
            "range");
      }
      return value;
    }
  }
}
