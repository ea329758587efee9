package dev.atrium.shared;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs best-effort work (a real-time push, closing sockets) once the current transaction has
 * committed, or at once outside a transaction. Use it instead of an AFTER_COMMIT
 * {@code @TransactionalEventListener}: Spring Modulith's publication registry wraps those in a
 * REQUIRES_NEW transaction that needs a second pooled connection while the writer still holds its
 * own, and 20 concurrent writers then deadlocked the pool (found by bench/chat-load.sh). Work that
 * must not be lost belongs in an {@code @ApplicationModuleListener} instead.
 */
public final class AfterCommit {

  private AfterCommit() {}

  public static void run(Runnable work) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      work.run();
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        work.run();
      }
    });
  }
}
