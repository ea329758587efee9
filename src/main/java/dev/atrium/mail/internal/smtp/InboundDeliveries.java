package dev.atrium.mail.internal.smtp;

import dev.atrium.mail.internal.InboundChecks;
import dev.atrium.mail.internal.LocalDelivery;
import dev.atrium.mail.internal.MailAddress;
import dev.atrium.mail.internal.ParsedMail;
import dev.atrium.mail.internal.mime.MimeParser;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers what the SMTP server accepted: parses the raw message, adds what the bridge knows of its
 * sender (a From in our domains that came from outside, SPF) and hands it to
 * {@link LocalDelivery}, in one transaction that locks the message with {@code skip locked}, so
 * each is delivered once on however many nodes. A failed try is retried with a growing wait; after
 * {@code atrium.mail.smtp.delivery-attempts} the message is FAILED with its problem, and its raw
 * bytes stay.
 */
@Component
public class InboundDeliveries {

  private static final Logger log = LoggerFactory.getLogger(InboundDeliveries.class);
  private static final int BATCH = 100;

  private final InboundTable inbound;
  private final ObjectProvider<LocalDelivery> delivery;
  private final SenderChecks checks;
  private final TransactionTemplate transactions;
  private final MailSettings settings;
  private final Clock clock;
  private final ExecutorService now = Executors.newVirtualThreadPerTaskExecutor();

  InboundDeliveries(
      InboundTable inbound,
      ObjectProvider<LocalDelivery> delivery,
      SenderChecks checks,
      TransactionTemplate transactions,
      MailSettings settings,
      Clock clock) {
    this.inbound = inbound;
    this.delivery = delivery;
    this.checks = checks;
    this.transactions = transactions;
    this.settings = settings;
    this.clock = clock;
  }

  /** Delivers a just-accepted message right away rather than at the next poll. */
  void soon(UUID id) {
    now.execute(() -> deliverIfDue(id));
  }

  @Scheduled(
      initialDelayString = "${atrium.mail.poll-interval:PT5S}",
      fixedDelayString = "${atrium.mail.poll-interval:PT5S}")
  public void poll() {
    try {
      for (UUID id : inbound.due(clock.instant(), BATCH)) {
        deliverIfDue(id);
      }
    } catch (RuntimeException e) {
      log.warn("Delivering received mail failed; it is tried again at the next poll", e);
    }
  }

  /** Delivers one received message if it is due and no other node has it; false otherwise. */
  public boolean deliverIfDue(UUID id) {
    LocalDelivery local = delivery.getIfAvailable();
    if (local == null) {
      return false;
    }
    var attempts = new AtomicInteger(-1);
    try {
      return Boolean.TRUE.equals(transactions.execute(status -> inbound
          .lockDue(id, clock.instant())
          .map(received -> {
            attempts.set(received.attempts());
            ParsedMail mail = withSender(
                MimeParser.parse(received.raw(), received.receivedAt()), received.envelopeFrom());
            InboundChecks found = checks.of(received, mail, local);
            local.deliver(received.recipients(), mail, received.raw(), found);
            inbound.delivered(id, clock.instant(), mail.parseProblem());
            return true;
          })
          .orElse(false)));
    } catch (RuntimeException e) {
      if (attempts.get() < 0) {
        throw e;
      }
      failed(id, attempts.get() + 1, e);
      return false;
    }
  }

  private void failed(UUID id, int attempts, RuntimeException e) {
    boolean last = attempts >= settings.smtp().deliveryAttempts();
    @Nullable
    Instant next = last
        ? null
        : clock.instant().plus(settings.pollInterval().multipliedBy(1L << Math.min(attempts, 16)));
    String problem = e.getClass().getSimpleName() + ": " + e.getMessage();
    log.warn(
        "Delivering received mail {} failed (try {}){}",
        id,
        attempts,
        last ? "; it is kept as FAILED" : "",
        e);
    transactions.executeWithoutResult(status -> inbound.failed(id, problem, next));
  }

  /** A mail without a readable From is shown as from its envelope sender. */
  private static ParsedMail withSender(ParsedMail mail, String envelopeFrom) {
    if (!mail.from().address().isBlank() || envelopeFrom.isBlank()) {
      return mail;
    }
    return new ParsedMail(
        mail.messageId(),
        mail.inReplyTo(),
        mail.references(),
        mail.subject(),
        new MailAddress(envelopeFrom, ""),
        mail.to(),
        mail.cc(),
        mail.replyTo(),
        mail.sentAt(),
        mail.html(),
        mail.text(),
        mail.remoteImages(),
        mail.attachments(),
        mail.parseProblem(),
        mail.size());
  }
}
