package dev.atrium.calendar;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An event was cancelled by {@code actorId}: the whole of it, or the one occurrence starting
 * originally at {@code occurrence}; {@code attendees} are the people who were invited.
 */
public record EventCancelled(
    UUID eventId,
    UUID calendarId,
    UUID actorId,
    Set<UUID> attendees,
    @Nullable Instant occurrence) {}
