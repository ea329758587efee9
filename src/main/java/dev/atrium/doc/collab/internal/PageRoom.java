package dev.atrium.doc.collab.internal;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The sockets of one page open on this node, and the awareness (cursors, names) of the page's clients on every node. */
final class PageRoom {

  final Set<CollabSocket> sockets = ConcurrentHashMap.newKeySet();
  /** Awareness client id → its latest state, as relayed; newcomers receive them at once. */
  final Map<Long, CollabMessage.AwarenessState> awareness = new ConcurrentHashMap<>();
  /** When the page was last edited on any node, and whether a version has been asked for since. */
  volatile long editedAt;

  volatile boolean versionDue;
  private boolean asking;
  private long askedAt;

  /**
   * Whether to ask for a version now: not while an answer to the last request may still come (a
   * snapshot is the whole document, so each request costs a client and the server that much).
   */
  synchronized boolean mayAsk(long now) {
    if (asking && now - askedAt < ANSWER_WITHIN_NANOS) {
      return false;
    }
    asking = true;
    askedAt = now;
    versionDue = false;
    return true;
  }

  synchronized void answered() {
    asking = false;
  }

  private static final long ANSWER_WITHIN_NANOS = 10_000_000_000L;
}
