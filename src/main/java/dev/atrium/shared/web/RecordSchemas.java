package dev.atrium.shared.web;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Marks every record component that is not {@code @Nullable} as required in the OpenAPI schema, so
 * the generated TypeScript types say what the server guarantees instead of making every field optional.
 */
@Component
class RecordSchemas implements ModelConverter {

  @Override
  @SuppressWarnings({"rawtypes", "unchecked"})
  public @Nullable Schema resolve(
      AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
    Schema schema = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
    Class<?> raw = rawClass(type);
    if (schema == null || raw == null || !raw.isRecord()) {
      return schema;
    }
    Schema target = schema.get$ref() != null && context.getDefinedModels() != null
        ? context
            .getDefinedModels()
            .get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1))
        : schema;
    if (target == null || target.getProperties() == null) {
      return schema;
    }
    List<String> required = Arrays.stream(raw.getRecordComponents())
        .filter(c -> !nullable(c))
        .map(RecordComponent::getName)
        .filter(target.getProperties()::containsKey)
        .toList();
    if (!required.isEmpty()) {
      target.setRequired(required);
    }
    return schema;
  }

  private static boolean nullable(RecordComponent component) {
    return component.getAnnotatedType().isAnnotationPresent(Nullable.class)
        || component.isAnnotationPresent(Nullable.class);
  }

  private static @Nullable Class<?> rawClass(AnnotatedType type) {
    if (type.getType() instanceof Class<?> c) {
      return c;
    }
    if (type.getType() instanceof com.fasterxml.jackson.databind.JavaType javaType) {
      return javaType.getRawClass();
    }
    return null;
  }
}
