package dev.atrium.calendar;

import java.util.Set;
import java.util.UUID;

/** An event was created; {@code attendees} are the people invited, the organiser among them. */
public record EventScheduled(
    UUID eventId, UUID calendarId, UUID organizerId, Set<UUID> attendees) {}
