package dev.atrium.mail.links;

import java.util.UUID;

/** Where a mail is in its mailbox, so a link to it ({@code /mail/messages/<id>}) can open there. */
public record MailPlace(UUID mailboxId, UUID folderId, UUID threadId) {}
