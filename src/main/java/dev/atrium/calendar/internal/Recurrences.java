package dev.atrium.calendar.internal;

import dev.atrium.shared.DomainException;
import dev.atrium.shared.RecurrenceRules;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.transform.recurrence.Frequency;
import org.jspecify.annotations.Nullable;

/**
 * Recurrence of events: RFC 5545 RRULE values expanded by ical4j into occurrence starts.
 *
 * <p>A rule is expanded in the event's local time, then each local start is placed in the event's
 * time zone, so a weekly 09:00 meeting stays at 09:00 local on both sides of a daylight-saving
 * change; a local time that does not exist (the hour skipped in spring) moves forward by the gap,
 * as RFC 5545 §3.3.5 says. All-day events are expanded by date and start at the first instant of
 * each day in their zone. {@code DTSTART} is always the first occurrence and counts towards {@code
 * COUNT}, even when it does not match the rule. {@code UNTIL} is inclusive. Nothing is ever
 * expanded past the asked window, a call answers at most {@link #MAX_OCCURRENCES} starts, and
 * rules repeating more often than daily are refused, so an unbounded rule costs no more than its
 * window.
 */
public final class Recurrences {

  /** The most starts one expansion answers; a day-granular rule fills it in under three years. */
  public static final int MAX_OCCURRENCES = 1000;

  /** The largest {@code COUNT} accepted (Outlook's limit is 999), so every counted series is finite. */
  public static final int MAX_COUNT = 1000;

  static final int MAX_LENGTH = 500;

  private static final Set<String> SUB_DAILY_PARTS = Set.of("BYHOUR", "BYMINUTE", "BYSECOND");

  /** Calendar scales and skipping (RFC 7529): ical4j reads them but does not expand them. */
  private static final Set<String> UNSUPPORTED_PARTS = Set.of("RSCALE", "SKIP");

  private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
  private static final DateTimeFormatter UTC_DATE_TIME =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter LOCAL_DATE_TIME =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");

  private Recurrences() {}

  /**
   * The rule as stored: {@code RRULE:} dropped, upper case, parts in ical4j's order; or {@code
   * calendar.recurrence-invalid} when it is not an RFC 5545 rule, repeats more often than daily
   * (SECONDLY, MINUTELY, HOURLY, BYHOUR, BYMINUTE, BYSECOND), has both COUNT and UNTIL, a COUNT
   * outside 1..{@value #MAX_COUNT} or an INTERVAL below 1.
   */
  public static String validate(String rrule) {
    if (rrule.length() > MAX_LENGTH) {
      throw invalid();
    }
    String value = RecurrenceRules.normalise(rrule);
    Recur<LocalDateTime> recur = RecurrenceRules.read(value, Recurrences::invalid);
    Frequency frequency = recur.getFrequency();
    if (frequency == Frequency.SECONDLY
        || frequency == Frequency.MINUTELY
        || frequency == Frequency.HOURLY) {
      throw invalid();
    }
    String normalised = recur.toString();
    for (String name : names(normalised)) {
      if (SUB_DAILY_PARTS.contains(name) || UNSUPPORTED_PARTS.contains(name)) {
        throw invalid();
      }
    }
    String count = part(normalised, "COUNT");
    if (count != null && (part(normalised, "UNTIL") != null || !within(count, 1, MAX_COUNT))) {
      throw invalid();
    }
    String interval = part(normalised, "INTERVAL");
    if (interval != null && !within(interval, 1, Integer.MAX_VALUE)) {
      throw invalid();
    }
    untilExclusive(normalised, ZoneOffset.UTC, false);
    return normalised;
  }

  /**
   * {@link #validate(String)} for a given event, with {@code UNTIL} rewritten in the form RFC 5545
   * asks for that event (a date for an all-day event, a UTC time otherwise), so other calendars read
   * the series as it is shown here; {@code calendar.recurrence-invalid} when UNTIL is before the
   * event's start.
   */
  public static String validate(String rrule, Instant dtStart, ZoneId zone, boolean allDay) {
    String rule = validate(rrule);
    Instant until = untilExclusive(rule, zone, allDay);
    if (until == null) {
      return rule;
    }
    if (!until.isAfter(dtStart)) {
      throw invalid();
    }
    return withPart(rule, "UNTIL", untilValue(until, zone, allDay));
  }

  /**
   * The starts of the series' occurrences within [from, to), in order, without those in {@code
   * exdates}, at most {@value #MAX_OCCURRENCES} (the earliest). An occurrence that started before
   * {@code from} and still runs is not among them: pass {@code from} minus the event's length, or
   * use {@link Series#starts}, which does.
   */
  public static List<Instant> starts(
      String rrule,
      Instant dtStart,
      ZoneId zone,
      boolean allDay,
      List<Instant> exdates,
      Instant from,
      Instant to) {
    return expand(rrule, dtStart, zone, allDay, exdates, from, to, MAX_OCCURRENCES);
  }

  /**
   * The last moment the series can still be running, for window queries: the end an occurrence
   * starting at {@code UNTIL} would have, or the end of the {@code COUNT}th occurrence; {@code null}
   * when the rule has no end.
   */
  public static @Nullable Instant seriesEnd(
      String rrule, Instant dtStart, Instant dtEnd, ZoneId zone, boolean allDay) {
    String rule = validate(rrule);
    Instant until = untilExclusive(rule, zone, allDay);
    Instant last;
    if (until != null) {
      Instant lastPossible = until.minusNanos(1);
      last = allDay ? startOfDay(lastPossible, zone) : lastPossible;
    } else if (part(rule, "COUNT") != null) {
      List<Instant> all = expand(
          rule,
          dtStart,
          zone,
          allDay,
          List.of(),
          dtStart,
          LocalDate.ofInstant(dtStart, zone).plusYears(5000).atStartOfDay(zone).toInstant(),
          MAX_COUNT);
      last = all.isEmpty() ? dtStart : all.getLast();
    } else {
      return null;
    }
    Instant end = endOf(last, dtStart, dtEnd, zone, allDay);
    return end.isAfter(dtEnd) ? end : dtEnd;
  }

  /**
   * The end of the occurrence starting at {@code start} of an event that runs from {@code dtStart}
   * to {@code dtEnd}: the same length for a timed event, the same number of days for an all-day one
   * (a day being 23 or 25 hours across a daylight-saving change).
   */
  public static Instant endOf(
      Instant start, Instant dtStart, Instant dtEnd, ZoneId zone, boolean allDay) {
    if (!allDay) {
      return start.plus(Duration.between(dtStart, dtEnd));
    }
    long days = ChronoUnit.DAYS.between(
        LocalDate.ofInstant(dtStart, zone), LocalDate.ofInstant(dtEnd, zone));
    return LocalDate.ofInstant(start, zone).plusDays(days).atStartOfDay(zone).toInstant();
  }

  static List<Instant> expand(
      String rrule,
      Instant dtStart,
      ZoneId zone,
      boolean allDay,
      Collection<Instant> skipped,
      Instant from,
      Instant to,
      int limit) {
    String rule = validate(rrule);
    Instant until = untilExclusive(rule, zone, allDay);
    Instant end = until != null && until.isBefore(to) ? until : to;
    if (!from.isBefore(end) || limit <= 0) {
      return List.of();
    }
    Set<Instant> skip = skipped instanceof Set<Instant> set ? set : new HashSet<>(skipped);
    TreeSet<Instant> found = new TreeSet<>();
    if (!dtStart.isBefore(from) && dtStart.isBefore(end) && !skip.contains(dtStart)) {
      found.add(dtStart);
    }
    String generating = withPart(rule, "UNTIL", null);
    int max = limit + skip.size() + 4;
    if (allDay) {
      LocalDate seed = LocalDate.ofInstant(dtStart, zone);
      for (LocalDate date : dates(
          generating,
          seed,
          LocalDate.ofInstant(from, zone).minusDays(1),
          LocalDate.ofInstant(end, zone).plusDays(1),
          max)) {
        found.add(date.atStartOfDay(zone).toInstant());
      }
    } else {
      LocalDateTime seed = LocalDateTime.ofInstant(dtStart, zone);
      for (LocalDateTime local : dates(
          generating,
          seed,
          LocalDateTime.ofInstant(from, zone).minusDays(1),
          LocalDateTime.ofInstant(end, zone).plusDays(1),
          max)) {
        found.add(local.atZone(zone).toInstant());
      }
    }
    List<Instant> starts = new ArrayList<>();
    for (Instant start : found.subSet(from, end)) {
      if (!skip.contains(start)) {
        starts.add(start);
        if (starts.size() == limit) {
          break;
        }
      }
    }
    return starts;
  }

  /**
   * The rule's local dates within [from, to] (inclusive, as ical4j counts), except the seed itself
   * when the rule does not match it (the caller adds DTSTART). With a COUNT the expansion runs from
   * the seed, so the count is right; without one it starts from the latest whole number of periods
   * after the seed that still precedes the window, so a series begun years ago costs its window only.
   */
  private static <T extends Temporal & Comparable<? super T>> List<T> dates(
      String rule, T seed, T from, T to, int max) {
    Recur<T> recur = RecurrenceRules.read(rule, Recurrences::invalid);
    String count = part(rule, "COUNT");
    if (count != null) {
      if (recur.getDates(seed, seed, seed).isEmpty()) {
        int rest = Integer.parseInt(count) - 1;
        if (rest == 0) {
          return List.of();
        }
        recur = RecurrenceRules.read(
            withPart(rule, "COUNT", Integer.toString(rest)), Recurrences::invalid);
      }
      return recur.getDates(seed, from, to, max);
    }
    return recur.getDates(anchor(recur, seed, from), from, to, max);
  }

  /**
   * A start that generates the same occurrences from {@code from} on as {@code seed} does: the seed
   * moved by whole intervals of the rule's frequency, one interval short of {@code from}, and only
   * when the move keeps the seed's day of month and month (from which ical4j takes a rule's missing
   * BYMONTHDAY and BYMONTH) and its time of day.
   */
  @SuppressWarnings("unchecked")
  private static <T extends Temporal & Comparable<? super T>> T anchor(
      Recur<T> recur, T seed, T from) {
    ChronoUnit unit = switch (recur.getFrequency()) {
      case DAILY -> ChronoUnit.DAYS;
      case WEEKLY -> ChronoUnit.WEEKS;
      case MONTHLY -> ChronoUnit.MONTHS;
      case YEARLY -> ChronoUnit.YEARS;
      default -> throw invalid();
    };
    long interval = Math.max(1, recur.getInterval());
    long steps = unit.between(seed, from) / interval - 1;
    if (steps <= 0) {
      return seed;
    }
    T moved = (T) seed.plus(steps * interval, unit);
    LocalDate before = LocalDate.from(seed);
    LocalDate after = LocalDate.from(moved);
    boolean sameDay = before.getDayOfMonth() == after.getDayOfMonth()
        && (unit != ChronoUnit.YEARS || before.getMonth() == after.getMonth());
    return sameDay ? moved : seed;
  }

  /**
   * The first instant after the last start UNTIL allows, or null without UNTIL. A date is inclusive
   * in the event's zone; a floating time is read in the event's zone; for an all-day event a UTC
   * time counts as its UTC date (Outlook writes all-day ends as midnight UTC).
   */
  static @Nullable Instant untilExclusive(String rule, ZoneId zone, boolean allDay) {
    String until = part(rule, "UNTIL");
    if (until == null) {
      return null;
    }
    try {
      if (until.length() == 8) {
        return LocalDate.parse(until, DATE).plusDays(1).atStartOfDay(zone).toInstant();
      }
      if (until.endsWith("Z")) {
        Instant instant = UTC_DATE_TIME.parse(until, Instant::from);
        return allDay
            ? LocalDate.ofInstant(instant, ZoneOffset.UTC)
                .plusDays(1)
                .atStartOfDay(zone)
                .toInstant()
            : instant.plusNanos(1);
      }
      LocalDateTime local = LocalDateTime.parse(until, LOCAL_DATE_TIME);
      return allDay
          ? local.toLocalDate().plusDays(1).atStartOfDay(zone).toInstant()
          : local.atZone(zone).toInstant().plusNanos(1);
    } catch (RuntimeException unreadable) {
      throw invalid();
    }
  }

  /**
   * UNTIL as RFC 5545 wants it for the event: the last date included for an all-day event, else the
   * last UTC second included.
   */
  static String untilValue(Instant untilExclusive, ZoneId zone, boolean allDay) {
    Instant last = untilExclusive.minusNanos(1);
    return allDay
        ? DATE.format(LocalDate.ofInstant(last, zone))
        : UTC_DATE_TIME.format(last.truncatedTo(ChronoUnit.SECONDS));
  }

  private static Instant startOfDay(Instant instant, ZoneId zone) {
    return LocalDate.ofInstant(instant, zone).atStartOfDay(zone).toInstant();
  }

  /** The value of one part of a rule ({@code COUNT}, {@code UNTIL}…), or null. */
  static @Nullable String part(String rule, String name) {
    for (String part : rule.split(";")) {
      int equals = part.indexOf('=');
      if (equals > 0 && part.substring(0, equals).equals(name)) {
        return part.substring(equals + 1);
      }
    }
    return null;
  }

  /** The rule with one part set in place (added at the end if missing), or removed when null. */
  static String withPart(String rule, String name, @Nullable String value) {
    List<String> parts = new ArrayList<>();
    boolean done = false;
    for (String part : rule.split(";")) {
      if (part.startsWith(name + "=")) {
        if (value != null && !done) {
          parts.add(name + "=" + value);
        }
        done = true;
      } else if (!part.isEmpty()) {
        parts.add(part);
      }
    }
    if (!done && value != null) {
      parts.add(name + "=" + value);
    }
    return String.join(";", parts);
  }

  private static List<String> names(String rule) {
    List<String> names = new ArrayList<>();
    for (String part : rule.split(";")) {
      int equals = part.indexOf('=');
      names.add(equals < 0 ? part : part.substring(0, equals));
    }
    return names;
  }

  private static boolean within(String number, int min, int max) {
    try {
      int value = Integer.parseInt(number);
      return value >= min && value <= max;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  static DomainException invalid() {
    return DomainException.badRequest(
        "calendar.recurrence-invalid",
        "The recurrence is not a rule this calendar repeats by (RFC 5545, daily or less often,"
            + " e.g. FREQ=WEEKLY;BYDAY=MO).");
  }
}
