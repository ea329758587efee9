package dev.atrium.calendar;

import java.time.Instant;

/**
 * A time someone (or a room) is taken, and nothing more: never the event's title or place, whoever
 * asks. {@code tentative} when they answered "tentative" or have not answered yet.
 */
public record BusyBlock(Instant start, Instant end, boolean tentative) {}
