package dev.atrium.calendar;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An attendee's proposal of another time for the event (or, with {@code occurrence}, for one
 * occurrence of a recurring one), with an optional note (at most 500 characters).
 */
public record ProposeTime(
    @NotNull Instant start,
    @NotNull Instant end,
    @Nullable String note,
    @Nullable Instant occurrence) {}
