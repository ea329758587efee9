package dev.atrium.chat;

import java.util.UUID;

/** How far a member has read a conversation: every message with {@code seq <= readSeq}. */
public record ReadCursor(UUID personId, long readSeq) {}
