package dev.atrium.calendar.internal;

import dev.atrium.shared.DomainException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/** The checks an event's fields pass before anything of it is stored, each refusing with its own code. */
public final class EventRules {

  public static final int MAX_TITLE = 500;
  public static final int MAX_LOCATION = 500;
  /** Four weeks: the earliest a reminder may come, in minutes before the start. */
  public static final int MAX_REMINDER = 4 * 7 * 24 * 60;
  /** Events are kept between these instants: a typo of a year must not become a row no view reaches. */
  static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");

  static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");

  private EventRules() {}

  public static String title(String title) {
    String value = title.strip();
    if (value.isEmpty()) {
      throw DomainException.badRequest("calendar.title-empty", "An event needs a title.");
    }
    if (value.codePointCount(0, value.length()) > MAX_TITLE) {
      throw new DomainException(
          HttpStatus.BAD_REQUEST,
          "calendar.title-too-long",
          "An event's title is at most " + MAX_TITLE + " characters.",
          Map.of("max", MAX_TITLE));
    }
    return value;
  }

  public static String location(@Nullable String location) {
    String value = location == null ? "" : location.strip();
    if (value.codePointCount(0, value.length()) > MAX_LOCATION) {
      throw new DomainException(
          HttpStatus.BAD_REQUEST,
          "calendar.location-too-long",
          "An event's location is at most " + MAX_LOCATION + " characters.",
          Map.of("max", MAX_LOCATION));
    }
    return value;
  }

  /**
   * The start and end: the end after the start, the event no longer than
   * {@link EventsTable#MAX_DURATION}, an all-day event from midnight to midnight in its zone.
   */
  public static void times(Instant start, Instant end, boolean allDay, ZoneId zone) {
    if (start.isBefore(EARLIEST) || end.isAfter(LATEST)) {
      throw DomainException.badRequest(
          "calendar.time-out-of-range", "Events are kept between the years 1900 and 2200.");
    }
    if (!end.isAfter(start)) {
      throw DomainException.badRequest(
          "calendar.end-before-start", "An event ends after it starts.");
    }
    if (end.isAfter(start.plus(EventsTable.MAX_DURATION))) {
      throw DomainException.badRequest(
          "calendar.event-too-long", "An event lasts at most 366 days.");
    }
    if (allDay && !(midnight(start, zone) && midnight(end, zone))) {
      throw DomainException.badRequest(
          "calendar.all-day-not-midnight",
          "An all-day event runs from midnight of its first day to midnight after its last, in its time zone.");
    }
  }

  public static List<Integer> reminders(List<Integer> reminders) {
    for (int minutes : reminders) {
      if (minutes < 0 || minutes > MAX_REMINDER) {
        throw DomainException.badRequest(
            "calendar.reminder-invalid", "A reminder comes at most four weeks before the start.");
      }
    }
    return reminders.stream().distinct().sorted().toList();
  }

  private static boolean midnight(Instant at, ZoneId zone) {
    return at.atZone(zone).toLocalTime().equals(LocalTime.MIDNIGHT);
  }
}
