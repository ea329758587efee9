package dev.atrium.announce.internal;

import dev.atrium.announce.ReceiptCounts;
import dev.atrium.announce.ReceiptsStreamEvent;
import dev.atrium.announce.ReceiptsStreamEvent.ReceiptsCounted;
import dev.atrium.realtime.StreamKind;
import dev.atrium.realtime.Streams;
import dev.atrium.shared.AfterCommit;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The live half of the statistics (stream kind {@code announce.receipts}): an open or a confirmation
 * only marks its announcement (in memory, after commit); once a second every marked announcement is
 * counted once and gets one {@link ReceiptsCounted} entry. So 10,000 confirmations in a minute make
 * about 60 entries, not 10,000, and a confirmation's own transaction writes no stream row. Each node
 * counts what it saw; with two nodes an announcement may get two entries a second. A mark lost in a
 * crash costs only a live refresh: the client refetches when its socket comes back.
 */
@Component
public class ReceiptsStream {

  private static final Logger log = LoggerFactory.getLogger(ReceiptsStream.class);

  private final Set<UUID> marked = ConcurrentHashMap.newKeySet();
  private final StreamKind<ReceiptsStreamEvent> kind;
  private final Streams streams;
  private final StatsQueries queries;
  private final ReceiptsAudience audience;
  private final TransactionTemplate transactions;
  private final Clock clock;

  ReceiptsStream(
      StreamKind<ReceiptsStreamEvent> kind,
      Streams streams,
      StatsQueries queries,
      ReceiptsAudience audience,
      TransactionTemplate transactions,
      Clock clock) {
    this.kind = kind;
    this.streams = streams;
    this.queries = queries;
    this.audience = audience;
    this.transactions = transactions;
    this.clock = clock;
  }

  /**
   * Call in the transaction that changed a recipient's receipt (opened, confirmed, delivered): the
   * announcement is counted at the next tick after that transaction commits.
   */
  public void changed(UUID announcementId) {
    AfterCommit.run(() -> marked.add(announcementId));
  }

  /** Counts every announcement marked since the last tick and appends one entry to each's stream. */
  @Scheduled(fixedDelay = 1_000)
  public void flush() {
    for (UUID id : List.copyOf(marked)) {
      marked.remove(id);
      try {
        transactions.executeWithoutResult(status -> count(id));
      } catch (RuntimeException e) {
        log.warn("Could not count the receipts of announcement {}", id, e);
      }
    }
  }

  private void count(UUID id) {
    queries.head(id).ifPresent(head -> {
      ReceiptCounts counts = queries.totals(head);
      streams.append(
          kind,
          id,
          clock.instant(),
          audience.audience(id),
          seq -> new ReceiptsCounted(counts.delivered(), counts.opened(), counts.confirmed()));
    });
  }
}
