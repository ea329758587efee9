package dev.atrium.chat;

import java.util.List;
import java.util.UUID;

/** Who of a small conversation's members (its author aside) has read one message, and who has not. */
public record Receipts(UUID messageId, long seq, List<UUID> readBy, List<UUID> unreadBy) {}
