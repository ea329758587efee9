package dev.atrium.realtime.internal;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.atrium.realtime.EventSchema;
import dev.atrium.realtime.StreamKind;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Discriminator;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
  public void customise(OpenAPI api) {
    Map<String, Schema> schemas = api.getComponents().getSchemas();
    for (StreamKind<?> kind : kinds) {
      ComposedSchema union = new ComposedSchema();
      union.description("The events of stream kind `" + kind.name() + "`, told apart by `kind`.");
      Discriminator discriminator = new Discriminator().propertyName("kind");
      for (Class<?> type : kind.eventTypes()) {
        String name = type.getAnnotation(JsonTypeName.class).value();
        Map<String, Schema> resolved =
            ModelConverters.getInstance().readAll(new AnnotatedType(type).resolveAsRef(false));
        resolved.forEach((named, schema) -> {
          if (!schemas.containsKey(named)) {
            schemas.put(named, schema);
            required(type, named, schema);
          }
        });
        Schema record = java.util.Objects.requireNonNull(
            resolved.get(type.getSimpleName()), "a record resolves to its own schema");
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("kind", new StringSchema()._enum(List.of(name)));
        if (record.getProperties() != null) {
          properties.putAll(record.getProperties());
        }
        record.setProperties(properties);
        // required as the server guarantees it: every component not @Nullable (EventSchema checks
        // it)
        List<String> required = new ArrayList<>(List.of("kind"));
        Arrays.stream(type.getRecordComponents())
            .filter(c -> !EventSchema.nullable(c))
            .forEach(c -> required.add(c.getName()));
        record.setRequired(required);
        // OpenAPI 3.1 writes "types"; without it the generator cannot tell the union's members are
        // objects
        record.setTypes(new LinkedHashSet<>(List.of("object")));
        schemas.put(type.getSimpleName(), record);
        String ref = "#/components/schemas/" + type.getSimpleName();
        union.addOneOfItem(new Schema().$ref(ref));
        discriminator.mapping(name, ref);
      }
      union.discriminator(discriminator);
      schemas.put(kind.events().getSimpleName(), union);
    }
  }

  /**
   * Marks the components of the record named {@code name} (the event or a record it holds, such as a
   * channel's settings) required unless {@code @Nullable}, as the API's other records are.
   */
  @SuppressWarnings("rawtypes")
  private static void required(Class<?> event, String name, Schema schema) {
    records(event, new HashSet<>()).stream()
        .filter(r -> r.getSimpleName().equals(name))
        .findFirst()
        .ifPresent(record -> {
          if (schema.getProperties() != null) {
            schema.setTypes(new LinkedHashSet<>(List.of("object")));
            schema.setRequired(Arrays.stream(record.getRecordComponents())
                .filter(c -> !EventSchema.nullable(c))
                .map(RecordComponent::getName)
                .filter(schema.getProperties()::containsKey)
                .toList());
          }
        });
  }

  /** The record and every record its components hold, directly or in a collection. */
  private static Set<Class<?>> records(Class<?> type, Set<Class<?>> seen) {
    if (type.isRecord() && seen.add(type)) {
      for (var component : type.getRecordComponents()) {
        records(component.getType(), seen);
        if (component.getGenericType() instanceof ParameterizedType generic) {
          Arrays.stream(generic.getActualTypeArguments())
              .filter(Class.class::isInstance)
              .forEach(t -> records((Class<?>) t, seen));
        }
      }
    }
    return seen;
  }
}
