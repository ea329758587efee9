package dev.atrium.shared;

import java.time.temporal.Temporal;
import java.util.Locale;
import java.util.function.Supplier;
import net.fortuna.ical4j.model.Recur;

/**
 * Reading RFC 5545 recurrence rules (RRULE values) as people and other calendars write them, with
 * ical4j, for every module that repeats things (tasks, calendar events). Each module adds its own
 * limits and its own refusal code.
 */
public final class RecurrenceRules {

  private RecurrenceRules() {}

  /** The value as stored: surrounding space and an {@code RRULE:} prefix dropped, upper case. */
  public static String normalise(String rule) {
    String value = rule.strip();
    if (value.regionMatches(true, 0, "RRULE:", 0, 6)) {
      value = value.substring(6).strip();
    }
    return value.toUpperCase(Locale.ROOT);
  }

  /**
   * The normalised value read by ical4j, or {@code refusal} when ical4j cannot read it or it names
   * no frequency.
   */
  public static <T extends Temporal> Recur<T> read(
      String normalised, Supplier<DomainException> refusal) {
    Recur<T> recur;
    try {
      recur = new Recur<>(normalised);
    } catch (RuntimeException unreadable) {
      throw refusal.get();
    }
    if (recur.getFrequency() == null) {
      throw refusal.get();
    }
    return recur;
  }
}
