package dev.atrium.announce.internal;

import dev.atrium.announce.AnnouncementState;
import dev.atrium.announce.Importance;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A row of {@code announce.announcement}; {@code body} and {@code audience} as JSON text. */
public record AnnouncementRow(
    UUID id,
    UUID authorId,
    AnnouncementState state,
    String title,
    String body,
    String bodyText,
    String category,
    Importance importance,
    boolean mustRead,
    @Nullable UUID coverFileId,
    List<UUID> attachmentFileIds,
    String audience,
    boolean includeLaterJoiners,
    boolean commentsEnabled,
    boolean reactionsEnabled,
    @Nullable UUID channelId,
    @Nullable Instant publishAt,
    @Nullable Instant publishedAt,
    @Nullable Instant expiresAt,
    @Nullable Instant pinnedUntil,
    @Nullable Instant withdrawnAt,
    int version,
    int requiredVersion,
    @Nullable Instant correctedAt,
    @Nullable String returnComment,
    @Nullable UUID reviewerId,
    int recipientCount,
    Instant createdAt,
    Instant updatedAt) {

  /** Published, not withdrawn: what recipients read. */
  public boolean live() {
    return state == AnnouncementState.PUBLISHED;
  }

  public boolean expired(Instant now) {
    return expiresAt != null && expiresAt.isBefore(now);
  }
}
