package dev.atrium.mail;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A folder: {@code role} INBOX, SENT, DRAFTS, ARCHIVE, TRASH or SPAM, null for one a person made. */
public record MailFolder(UUID id, @Nullable String role, String name, long unread, long total) {}
