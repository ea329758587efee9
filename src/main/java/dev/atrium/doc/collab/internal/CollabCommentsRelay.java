package dev.atrium.doc.collab.internal;

import dev.atrium.doc.PageCommentsChanged;
import dev.atrium.shared.AfterCommit;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells everyone with the page open, on every node, that its comments changed (frame 103), once
 * the change is committed; their clients then fetch the comments again. Best effort: a client that
 * misses it fetches them when it next opens the page or reconnects.
 */
@Component
class CollabCommentsRelay {

  private final CollabRooms rooms;

  CollabCommentsRelay(CollabRooms rooms) {
    this.rooms = rooms;
  }

  @EventListener
  void on(PageCommentsChanged changed) {
    AfterCommit.run(() -> rooms.broadcast(changed.pageId(), CollabMessage.commentsChanged()));
  }
}
