package dev.atrium.chat.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/** Instants to and from {@code timestamptz}. */
final class Sql {

  private Sql() {}

  static OffsetDateTime at(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  /** A {@code uuid[]} literal for {@code cast(? as uuid[])}. */
  static String uuidArray(java.util.Collection<java.util.UUID> ids) {
    return "{" + String.join(",", ids.stream().map(java.util.UUID::toString).toList()) + "}";
  }

  static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
