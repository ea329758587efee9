package dev.atrium.mail.internal;

import java.util.Map;
import java.util.UUID;

/**
 * Mail arrived in mailboxes (mailbox to its new message id); {@code owners} are the personal
 * mailboxes' owners the store already knew. Heard after commit by the notices.
 */
public record MailReceived(
    MailAddress from, String subject, Map<UUID, UUID> messages, Map<UUID, UUID> owners) {}
