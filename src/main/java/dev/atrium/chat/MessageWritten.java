package dev.atrium.chat;

import java.util.List;
import java.util.UUID;

/**
 * A message was posted, edited or deleted. Listeners read what it is now (its text may have
 * changed again since); {@code attachmentIds} are the files it had when written, which a deleted
 * message no longer lists.
 */
public record MessageWritten(UUID messageId, List<UUID> attachmentIds) {}
