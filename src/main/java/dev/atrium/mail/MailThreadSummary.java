package dev.atrium.mail;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A conversation as a folder lists it: its messages in that folder ({@code messageIds}, oldest
 * first), who wrote them, the newest one's time and snippet; {@code unread} when any is unread.
 */
public record MailThreadSummary(
    UUID threadId,
    String subject,
    List<MailPerson> participants,
    String snippet,
    Instant lastAt,
    int count,
    boolean unread,
    boolean starred,
    boolean hasAttachments,
    List<UUID> labelIds,
    List<UUID> messageIds) {}
