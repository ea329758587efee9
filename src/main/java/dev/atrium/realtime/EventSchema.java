package dev.atrium.realtime;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What an event record must be to travel on a stream: a record of its kind's sealed interface, named
 * by {@code @JsonTypeName}, whose components are non-null unless marked {@code @Nullable} (nested
 * records and their lists too), as the OpenAPI schema promises the client.
 */
public final class EventSchema {

  private EventSchema() {}

  static String name(Class<?> type) {
    JsonTypeName name = type.getAnnotation(JsonTypeName.class);
    if (!type.isRecord() || name == null || name.value().isBlank()) {
      throw new IllegalArgumentException(type + " is not a record named by @JsonTypeName");
    }
    return name.value();
  }

  static void check(StreamKind<?> kind, Object event) {
    if (!kind.events().isInstance(event)) {
      throw new IllegalArgumentException(
          event.getClass() + " is not an event of stream " + kind.name());
    }
    name(event.getClass());
    checkValue(event, event.getClass().getSimpleName());
  }

  private static void checkValue(@Nullable Object value, String path) {
    if (value instanceof Record record) {
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        Object inner = read(component, record);
        if (inner == null && !nullable(component)) {
          throw new IllegalArgumentException(
              path + "." + component.getName() + " is null but not @Nullable");
        }
        checkValue(inner, path + "." + component.getName());
      }
    } else if (value instanceof Collection<?> items) {
      items.forEach(item -> {
        if (item == null) {
          throw new IllegalArgumentException(path + " holds a null");
        }
        checkValue(item, path + "[]");
      });
    } else if (value instanceof Map<?, ?> map) {
      map.values().forEach(item -> checkValue(item, path + "{}"));
    }
  }

  /** Whether the component may be null: marked {@code @Nullable} (JSpecify), on its type or itself. */
  public static boolean nullable(RecordComponent component) {
    return component.getAnnotatedType().isAnnotationPresent(Nullable.class)
        || component.isAnnotationPresent(Nullable.class);
  }

  private static @Nullable Object read(RecordComponent component, Record record) {
    try {
      component.getAccessor().setAccessible(true);
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("Cannot read " + component, e);
    }
  }
}
