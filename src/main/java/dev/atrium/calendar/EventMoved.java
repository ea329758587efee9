package dev.atrium.calendar;

import java.util.UUID;

/**
 * An event (a series whole, with its changed occurrences) was moved by {@code actorId} from one
 * calendar to another; nothing else about it changed, so its attendees are not told.
 */
public record EventMoved(UUID eventId, UUID fromCalendarId, UUID toCalendarId, UUID actorId) {}
