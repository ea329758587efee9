package dev.atrium.calendar;

import dev.atrium.org.PersonRef;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An attendee with their answer and its note (empty when none). */
public record EventAttendee(
    PersonRef person,
    EventResponse response,
    String note,
    @Nullable Instant respondedAt) {}
