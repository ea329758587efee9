package dev.atrium.chat.internal;

import java.time.Instant;
import java.util.UUID;

/** A recipient acknowledged a DING: their other devices close its alert, its author sees who did. */
public record DingAcknowledged(UUID dingId, UUID authorId, UUID personId, Instant acknowledgedAt) {}
