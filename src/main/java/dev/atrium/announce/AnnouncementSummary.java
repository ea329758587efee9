package dev.atrium.announce;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An announcement in a list, as one person sees it. {@code read} is their receipt (null when they
 * are not a recipient, e.g. its author); {@code needsConfirmation}: a must-read they have not
 * confirmed in its required version; {@code updatedSinceOpened}: corrected after they opened it.
 */
public record AnnouncementSummary(
    UUID id,
    String title,
    String excerpt,
    String category,
    Importance importance,
    boolean mustRead,
    @Nullable UUID coverFileId,
    AnnouncementPerson author,
    AnnouncementState state,
    @Nullable Instant publishedAt,
    @Nullable Instant publishAt,
    @Nullable Instant expiresAt,
    @Nullable Instant pinnedUntil,
    int version,
    @Nullable ReadState read,
    boolean needsConfirmation,
    boolean updatedSinceOpened) {}
