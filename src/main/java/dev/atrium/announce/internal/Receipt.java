package dev.atrium.announce.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One recipient's row as a reader's own view needs it. */
public record Receipt(
    Instant deliveredAt,
    @Nullable Instant openedAt,
    @Nullable Instant confirmedAt,
    @Nullable Integer confirmedVersion) {}
