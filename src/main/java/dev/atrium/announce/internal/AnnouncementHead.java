package dev.atrium.announce.internal;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What statistics, reminders and jobs need of an announcement: who wrote and reviewed it, its title,
 * whether it is a must-read, and the version whose confirmation counts (the latest version published
 * with "confirm again", else the first).
 */
public record AnnouncementHead(
    UUID id,
    UUID authorId,
    @Nullable UUID reviewerId,
    String title,
    String state,
    boolean mustRead,
    int confirmVersion,
    @Nullable Instant publishedAt) {}
