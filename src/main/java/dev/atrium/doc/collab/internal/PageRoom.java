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
  volatile long askedAt;
}
