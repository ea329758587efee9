package dev.atrium.announce;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One announcement as one person sees it: its summary's facts, its content, audience and settings,
 * how many people it was delivered to, its reactions and what the person may do with it.
 */
public record Announcement(
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
    boolean updatedSinceOpened,

    @Schema(implementation = java.util.Map.class, description = "ProseMirror (TipTap) JSON")
    JsonNode body,

    List<UUID> attachmentFileIds,
    /** The attachments' names, sizes and types, in the order of {@code attachmentFileIds}. */
    List<AnnouncementAttachment> attachments,
    Audience audience,
    boolean includeLaterJoiners,
    boolean commentsEnabled,
    boolean reactionsEnabled,
    @Nullable UUID channelId,
    @Nullable String returnComment,
    int recipientCount,
    int requiredVersion,
    List<Reaction> reactions,
    AnnouncementCapabilities capabilities) {}
