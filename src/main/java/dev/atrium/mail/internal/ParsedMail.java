package dev.atrium.mail.internal;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A mail as the MIME parser read it from the raw bytes: what delivery stores. {@code html} is
 * sanitised already, with remote images held back ({@code remoteImages} says there were some).
 * When the message could not be parsed, {@code parseProblem} says why and the fields hold what
 * could be read; the raw bytes are kept either way.
 */
public record ParsedMail(
    String messageId,
    @Nullable String inReplyTo,
    List<String> references,
    String subject,
    MailAddress from,
    List<MailAddress> to,
    List<MailAddress> cc,
    List<MailAddress> replyTo,
    Instant sentAt,
    @Nullable String html,
    String text,
    boolean remoteImages,
    List<ParsedAttachment> attachments,
    @Nullable String parseProblem,
    long size) {

  /** An attached file, or an inline image the HTML refers to as {@code cid:contentId}. */
  public record ParsedAttachment(
      String name, String contentType, @Nullable String contentId, boolean inline, byte[] data) {}
}
