package dev.atrium.shared.data;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** PostgreSQL {@code uuid[]} values to and from Java. */
public final class UuidArrays {

  private UuidArrays() {}

  /** A {@code uuid[]} literal; bound as text and cast in SQL ({@code cast(? as uuid[])}), which every driver version accepts. */
  public static String literal(Collection<UUID> ids) {
    return ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
  }

  /** The ids of a {@code uuid[]} column; empty for null. */
  public static List<UUID> of(@Nullable Array array) throws SQLException {
    if (array == null) {
      return List.of();
    }
    return Arrays.stream((Object[]) array.getArray())
        .map(v -> v instanceof UUID id ? id : UUID.fromString(v.toString()))
        .toList();
  }
}
