package dev.atrium.calendar;

import dev.atrium.org.PersonRef;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An attendee with their answer and its note (empty when none); in an occurrence's detail,
 * {@code forOccurrence} when that answer is to this occurrence alone, not to the series.
 */
public record EventAttendee(
    PersonRef person,
    EventResponse response,
    String note,
    @Nullable Instant respondedAt,
    boolean forOccurrence) {}
