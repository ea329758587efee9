package dev.atrium.calendar;

import dev.atrium.org.PersonRef;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A time an attendee proposed for the event (or one occurrence of it), and why. */
public record EventProposal(
    UUID id,
    PersonRef person,
    @Nullable Instant occurrence,
    Instant start,
    Instant end,
    String note,
    Instant createdAt) {}
