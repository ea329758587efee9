package dev.atrium.chat;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** Forwards a message to another conversation the caller is in; {@code clientMessageId} makes a retry safe. */
public record ForwardMessage(
    @NotNull UUID channelId, @NotNull UUID clientMessageId) {}
