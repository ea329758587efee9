package dev.atrium.announce;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A reviewer approved an announcement, or returned it to its author with {@code comment}. */
public record AnnouncementReviewed(
    UUID id,
    UUID authorId,
    UUID reviewerId,
    String title,
    boolean approved,
    @Nullable String comment,
    Instant at) {}
