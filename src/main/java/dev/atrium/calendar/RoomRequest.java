package dev.atrium.calendar;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A meeting waiting for a room's approval: its pending bookings of the room, the first of them
 * ({@code bookingId}, {@code start}, {@code end}) standing for all ({@code occurrences} of a series).
 * {@code title} is null for a private meeting: approvers see only when and who.
 */
public record RoomRequest(
    UUID bookingId,
    UUID eventId,
    UUID roomId,
    String roomName,
    @Nullable String title,
    UUID organizerId,
    String organizerName,
    Instant start,
    Instant end,
    int occurrences) {}
