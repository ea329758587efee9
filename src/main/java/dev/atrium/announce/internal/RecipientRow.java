package dev.atrium.announce.internal;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One row of {@code announce.recipient} as statistics read it. */
public record RecipientRow(
    UUID personId,
    @Nullable UUID departmentId,
    Instant deliveredAt,
    @Nullable Instant openedAt,
    @Nullable String openedDevice,
    @Nullable Instant confirmedAt,
    boolean confirmed) {}
