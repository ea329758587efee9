package dev.atrium.chat;

import jakarta.validation.constraints.NotNull;

/** Gives a member another role in a channel. */
public record ChangeRole(@NotNull ChannelRole role) {}
