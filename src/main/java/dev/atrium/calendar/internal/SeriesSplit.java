package dev.atrium.calendar.internal;

import dev.atrium.calendar.EditScope;
import dev.atrium.shared.DomainException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an edit or a cancellation of one occurrence, this and the following ones, or all of a
 * recurring event writes, decided without a database: the caller reads the event row into a {@link
 * Series}, asks here, and persists the {@link Change} it gets back in one transaction.
 *
 * <p>The rules, as Outlook and Feishu users expect them:
 *
 * <ul>
 *   <li><b>This</b> occurrence: an override row (parent = the series, {@code recurrence_id} = the
 *       occurrence's original start) holds its own fields and time; the series is untouched. An
 *       override never has a rule of its own.
 *   <li><b>This and following</b>: the series keeps the occurrences before, ending with an {@code
 *       UNTIL} one second before the occurrence (a {@code COUNT} becomes that {@code UNTIL}); a new
 *       series starts at the edited occurrence with the edited fields and, when the rule is
 *       unchanged, the {@code COUNT} still to go. Exceptions from the occurrence on move to the new
 *       series, shifted like its start (below); those the new series no longer has are dropped. On
 *       the series' first occurrence it is an edit of all.
 *   <li><b>All</b>: the edited times are those of the occurrence the person opened; the series'
 *       start moves by the same local shift (opening the fifth Monday and moving it from 09:00 to
 *       10:00 moves the first Monday to 10:00, not the series to the fifth Monday). Cancelled
 *       occurrences stay cancelled and override rows stay attached to their occurrence: both
 *       {@code exdates} and {@code recurrence_id}s shift with the series, while the overrides keep
 *       their own time, which the person chose on purpose. Exceptions that the changed rule no
 *       longer produces are dropped.
 *   <li>Cancel <b>this</b>: the occurrence becomes an {@code EXDATE} (its override row, if any, is
 *       deleted); cancel <b>this and following</b>: the series ends before it ({@code UNTIL}) and
 *       later exceptions go; cancel <b>all</b>, or cancelling the last occurrence left, or this
 *       and following from the first: the whole event is cancelled.
 * </ul>
 *
 * <p>A single (not recurring) event accepts every scope: an edit changes the row, a cancellation
 * cancels it.
 */
public final class SeriesSplit {

  private SeriesSplit() {}

  /** The times and rule an edit asks for; for this or following, of the occurrence edited. */
  public record Timing(
      Instant start,
      Instant end,
      ZoneId zone,
      boolean allDay,
      @Nullable String rrule) {}

  /** What to write; a sealed set, so the caller handles each. */
  public sealed interface Change {}

  /**
   * Insert or update the override row of {@code occurrence} (parent = the series, {@code
   * recurrence_id} = {@code occurrence}) with the edited fields and times; the series row stays.
   */
  public record WriteOverride(Instant occurrence) implements Change {}

  /**
   * Update the series row to {@code series} (rule, start, end, zone, all-day, {@code exdates},
   * {@code series_end} = {@link Series#seriesEnd()}); set the {@code recurrence_id} of the override
   * rows in {@code moved} (old → new) and delete the override rows in {@code dropped}.
   */
  public record UpdateSeries(Series series, Map<Instant, Instant> moved, Set<Instant> dropped)
      implements Change {}

  /**
   * Update the series row to {@code before} (the occurrences before the edited one; keeps its id,
   * UID and attendees' answers) and insert a new event row {@code following} with the edited fields
   * (a new id and UID); the override rows in {@code moved} get the new row as parent and the
   * mapped {@code recurrence_id}; those in {@code dropped} are deleted.
   */
  public record SplitSeries(
      Series before, Series following, Map<Instant, Instant> moved, Set<Instant> dropped)
      implements Change {}

  /** Cancel the whole event with its override rows. */
  public record CancelSeries() implements Change {}

  /**
   * What an edit with {@code scope} of the event {@code series}, looked at on {@code occurrence}
   * (its original start; null for a single event or, with ALL, the first), writes; {@code
   * calendar.scope-invalid} when THIS or FOLLOWING names no occurrence of a series, {@code
   * calendar.not-found} when the series has no such occurrence, {@code
   * calendar.recurrence-invalid} for the edited rule.
   */
  public static Change edit(
      Series series, EditScope scope, @Nullable Instant occurrence, Timing edited) {
    return switch (scope) {
      case THIS -> editThis(series, occurrence, edited);
      case FOLLOWING -> editFollowing(series, occurrence, edited);
      case ALL -> editAll(series, occurrence, edited);
    };
  }

  /** What cancelling with {@code scope} writes; the same refusals as {@link #edit}. */
  public static Change cancel(Series series, EditScope scope, @Nullable Instant occurrence) {
    return switch (scope) {
      case THIS -> cancelThis(series, occurrence);
      case FOLLOWING -> cancelFollowing(series, occurrence);
      case ALL -> new CancelSeries();
    };
  }

  /** An edit of one occurrence. */
  static Change editThis(Series series, @Nullable Instant occurrence, Timing edited) {
    if (!series.recurring()) {
      return single(series, edited);
    }
    return new WriteOverride(occurrenceOf(series, occurrence));
  }

  /** An edit of {@code occurrence} and every later one. */
  static Change editFollowing(Series series, @Nullable Instant occurrence, Timing edited) {
    if (!series.recurring()) {
      return single(series, edited);
    }
    Instant at = occurrenceOf(series, occurrence);
    Series before = truncated(series, at);
    if (at.equals(series.start()) || !before.hasOccurrences()) {
      return editAll(series, at, edited);
    }
    Shift shift = new Shift(series, at, edited);
    String rule = ruleFor(series, at, shift, edited, edited.start());
    Series fresh = Series.of(rule, edited.start(), edited.end(), edited.zone(), edited.allDay());
    List<Instant> exdates = new ArrayList<>();
    for (Instant exdate : series.exdates()) {
      Instant shifted = shift.apply(exdate);
      if (!exdate.isBefore(at) && fresh.occursAt(shifted)) {
        exdates.add(shifted);
      }
    }
    Map<Instant, Instant> moved = new LinkedHashMap<>();
    Set<Instant> dropped = new LinkedHashSet<>();
    for (Instant override : series.overrides()) {
      if (override.isBefore(at)) {
        continue;
      }
      Instant target = shift.apply(override);
      if (fresh.occursAt(target) && !exdates.contains(target)) {
        moved.put(override, target);
      } else {
        dropped.add(override);
      }
    }
    Series following = new Series(
        fresh.rrule(),
        fresh.start(),
        fresh.end(),
        fresh.zone(),
        fresh.allDay(),
        exdates,
        List.copyOf(moved.values()));
    return new SplitSeries(before, following, moved, dropped);
  }

  /**
   * An edit of the whole series, made while looking at {@code occurrence} (null: at the first one);
   * see the class comment for how exceptions follow.
   */
  static Change editAll(Series series, @Nullable Instant occurrence, Timing edited) {
    if (!series.recurring()) {
      return single(series, edited);
    }
    Instant seen = occurrence == null ? series.start() : occurrence;
    Shift shift = new Shift(series, seen, edited);
    Instant start = shift.apply(series.start());
    Instant end =
        Recurrences.endOf(start, edited.start(), edited.end(), edited.zone(), edited.allDay());
    String rule = ruleFor(series, null, shift, edited, start);
    Series fresh = Series.of(rule, start, end, edited.zone(), edited.allDay());
    List<Instant> exdates = new ArrayList<>();
    for (Instant exdate : series.exdates()) {
      Instant shifted = shift.apply(exdate);
      if (rule != null && fresh.occursAt(shifted)) {
        exdates.add(shifted);
      }
    }
    Map<Instant, Instant> moved = new LinkedHashMap<>();
    Set<Instant> dropped = new LinkedHashSet<>();
    List<Instant> kept = new ArrayList<>();
    for (Instant override : series.overrides()) {
      Instant target = shift.apply(override);
      if (rule != null && fresh.occursAt(target) && !exdates.contains(target)) {
        kept.add(target);
        if (!target.equals(override)) {
          moved.put(override, target);
        }
      } else {
        dropped.add(override);
      }
    }
    Series changed = new Series(rule, start, end, edited.zone(), edited.allDay(), exdates, kept);
    return new UpdateSeries(changed, moved, dropped);
  }

  /** Cancelling one occurrence. */
  static Change cancelThis(Series series, @Nullable Instant occurrence) {
    if (!series.recurring()) {
      return new CancelSeries();
    }
    Instant at = occurrenceOf(series, occurrence);
    List<Instant> exdates = new ArrayList<>(series.exdates());
    exdates.add(at);
    List<Instant> overrides = new ArrayList<>(series.overrides());
    Set<Instant> dropped = overrides.remove(at) ? Set.of(at) : Set.of();
    Series changed = new Series(
        series.rrule(),
        series.start(),
        series.end(),
        series.zone(),
        series.allDay(),
        exdates,
        overrides);
    if (!changed.hasOccurrences()) {
      return new CancelSeries();
    }
    return new UpdateSeries(changed, Map.of(), dropped);
  }

  /** Cancelling {@code occurrence} and every later one. */
  static Change cancelFollowing(Series series, @Nullable Instant occurrence) {
    if (!series.recurring()) {
      return new CancelSeries();
    }
    Instant at = occurrenceOf(series, occurrence);
    Series before = truncated(series, at);
    if (at.equals(series.start()) || !before.hasOccurrences()) {
      return new CancelSeries();
    }
    Set<Instant> dropped = new LinkedHashSet<>();
    for (Instant override : series.overrides()) {
      if (!override.isBefore(at)) {
        dropped.add(override);
      }
    }
    return new UpdateSeries(before, Map.of(), dropped);
  }

  /** The series' occurrences before {@code at}: UNTIL just before it, later exceptions gone. */
  static Series truncated(Series series, Instant at) {
    String rule = Recurrences.withPart(Objects.requireNonNull(series.rrule()), "COUNT", null);
    rule = Recurrences.withPart(
        rule, "UNTIL", Recurrences.untilValue(at, series.zone(), series.allDay()));
    return new Series(
        rule,
        series.start(),
        series.end(),
        series.zone(),
        series.allDay(),
        series.exdates().stream().filter(e -> e.isBefore(at)).toList(),
        series.overrides().stream().filter(o -> o.isBefore(at)).toList());
  }

  /**
   * The rule of the edited series starting at {@code start}, or null when the edit ends the
   * repetition. Parts the edit kept from the series follow it: an {@code UNTIL} moves by the shift,
   * so moving a meeting later in the day keeps its last occurrence; a {@code COUNT}, when the series
   * is split at {@code splitAt}, becomes the count still to go (RFC 5545 counts cancelled
   * occurrences too, so they are counted).
   */
  private static @Nullable String ruleFor(
      Series series, @Nullable Instant splitAt, Shift shift, Timing edited, Instant start) {
    if (edited.rrule() == null) {
      return null;
    }
    String rule = Recurrences.validate(edited.rrule());
    String own = Recurrences.validate(Objects.requireNonNull(series.rrule()));
    String until = Recurrences.part(rule, "UNTIL");
    if (until != null && until.equals(Recurrences.part(own, "UNTIL"))) {
      Instant last = Objects.requireNonNull(
              Recurrences.untilExclusive(own, series.zone(), series.allDay()))
          .minusNanos(1);
      rule = Recurrences.withPart(
          rule,
          "UNTIL",
          Recurrences.untilValue(shift.apply(last).plusNanos(1), edited.zone(), edited.allDay()));
    }
    String count = Recurrences.part(rule, "COUNT");
    if (splitAt != null && count != null && count.equals(Recurrences.part(own, "COUNT"))) {
      int before = Recurrences.expand(
              own,
              series.start(),
              series.zone(),
              series.allDay(),
              List.of(),
              series.start(),
              splitAt,
              Recurrences.MAX_COUNT)
          .size();
      rule =
          Recurrences.withPart(rule, "COUNT", Integer.toString(Integer.parseInt(count) - before));
    }
    return Recurrences.validate(rule, start, edited.zone(), edited.allDay());
  }

  private static Change single(Series series, Timing edited) {
    Series changed = Series.of(null, edited.start(), edited.end(), edited.zone(), edited.allDay());
    return new UpdateSeries(changed, Map.of(), Set.copyOf(series.overrides()));
  }

  /**
   * The occurrence an edit names: it must be given and be an original start of the series (a
   * cancelled one cannot be edited).
   */
  private static Instant occurrenceOf(Series series, @Nullable Instant occurrence) {
    if (occurrence == null) {
      throw DomainException.badRequest(
          "calendar.scope-invalid", "Say which occurrence of the series to change.");
    }
    if (!series.overrides().contains(occurrence) && !series.occursAt(occurrence)) {
      throw DomainException.notFound(
          "calendar.not-found", "The series has no occurrence at " + occurrence + ".");
    }
    return occurrence;
  }

  /**
   * Moving an original start of the old series to the matching one of the edited series: by the
   * local date-and-time distance between the occurrence the person looked at and its edited start,
   * read in the old zone and placed in the new one, so "an hour later" stays an hour later on
   * both sides of a daylight-saving change.
   */
  private record Shift(ZoneId from, ZoneId to, Duration local) {

    Shift(Series series, Instant seen, Timing edited) {
      this(
          series.zone(),
          edited.zone(),
          Duration.between(
              LocalDateTime.ofInstant(seen, series.zone()),
              LocalDateTime.ofInstant(edited.start(), edited.zone())));
    }

    Instant apply(Instant original) {
      return LocalDateTime.ofInstant(original, from).plus(local).atZone(to).toInstant();
    }
  }
}
