package dev.atrium.org.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Conversions between Java values and the SQL arrays and patterns the org tables use. */
final class Sql {

  private Sql() {}

  /** A {@code uuid[]} literal; bound as text and cast in SQL, which every driver version accepts. */
  static String uuidArray(List<UUID> ids) {
    return ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
  }

  static List<UUID> uuids(@Nullable Array array) throws SQLException {
    if (array == null) {
      return List.of();
    }
    return Arrays.stream((Object[]) array.getArray()).map(UUID.class::cast).toList();
  }

  /** Escapes LIKE's wildcards so a user's {@code %} or {@code _} is matched literally. */
  static String likeLiteral(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
