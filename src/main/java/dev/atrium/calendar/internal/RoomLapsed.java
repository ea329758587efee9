package dev.atrium.calendar.internal;

import java.util.UUID;

/**
 * Rolling a series' room forward found {@code count} of its coming occurrences held by other
 * meetings: its organiser hears of it after the commit.
 */
public record RoomLapsed(UUID eventId, UUID roomId, int count) {}
