package dev.atrium.calendar.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The timing of an event row as the recurrence rules see it: its rule (null for a single event),
 * its first occurrence's start and end, its zone, whether it is all-day, the original starts it
 * cancelled ({@code exdates}) and the original starts its override rows replace ({@code
 * overrides}, their {@code recurrence_id}s). Occurrences are named by their original start.
 */
public record Series(
    @Nullable String rrule,
    Instant start,
    Instant end,
    ZoneId zone,
    boolean allDay,
    List<Instant> exdates,
    List<Instant> overrides) {

  public Series {
    exdates = List.copyOf(exdates);
    overrides = List.copyOf(overrides);
  }

  /** A single or recurring event with no exceptions yet. */
  public static Series of(
      @Nullable String rrule, Instant start, Instant end, ZoneId zone, boolean allDay) {
    return new Series(rrule, start, end, zone, allDay, List.of(), List.of());
  }

  /** The timing of a stored event row, with the original starts of its override rows. */
  public static Series of(EventRow row, List<Instant> overrides) {
    return new Series(
        row.rrule(),
        row.startAt(),
        row.endAt(),
        ZoneId.of(row.timeZone()),
        row.allDay(),
        row.exdates(),
        overrides);
  }

  public boolean recurring() {
    return rrule != null;
  }

  /** When the occurrence that starts at {@code occurrence} ends (see {@link Recurrences#endOf}). */
  public Instant endOf(Instant occurrence) {
    return Recurrences.endOf(occurrence, start, end, zone, allDay);
  }

  /**
   * The starts of the occurrences this row shows in [from, to), an occurrence that began earlier
   * and still runs included: without cancelled ones and without those an override row replaces (the
   * override rows are shown on their own), at most {@link Recurrences#MAX_OCCURRENCES}.
   */
  public List<Instant> starts(Instant from, Instant to) {
    if (rrule == null) {
      return start.isBefore(to) && end.isAfter(from) ? List.of(start) : List.of();
    }
    List<Instant> hidden = new ArrayList<>(exdates);
    hidden.addAll(overrides);
    return Recurrences.expand(
            rrule,
            start,
            zone,
            allDay,
            hidden,
            from.minus(longest()),
            to,
            Recurrences.MAX_OCCURRENCES)
        .stream()
        .filter(s -> endOf(s).isAfter(from))
        .toList();
  }

  /** Whether {@code occurrence} is an original start of this series that was not cancelled. */
  public boolean occursAt(Instant occurrence) {
    if (rrule == null) {
      return occurrence.equals(start);
    }
    return !Recurrences.expand(
            rrule, start, zone, allDay, exdates, occurrence, occurrence.plusNanos(1), 1)
        .isEmpty();
  }

  /** Whether any occurrence is left that was not cancelled (a replaced one still takes place). */
  boolean hasOccurrences() {
    if (rrule == null) {
      return true;
    }
    Instant last = seriesEnd();
    Instant to = last != null
        ? last
        : LocalDate.ofInstant(start, zone).plusYears(5000).atStartOfDay(zone).toInstant();
    return !Recurrences.expand(rrule, start, zone, allDay, exdates, start, to, 1)
        .isEmpty();
  }

  /** The value of {@code series_end}: when the last occurrence can end, null when never. */
  public @Nullable Instant seriesEnd() {
    return rrule == null ? end : Recurrences.seriesEnd(rrule, start, end, zone, allDay);
  }

  /** How long an occurrence can last: all-day days may be 25 hours long. */
  private Duration longest() {
    Duration length = Duration.between(start, end);
    if (!allDay) {
      return length;
    }
    long days =
        ChronoUnit.DAYS.between(LocalDate.ofInstant(start, zone), LocalDate.ofInstant(end, zone));
    return Duration.ofHours(25 * Math.max(days, 1));
  }
}
