package dev.atrium.mail.internal.admin;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** The signature offered when composing from a mailbox: a TipTap document, or null for none. */
public record MailboxSignature(
    @Schema(implementation = java.util.Map.class, description = "ProseMirror (TipTap) JSON")
    @Nullable
    JsonNode signature) {}
