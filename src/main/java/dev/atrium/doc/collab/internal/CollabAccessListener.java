package dev.atrium.doc.collab.internal;

import dev.atrium.doc.PageAccessChanged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Permissions changed on a page or a whole space: its open collab sockets check theirs again at
 * once (after commit, so they read the new rules), rather than when their cache runs out. One who
 * lost the page is disconnected; one who became a reader has their next edit refused.
 */
@Component
class CollabAccessListener {

  private final CollabHandler handler;

  CollabAccessListener(CollabHandler handler) {
    this.handler = handler;
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(PageAccessChanged changed) {
    handler.recheck(socket -> changed.pageId() == null
        ? changed.spaceId().equals(socket.access().spaceId())
        : changed.pageId().equals(socket.pageId));
  }
}
