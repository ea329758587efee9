package dev.atrium.chat;

import jakarta.validation.constraints.NotNull;

/** Replaces the body of one's own message. */
public record EditMessage(@NotNull String body) {}
