package dev.atrium.calendar;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An event (or some of its occurrences) was changed by {@code actorId}; {@code attendees} are the
 * people invited now. What changed: {@code timeChanged} when its time or rule moved (so answers
 * may need asking again), {@code placeChanged} when its location or room did, {@code titleChanged}
 * when it was renamed. {@code occurrence} is the original start of the one occurrence changed
 * alone, else null; {@code sequence} the event's version after this change, one per change.
 */
public record EventChanged(
    UUID eventId,
    UUID calendarId,
    UUID actorId,
    Set<UUID> attendees,
    boolean timeChanged,
    boolean placeChanged,
    boolean titleChanged,
    @Nullable Instant occurrence,
    int sequence) {}
