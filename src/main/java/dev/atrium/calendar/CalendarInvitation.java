package dev.atrium.calendar;

import dev.atrium.org.PersonRef;
import java.time.Instant;
import java.util.UUID;

/**
 * An event I am invited to and have not answered: its first start (a series' first occurrence) and
 * what it is; I am an attendee, so I see it even when it is private.
 */
public record CalendarInvitation(
    UUID eventId,
    UUID calendarId,
    String title,
    String location,
    boolean allDay,
    Instant start,
    Instant end,
    String timeZone,
    boolean recurring,
    PersonRef organizer) {}
