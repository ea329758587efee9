package dev.atrium.announce;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * What an author writes: a new draft, changes to a draft or returned one, or a correction of a
 * published one (a new version; {@code reconfirm} then asks readers who confirmed an older version
 * to confirm again, and is ignored otherwise). {@code body} is the editor's ProseMirror JSON
 * (at most 512 KiB); cover and attachments are ids of the author's uploads.
 */
public record AnnouncementDraft(
    @NotBlank @Size(max = 200) String title,

    @Schema(
        implementation = java.util.Map.class,
        description = "ProseMirror (TipTap) JSON of the doc editor's extensions")
    @NotNull
    JsonNode body,

    @NotBlank @Size(max = 40) String category,
    @NotNull Importance importance,
    boolean mustRead,
    @Nullable UUID coverFileId,
    @NotNull @Size(max = 20) List<@NotNull UUID> attachmentFileIds,
    @Nullable Instant expiresAt,
    @Nullable Instant pinnedUntil,
    boolean commentsEnabled,
    boolean reactionsEnabled,
    @Nullable UUID channelId,
    @NotNull @Valid Audience audience,
    boolean includeLaterJoiners,
    boolean reconfirm) {}
