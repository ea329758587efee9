package dev.atrium.mail.internal.smtp;

import dev.atrium.mail.internal.Outbox;
import dev.atrium.mail.internal.OutgoingMail;
import dev.atrium.mail.internal.mime.MimeRenderer;
import dev.atrium.shared.AfterCommit;
import dev.atrium.shared.Ids;
import jakarta.mail.MessagingException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@link Outbox}: renders the mail once (signed when its domain has a DKIM key) and queues it in
 * {@code mail.outbound} in the sender's transaction, so a mail is queued exactly when it is sent;
 * {@link OutboundDeliveries} hands it to the relay after the commit.
 */
@Component
class MailOutbox implements Outbox {

  private final OutboundTable outbound;
  private final OutboundAttachments attachments;
  private final DkimKeys dkim;
  private final OutboundDeliveries deliveries;
  private final Clock clock;

  MailOutbox(
      OutboundTable outbound,
      OutboundAttachments attachments,
      DkimKeys dkim,
      OutboundDeliveries deliveries,
      Clock clock) {
    this.outbound = outbound;
    this.attachments = attachments;
    this.dkim = dkim;
    this.deliveries = deliveries;
    this.clock = clock;
  }

  @Override
  @Transactional
  public void enqueue(OutgoingMail mail, List<String> externalRecipients) {
    if (externalRecipients.isEmpty()) {
      return;
    }
    byte[] mime;
    try {
      mime = dkim.bytes(
          MimeRenderer.render(mail, a -> attachments.bytes(mail.contentId(), a)),
          mail.from().address());
    } catch (MessagingException e) {
      throw new IllegalArgumentException("mail " + mail.contentId() + " cannot be rendered", e);
    }
    UUID id = Ids.newId();
    outbound.insert(
        id,
        mail.contentId(),
        mail.senderMailboxId(),
        mail.from().address().toLowerCase(Locale.ROOT),
        externalRecipients.stream()
            .map(r -> r.toLowerCase(Locale.ROOT).strip())
            .distinct()
            .toList(),
        mime,
        clock.instant());
    AfterCommit.run(() -> deliveries.soon(id));
  }
}
