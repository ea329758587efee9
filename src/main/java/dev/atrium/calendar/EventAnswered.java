package dev.atrium.calendar;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An attendee answered an invitation: the whole event, or the one occurrence starting originally at
 * {@code occurrence}; {@code note} is empty when they wrote none.
 */
public record EventAnswered(
    UUID eventId,
    UUID calendarId,
    UUID organizerId,
    UUID personId,
    EventResponse response,
    String note,
    @Nullable Instant occurrence,
    Instant answeredAt) {}
