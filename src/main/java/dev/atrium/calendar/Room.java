package dev.atrium.calendar;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A meeting room: where it is, how many it seats, what it has, whether its bookings wait for its
 * approvers (its calendar's managers), and its calendar (kind ROOM). {@code free} says whether it is
 * free for the time searched, null when the search named no time.
 */
public record Room(
    UUID id,
    String name,
    String building,
    String floor,
    int capacity,
    List<String> equipment,
    boolean needsApproval,
    UUID calendarId,
    boolean archived,
    @Nullable Boolean free) {}
