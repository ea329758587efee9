package dev.atrium.mail;

import java.util.UUID;

/**
 * A mailbox the caller may read: {@code kind} PERSONAL or SHARED, its From address, the caller's
 * role (READER, SENDER, MANAGER) and how many unread mails its inbox holds.
 */
public record MailboxSummary(
    UUID id, String kind, String name, String address, String role, long unread) {}
