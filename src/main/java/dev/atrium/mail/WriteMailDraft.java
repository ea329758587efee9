package dev.atrium.mail;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A draft as the editor saves it; {@code version} (on a save of an existing draft) is the version
 * the writer last saw. Lists left out are empty.
 */
public record WriteMailDraft(
    @Nullable @Valid @Size(max = 500) List<MailPerson> to,
    @Nullable @Valid @Size(max = 500) List<MailPerson> cc,
    @Nullable @Valid @Size(max = 500) List<MailPerson> bcc,
    @Nullable @Size(max = 998) String subject,

    @Schema(implementation = java.util.Map.class, description = "ProseMirror (TipTap) JSON")
    @Nullable
    JsonNode body,

    @Nullable @Size(max = 100) List<UUID> attachmentIds,
    @Nullable UUID replyToMessageId,
    @Nullable UUID forwardOfMessageId,
    @Nullable Integer version) {}
