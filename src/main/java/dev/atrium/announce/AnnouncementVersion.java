package dev.atrium.announce;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import tools.jackson.databind.JsonNode;

/** One version of a published announcement: the first publication is 1, each correction the next. */
public record AnnouncementVersion(
    int n,
    String title,

    @Schema(implementation = java.util.Map.class, description = "ProseMirror (TipTap) JSON")
    JsonNode body,

    String bodyText,
    Instant editedAt,
    AnnouncementPerson editedBy,
    boolean reconfirm) {}
