package dev.atrium.chat;

import java.util.UUID;

/** Payload of a {@code read.moved} stream entry (small conversations only): a member's read cursor moved. */
public record ReadMoved(UUID personId, long readSeq) {}
