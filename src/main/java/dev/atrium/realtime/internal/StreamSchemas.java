package dev.atrium.realtime.internal;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.atrium.realtime.EventSchema;
import dev.atrium.realtime.StreamKind;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Discriminator;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Puts every declared stream kind's events into the OpenAPI document, so the web client's types are
 * generated from them: each event record as a schema with its {@code kind} as a one-value enum, and
 * the kind's sealed interface ({@code ChatStreamEvent}) as the {@code oneOf} of them, discriminated
 * by {@code kind}.
 */
@Component
class StreamSchemas implements OpenApiCustomizer {

  private final List<StreamKind<?>> kinds;

  StreamSchemas(List<StreamKind<?>> kinds) {
    this.kinds = kinds;
  }

  @Override
  @SuppressWarnings({"rawtypes", "unchecked"})
  public void customise(io.swagger.v3.oas.models.OpenAPI api) {
    Map<String, Schema> schemas = api.getComponents().getSchemas();
    for (StreamKind<?> kind : kinds) {
      ComposedSchema union = new ComposedSchema();
      union.description("The events of stream kind `" + kind.name() + "`, told apart by `kind`.");
      Discriminator discriminator = new Discriminator().propertyName("kind");
      for (Class<?> type : kind.eventTypes()) {
        String name = type.getAnnotation(JsonTypeName.class).value();
        Map<String, Schema> resolved = ModelConverters.getInstance().readAll(new AnnotatedType(type).resolveAsRef(false));
        resolved.forEach(schemas::putIfAbsent);
        Schema record = resolved.get(type.getSimpleName());
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("kind", new StringSchema()._enum(List.of(name)));
        if (record.getProperties() != null) {
          properties.putAll(record.getProperties());
        }
        record.setProperties(properties);
        // required as the server guarantees it: every component not @Nullable (EventSchema checks it)
        List<String> required = new ArrayList<>(List.of("kind"));
        Arrays.stream(type.getRecordComponents()).filter(c -> !EventSchema.nullable(c)).forEach(c -> required.add(c.getName()));
        record.setRequired(required);
        record.setType("object");
        schemas.put(type.getSimpleName(), record);
        String ref = "#/components/schemas/" + type.getSimpleName();
        union.addOneOfItem(new Schema().$ref(ref));
        discriminator.mapping(name, ref);
      }
      union.discriminator(discriminator);
      schemas.put(kind.events().getSimpleName(), union);
    }
  }
}
