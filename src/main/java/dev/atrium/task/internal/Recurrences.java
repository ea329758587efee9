package dev.atrium.task.internal;

import dev.atrium.shared.DomainException;
import dev.atrium.shared.RecurrenceRules;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.transform.recurrence.Frequency;

/**
 * Recurrence rules of tasks, RFC 5545 RRULEs as the calendar's, read by ical4j. A rule is counted
 * from the task's due date in the task's time zone (so "every day at 9:00" stays at 9:00 local across
 * daylight saving), and {@code COUNT} counts the series' occurrences, the first task being 1.
 */
public final class Recurrences {

  private Recurrences() {}

  /** The rule as stored ({@code RRULE:} dropped, upper case), or {@code task.recurrence-invalid}. */
  public static String check(String rule) {
    String value = RecurrenceRules.normalise(rule);
    Recur<ZonedDateTime> recur = parse(value);
    if (recur.getFrequency() == Frequency.SECONDLY || recur.getFrequency() == Frequency.MINUTELY) {
      throw invalid();
    }
    return value;
  }

  /**
   * The due date of the occurrence after the one due at {@code due}, which is occurrence number
   * {@code occurrence} of its series; empty when the rule has ended (its COUNT or UNTIL).
   */
  public static Optional<Instant> next(String rule, Instant due, ZoneId zone, int occurrence) {
    Recur<ZonedDateTime> recur = parse(rule);
    if (recur.getCount() > 0 && occurrence >= recur.getCount()) {
      return Optional.empty();
    }
    ZonedDateTime seed = due.atZone(zone);
    ZonedDateTime next = recur.getNextDate(seed, seed);
    return Optional.ofNullable(next).map(ZonedDateTime::toInstant);
  }

  private static Recur<ZonedDateTime> parse(String rule) {
    return RecurrenceRules.read(rule, Recurrences::invalid);
  }

  private static DomainException invalid() {
    return DomainException.badRequest(
        "task.recurrence-invalid",
        "The recurrence is not a rule of RFC 5545 (e.g. FREQ=WEEKLY;BYDAY=MO).");
  }
}
