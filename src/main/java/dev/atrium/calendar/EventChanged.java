package dev.atrium.calendar;

import java.util.Set;
import java.util.UUID;

/**
 * An event (or some of its occurrences) was changed by {@code actorId}; {@code attendees} are the
 * people invited now; {@code timeChanged} when it moved, so answers may need asking again.
 */
public record EventChanged(
    UUID eventId, UUID calendarId, UUID actorId, Set<UUID> attendees, boolean timeChanged) {}
