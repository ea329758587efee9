package dev.atrium.chat.internal;

import dev.atrium.chat.MessageWritten;
import dev.atrium.chat.internal.SearchQueue.Queued;
import dev.atrium.search.SearchDocument;
import dev.atrium.search.SearchIndex;
import dev.atrium.shared.AfterCommit;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps messages' search documents current from {@code chat.search_queue} (ADR 0008), in batches:
 * one index commit and one queue statement for everything written since the last batch, instead of
 * a registry publication and an index commit per message. Woken after each write commits; every
 * few seconds it also looks by itself, for what a crash or another node left queued.
 */
@Component
class MessageIndexing implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(MessageIndexing.class);
  private static final int BATCH = 500;
  private static final Duration SWEEP = Duration.ofSeconds(5);
  /** The least time between two batches' commits, so a message is searchable at most this much later under load. */
  private static final Duration GATHER = Duration.ofSeconds(1);

  private final SearchQueue queue;
  private final SearchRows rows;
  private final ChatSearch documents;
  private final SearchIndex index;
  private final TransactionTemplate tx;
  private final Semaphore wake = new Semaphore(0);
  /** Counted down by {@link #stop}, so a wait between batches ends at once; one per start. */
  private volatile CountDownLatch stopped = new CountDownLatch(1);

  private volatile boolean running;
  private @Nullable Thread worker;

  MessageIndexing(
      SearchQueue queue,
      SearchRows rows,
      ChatSearch documents,
      SearchIndex index,
      TransactionTemplate tx) {
    this.queue = queue;
    this.rows = rows;
    this.documents = documents;
    this.index = index;
    this.tx = tx;
  }

  @EventListener
  void on(MessageWritten event) {
    AfterCommit.run(this::wake);
  }

  private void wake() {
    if (wake.availablePermits() == 0) {
      wake.release();
    }
  }

  @Override
  public synchronized void start() {
    stopped = new CountDownLatch(1);
    running = true;
    worker = Thread.ofPlatform().name("chat-search-indexing").daemon().start(this::run);
  }

  /** Lets the batch in hand finish: interrupting it could close the index's files under it. */
  @Override
  public synchronized void stop() {
    running = false;
    stopped.countDown();
    wake.release();
    if (worker != null) {
      try {
        worker.join(SWEEP.toMillis() * 6);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      worker = null;
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  private void run() {
    while (running) {
      try {
        Outcome outcome = indexBatch();
        while (running && outcome == Outcome.FULL) {
          outcome = indexBatch();
        }
        if (outcome == Outcome.FAILED) {
          // a broken index or database: wait, rather than fail again at every message posted
          stopped.await(SWEEP.toMillis(), TimeUnit.MILLISECONDS);
        } else {
          long committed = System.nanoTime();
          wake.tryAcquire(SWEEP.toMillis(), TimeUnit.MILLISECONDS);
          // each commit writes a segment that merges must later rewrite: what is posted meanwhile
          // waits for the next
          stopped.await(GATHER.toNanos() - (System.nanoTime() - committed), TimeUnit.NANOSECONDS);
          wake.drainPermits();
        }
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private enum Outcome {
    FULL,
    DONE,
    FAILED
  }

  /** Indexes the next batch. A batch that fails is tried one message at a time. */
  private Outcome indexBatch() {
    List<UUID> taken = new ArrayList<>();
    try {
      Integer size = tx.execute(status -> {
        List<Queued> batch = queue.take(BATCH);
        batch.forEach(queued -> taken.add(queued.messageId()));
        index(batch);
        return batch.size();
      });
      return size != null && size == BATCH ? Outcome.FULL : Outcome.DONE;
    } catch (RuntimeException e) {
      log.warn(
          "Indexing {} chat messages together failed; trying them one at a time", taken.size(), e);
      boolean anyFailed = taken.isEmpty();
      for (UUID messageId : taken) {
        anyFailed |= !indexAlone(messageId);
      }
      return anyFailed ? Outcome.FAILED : Outcome.DONE;
    }
  }

  private boolean indexAlone(UUID messageId) {
    try {
      tx.executeWithoutResult(
          status -> queue.take(messageId).ifPresent(queued -> index(List.of(queued))));
      return true;
    } catch (RuntimeException e) {
      log.error(
          "Chat message {} could not be indexed; it waits at the back of the queue", messageId, e);
      try {
        queue.postpone(messageId);
      } catch (RuntimeException again) {
        log.warn(
            "Chat message {} stays where it was in the queue: {}", messageId, again.getMessage());
      }
      return false;
    }
  }

  /**
   * Writes what the database holds now, so a message written again meanwhile (queued anew once
   * this commits) or indexed twice by two nodes still ends with its latest text.
   */
  private void index(List<Queued> batch) {
    if (batch.isEmpty()) {
      return;
    }
    List<SearchDocument> put =
        documents.documents(rows.messages(batch.stream().map(Queued::messageId).toList()));
    Set<UUID> kept = put.stream().map(SearchDocument::id).collect(Collectors.toSet());
    List<SearchIndex.Key> removed = new ArrayList<>();
    for (Queued queued : batch) {
      if (!kept.contains(queued.messageId())) {
        removed.add(new SearchIndex.Key(ChatSearch.MESSAGE, queued.messageId()));
      }
      queued.droppedFiles().stream()
          .filter(file -> !kept.contains(file))
          .forEach(file -> removed.add(new SearchIndex.Key(ChatSearch.FILE, file)));
    }
    index.write(put, removed);
  }
}
