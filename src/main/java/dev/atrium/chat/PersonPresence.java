package dev.atrium.chat;

import dev.atrium.realtime.Connection;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Where a person is: their {@code connection} over all nodes, and whether they set do not disturb
 * ({@code dnd}; until {@code dndUntil}, or until turned off when that is null).
 */
public record PersonPresence(
    UUID personId,
    Connection connection,
    boolean dnd,
    @Nullable Instant dndUntil) {}
