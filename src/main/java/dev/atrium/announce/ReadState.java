package dev.atrium.announce;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** What a recipient has done with an announcement: when they first opened it, and confirmed which version. */
public record ReadState(
    @Nullable Instant openedAt,
    @Nullable Instant confirmedAt,
    @Nullable Integer confirmedVersion) {}
