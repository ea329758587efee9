package dev.atrium.chat;

import jakarta.validation.constraints.Positive;

/** Moves one's read cursor back to just before the message at {@code seq}: it and what follows are unread. */
public record MarkUnread(@Positive long seq) {}
