package dev.atrium.mail;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A calendar invitation that came with a mail (iMIP, RFC 6047): {@code method} REQUEST (invited)
 * or CANCEL (called off); {@code answer} ACCEPTED, TENTATIVE or DECLINED once this mailbox
 * answered.
 */
public record MailInvitation(
    String uid,
    String summary,
    @Nullable Instant start,
    @Nullable Instant end,
    String organizer,
    String method,
    @Nullable String answer) {}
