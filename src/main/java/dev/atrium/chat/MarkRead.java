package dev.atrium.chat;

import jakarta.validation.constraints.PositiveOrZero;

/** Moves one's read cursor in a channel forward to {@code seq}. */
public record MarkRead(@PositiveOrZero long seq) {}
