package dev.atrium.calendar.internal;

import java.util.UUID;

/** A room's approver decided a meeting's request: its organiser hears of it after the commit. */
public record RoomDecided(UUID eventId, UUID roomId, boolean approved, UUID deciderId) {}
