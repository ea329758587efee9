package dev.atrium.shared.data;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import org.jspecify.annotations.Nullable;

/** Instants to and from {@code timestamptz}, which the PostgreSQL driver maps to {@link OffsetDateTime}. */
public final class Timestamps {

  /**
   * The years a time from outside may fall in. {@code timestamptz} ends in 294276 AD and Java's
   * {@link Instant} goes far beyond; four-digit years are what ISO 8601 and every client mean.
   */
  public static final int FIRST_YEAR = 1;

  public static final int LAST_YEAR = 9999;
  private static final Instant FIRST = Instant.parse("0001-01-01T00:00:00Z");
  private static final Instant AFTER_LAST = Instant.parse("+10000-01-01T00:00:00Z");

  private Timestamps() {}

  public static OffsetDateTime at(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  /** Whether a time or date from outside lies in {@link #FIRST_YEAR}..{@link #LAST_YEAR} (UTC for an instant). */
  public static boolean inRange(TemporalAccessor time) {
    if (time instanceof Instant instant) {
      return !instant.isBefore(FIRST) && instant.isBefore(AFTER_LAST);
    }
    if (!time.isSupported(ChronoField.YEAR)) {
      return true;
    }
    int year = time.get(ChronoField.YEAR);
    return year >= FIRST_YEAR && year <= LAST_YEAR;
  }

  public static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  public static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  /** A {@code not null} column's instant. */
  public static Instant required(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, OffsetDateTime.class).toInstant();
  }

  /** A {@code not null} column's instant. */
  public static Instant required(ResultSet rs, int column) throws SQLException {
    return rs.getObject(column, OffsetDateTime.class).toInstant();
  }
}
