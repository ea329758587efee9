package dev.atrium.mail.internal.smtp;

import dev.atrium.mail.internal.LocalDelivery;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends queued mail through the relay, each in a transaction that locks it with {@code skip
 * locked} (one node sends it; a node that dies mid-way leaves it to the next poll, so a mail may
 * reach the relay twice but is never lost). A refusal for now (4xx, no connection) is tried again
 * after {@code retry-base}, doubled each time up to {@code retry-cap}; a refusal for good (5xx), or
 * {@code max-attempts} tries, tells the sender through {@link LocalDelivery#bounced}. Without a
 * configured relay nothing is tried: the mail waits with that problem named on its row.
 */
@Component
public class OutboundDeliveries {

  static final String NO_RELAY =
      "No relay is configured (atrium.mail.relay.host): the mail waits until one is";

  private static final Logger log = LoggerFactory.getLogger(OutboundDeliveries.class);
  private static final int BATCH = 50;

  private final OutboundTable outbound;
  private final RelayClient relay;
  private final ObjectProvider<LocalDelivery> delivery;
  private final TransactionTemplate transactions;
  private final TransactionTemplate nested;
  private final MailSettings.Relay settings;
  private final Clock clock;
  private final ExecutorService now = Executors.newVirtualThreadPerTaskExecutor();

  OutboundDeliveries(
      OutboundTable outbound,
      RelayClient relay,
      ObjectProvider<LocalDelivery> delivery,
      TransactionTemplate transactions,
      MailSettings settings,
      Clock clock) {
    this.outbound = outbound;
    this.relay = relay;
    this.delivery = delivery;
    this.transactions = transactions;
    this.nested =
        new TransactionTemplate(Objects.requireNonNull(transactions.getTransactionManager()));
    this.nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    this.settings = settings.relay();
    this.clock = clock;
  }

  void soon(UUID id) {
    now.execute(() -> {
      try {
        sendIfDue(id);
      } catch (RuntimeException e) {
        log.warn("Sending mail {} failed; it is tried again at the next poll", id, e);
      }
    });
  }

  @Scheduled(
      initialDelayString = "${atrium.mail.poll-interval:PT5S}",
      fixedDelayString = "${atrium.mail.poll-interval:PT5S}")
  public void poll() {
    try {
      for (UUID id : outbound.due(clock.instant(), BATCH)) {
        sendIfDue(id);
      }
    } catch (RuntimeException e) {
      log.warn("Sending queued mail failed; it is tried again at the next poll", e);
    }
  }

  /** Sends one queued mail if it is due and no other node has it; false otherwise. */
  public boolean sendIfDue(UUID id) {
    return Boolean.TRUE.equals(transactions.execute(status -> outbound
        .lockDue(id, clock.instant())
        .map(queued -> {
          send(queued);
          return true;
        })
        .orElse(false)));
  }

  private void send(OutboundTable.Queued queued) {
    if (!settings.configured()) {
      outbound.waiting(queued.id(), NO_RELAY, clock.instant().plus(settings.retryBase()));
      return;
    }
    RelayClient.Outcome outcome =
        relay.send(queued.envelopeFrom(), queued.recipients(), queued.mime());
    Instant at = clock.instant();
    int attempts = queued.attempts() + 1;
    if (!outcome.refused().isEmpty()) {
      bounce(queued, outcome.refused(), outcome.problem());
    }
    if (outcome.deferred().isEmpty()) {
      outbound.finished(
          queued.id(),
          !outcome.delivered().isEmpty(),
          outcome.problem().isEmpty() ? null : outcome.problem(),
          at);
      return;
    }
    if (attempts >= settings.maxAttempts()) {
      String problem = outcome.problem() + " (gave up after " + attempts + " tries)";
      bounce(queued, outcome.deferred(), problem);
      outbound.finished(queued.id(), !outcome.delivered().isEmpty(), problem, at);
      return;
    }
    log.info(
        "The relay did not take mail {} (try {}): {}", queued.id(), attempts, outcome.problem());
    outbound.retry(
        queued.id(), outcome.deferred(), outcome.problem(), at.plus(settings.backoff(attempts)));
  }

  private void bounce(OutboundTable.Queued queued, List<String> recipients, String problem) {
    LocalDelivery local = delivery.getIfAvailable();
    if (local == null) {
      log.warn(
          "Mail {} could not be delivered to {} ({}), and no mailbox store is there to tell "
              + "its sender",
          queued.contentId(),
          recipients,
          problem);
      return;
    }
    // in a savepoint: a sender who cannot be told (their mailbox deleted meanwhile) must not keep
    // the mail queued for ever; the failure stays on its row
    try {
      nested.executeWithoutResult(status ->
          local.bounced(queued.contentId(), queued.senderMailboxId(), recipients, problem));
    } catch (RuntimeException e) {
      log.warn(
          "The sender of mail {} could not be told it was not delivered to {}",
          queued.contentId(),
          recipients,
          e);
    }
  }
}
