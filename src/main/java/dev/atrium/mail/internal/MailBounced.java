package dev.atrium.mail.internal;

import java.util.List;
import java.util.UUID;

/** A sent mail came back undelivered to {@code recipients}; the bounce is {@code contentId} in the sender's inbox. */
public record MailBounced(UUID mailboxId, UUID contentId, List<String> recipients) {}
