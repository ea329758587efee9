package dev.atrium.calendar.internal;

import dev.atrium.calendar.EventResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One VEVENT as the iCalendar files hold it, both ways: a stored event as a reader may see it
 * ({@code busyOnly}: a private event of someone else, told only as a busy time), or an event read
 * from an imported file. A series and each of its overrides are separate, sharing their {@code uid};
 * an override names the original start it replaces in {@code recurrenceId}.
 */
public record IcsEvent(
    String uid,
    int sequence,
    Instant stamp,
    String title,
    String description,
    String location,
    boolean allDay,
    Instant start,
    Instant end,
    ZoneId zone,
    @Nullable String rrule,
    List<Instant> exdates,
    @Nullable Instant recurrenceId,
    boolean cancelled,
    boolean isPrivate,
    boolean busyOnly,
    @Nullable Person organizer,
    List<Person> attendees) {

  /** An organiser or attendee, by the e-mail address other calendars know them by. */
  public record Person(String email, String name, EventResponse response) {}
}
