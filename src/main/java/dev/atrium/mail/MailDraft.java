package dev.atrium.mail;

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
    @Nullable JsonNode body,
    List<MailAttachment> attachments,
    @Nullable UUID replyToMessageId,
    @Nullable UUID forwardOfMessageId,
    Instant updatedAt) {}
