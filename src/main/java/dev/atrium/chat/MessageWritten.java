package dev.atrium.chat;

import java.util.UUID;

/** A message was posted, edited or deleted. Listeners read what it is now (it may have changed again since). */
public record MessageWritten(UUID messageId) {}
