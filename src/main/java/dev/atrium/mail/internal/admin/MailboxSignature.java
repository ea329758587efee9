package dev.atrium.mail.internal.admin;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** The signature offered when composing from a mailbox: a TipTap document, or null for none. */
public record MailboxSignature(@Nullable JsonNode signature) {}
