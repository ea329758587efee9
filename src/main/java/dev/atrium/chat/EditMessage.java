package dev.atrium.chat;

import dev.atrium.shared.Verbatim;
import jakarta.validation.constraints.NotNull;

/** Replaces the body of one's own message. */
public record EditMessage(@NotNull @Verbatim String body) {}
