package dev.atrium.realtime;

/**
 * Whether a person is connected, over all nodes: {@code ONLINE} with at least one socket in use,
 * {@code AWAY} when every socket of theirs reports idle or hidden, {@code OFFLINE} with none open.
 */
public enum Connection {
  ONLINE,
  AWAY,
  OFFLINE
}
