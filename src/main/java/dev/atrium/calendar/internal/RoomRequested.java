package dev.atrium.calendar.internal;

import java.util.UUID;

/** An event asked for a room that needs approval: its approvers hear of it after the commit. */
public record RoomRequested(UUID eventId, UUID roomId) {}
