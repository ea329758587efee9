package dev.atrium.mail;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** A mail being written; {@code version} is what the next save must name. {@code body} is TipTap JSON. */
public record MailDraft(
    UUID id,
    UUID mailboxId,
    int version,
    String subject,
    List<MailPerson> to,
    List<MailPerson> cc,
    List<MailPerson> bcc,

    @Schema(implementation = java.util.Map.class, description = "ProseMirror (TipTap) JSON")
    @Nullable
    JsonNode body,

    List<MailAttachment> attachments,
    @Nullable UUID replyToMessageId,
    @Nullable UUID forwardOfMessageId,
    Instant updatedAt) {}
