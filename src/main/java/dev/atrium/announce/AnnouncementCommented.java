package dev.atrium.announce;

import java.time.Instant;
import java.util.UUID;

/** Someone ({@code commenterId}) commented on an announcement written by {@code authorId}. */
public record AnnouncementCommented(
    UUID id,
    UUID commentId,
    UUID authorId,
    UUID commenterId,
    String title,
    String text,
    Instant at) {}
