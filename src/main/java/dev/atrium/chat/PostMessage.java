package dev.atrium.chat;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * Posts a message. The client picks {@code clientMessageId} once and reuses it on every retry, so
 * a retry returns the stored message instead of storing a second one.
 */
public record PostMessage(@NotNull UUID clientMessageId, @NotNull String body) {}
