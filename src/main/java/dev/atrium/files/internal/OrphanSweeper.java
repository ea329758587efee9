package dev.atrium.files.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes uploads nobody attached within a day (a closed tab, a cancelled message), and their
 * bytes (with their thumbnail and extracted text) once no other upload refers to the same content;
 * likewise the bytes of files their owner released ({@code StoredFiles#release}).
 */
@Component
public class OrphanSweeper {

  /** How long an upload may wait to be attached. */
  public static final Duration GRACE = Duration.ofDays(1);

  private static final Logger log = LoggerFactory.getLogger(OrphanSweeper.class);

  private final FilesTable files;
  private final FileTextTable texts;
  private final BlobStore blobs;
  private final Clock clock;
  private final TransactionTemplate transaction;

  OrphanSweeper(
      FilesTable files,
      FileTextTable texts,
      BlobStore blobs,
      Clock clock,
      PlatformTransactionManager transactions) {
    this.files = files;
    this.texts = texts;
    this.blobs = blobs;
    this.clock = clock;
    this.transaction = new TransactionTemplate(transactions);
  }

  @Scheduled(initialDelayString = "PT5M", fixedDelayString = "PT1H")
  void sweepHourly() {
    int removed = sweep(clock.instant().minus(GRACE));
    if (removed > 0) {
      log.info("Removed {} uploads nobody attached within {}", removed, GRACE);
    }
  }

  /** Removes unattached uploads created before {@code cutoff}; answers how many. */
  public int sweep(Instant cutoff) {
    int removed = 0;
    for (var batch = files.unattachedBefore(cutoff, 100);
        !batch.isEmpty();
        batch = files.unattachedBefore(cutoff, 100)) {
      for (FilesTable.Row row : batch) {
        Boolean gone = transaction.execute(status -> {
          String sha = row.file().sha256();
          files.lockBlob(sha);
          if (!files.deleteUnattached(row.file().id())) {
            return false;
          }
          removeIfUnreferenced(sha);
          return true;
        });
        if (Boolean.TRUE.equals(gone)) {
          removed++;
        }
      }
    }
    return removed;
  }

  /**
   * Removes the bytes of released files that no other file holds any more. Durable: it runs after
   * the release committed, in a transaction of its own, and is retried at the next start when a
   * crash interrupts it; removing what is already gone is harmless.
   */
  @ApplicationModuleListener
  void on(ContentReleased event) {
    for (String sha : event.sha256s()) {
      files.lockBlob(sha);
      removeIfUnreferenced(sha);
    }
  }

  /**
   * Deletes the content's bytes, thumbnail and extracted text when no file row holds it; the
   * caller holds the content's lock, so no upload of the same bytes can slip in between.
   */
  private void removeIfUnreferenced(String sha) {
    if (files.anyWithSha256(sha)) {
      return;
    }
    texts.forget(sha);
    try {
      Files.deleteIfExists(blobs.blob(sha));
      Files.deleteIfExists(blobs.thumbnail(sha));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
