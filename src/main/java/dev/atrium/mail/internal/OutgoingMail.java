package dev.atrium.mail.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A sent mail as the store hands it to the outbox, to be rendered as MIME for the relay.
 * {@code calendarReply}: an iCalendar METHOD:REPLY (iMIP, RFC 6047) sent beside the text.
 */
public record OutgoingMail(
    UUID contentId,
    UUID senderMailboxId,
    String messageId,
    @Nullable String inReplyTo,
    List<String> references,
    String subject,
    MailAddress from,
    List<MailAddress> to,
    List<MailAddress> cc,
    Instant sentAt,
    String html,
    String text,
    List<OutgoingAttachment> attachments,
    @Nullable String calendarReply) {

  /** A stored file (files module) to attach; {@code inlineCid} when the HTML shows it inline. */
  public record OutgoingAttachment(
      UUID fileId,
      String name,
      String contentType,
      @Nullable String inlineCid) {}
}
