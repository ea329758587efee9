package dev.atrium.announce;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One recipient in the statistics' list of people; {@code department} is where it was delivered. */
public record PersonReceipt(
    UUID personId,
    String name,
    @Nullable String department,
    @Nullable Instant openedAt,
    @Nullable Instant confirmedAt) {}
