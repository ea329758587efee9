package dev.atrium.announce.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * Someone reminded an announcement's non-readers at {@code at} (to the microsecond, as stored in
 * their rows' {@code reminded_at}); its notices go out after that commit.
 */
public record ReminderSent(UUID announcementId, UUID actorId, Instant at) {}
