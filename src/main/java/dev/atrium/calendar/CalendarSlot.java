package dev.atrium.calendar;

import java.time.Instant;

/** A free time suggested for a meeting. */
public record CalendarSlot(Instant start, Instant end) {}
