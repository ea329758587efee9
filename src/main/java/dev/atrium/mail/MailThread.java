package dev.atrium.mail;

import java.util.List;
import java.util.UUID;

/** A conversation's messages in a mailbox, oldest first. */
public record MailThread(UUID threadId, String subject, List<MailMessage> messages) {}
