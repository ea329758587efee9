package dev.atrium.mail;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One mail as a mailbox holds it. {@code html} is sanitised with remote images held back unless
 * {@code remoteImagesAllowed}; {@code bcc} only on the sender's own copy. {@code external}: from
 * outside Atrium; {@code spoofedInternal}: from outside yet claiming one of our addresses;
 * {@code parseProblem}: why it could not be read entirely (its raw is kept); {@code invitation}: the
 * calendar invitation it came with (iMIP).
 */
public record MailMessage(
    UUID id,
    UUID threadId,
    UUID folderId,
    MailPerson from,
    List<MailPerson> to,
    List<MailPerson> cc,
    List<MailPerson> bcc,
    List<MailPerson> replyTo,
    String subject,
    Instant sentAt,
    @Nullable String html,
    String text,
    boolean remoteImages,
    boolean remoteImagesAllowed,
    List<MailAttachment> attachments,
    boolean seen,
    boolean starred,
    List<UUID> labelIds,
    boolean outgoing,
    boolean external,
    boolean spoofedInternal,
    @Nullable String parseProblem,
    @Nullable MailInvitation invitation) {}
