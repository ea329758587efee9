package dev.atrium.calendar;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Which rooms to list: seating at least {@code capacity}, in {@code building} (any when null), with
 * every piece of {@code equipment}; with {@code from} and {@code to} each says whether it is free
 * then, and {@code free} keeps only those. Archived rooms only with {@code archived}.
 */
public record RoomSearch(
    @Nullable Instant from,
    @Nullable Instant to,
    int capacity,
    @Nullable String building,
    List<String> equipment,
    boolean free,
    boolean archived) {}
