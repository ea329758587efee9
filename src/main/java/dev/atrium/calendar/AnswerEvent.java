package dev.atrium.calendar;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An attendee's answer: ACCEPTED, TENTATIVE or DECLINED, with an optional note (at most 500
 * characters), for the whole event or, with {@code occurrence} (its original start), for one
 * occurrence of a recurring one.
 */
public record AnswerEvent(
    @NotNull EventResponse response,
    @Nullable String note,
    @Nullable Instant occurrence) {}
