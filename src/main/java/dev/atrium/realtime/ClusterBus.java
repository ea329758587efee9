package dev.atrium.realtime;

import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Carries frames to every node, each of which delivers them to its own sockets: in-process on one
 * node, Redis pub/sub when {@code ATRIUM_REDIS_URL} is set. A published message reaches each
 * node's receivers exactly once, including the publishing node's own.
 */
public interface ClusterBus {

  /** What travels between nodes. */
  sealed interface Message
      permits Delivery,
          Disconnect,
          DisconnectSession,
          Presence,
          PresenceSync,
          NodeAlive,
          ToWatchers,
          Relay {}

  /** A frame and the people who should receive it. */
  record Delivery(Set<UUID> recipients, Frame frame) implements Message {}

  /** Close every socket of this person: they were suspended or signed out everywhere. */
  record Disconnect(UUID personId) implements Message {}

  /** Close the sockets one session opened: that session alone was revoked. */
  record DisconnectSession(UUID personId, UUID sessionId) implements Message {}

  /**
   * How many sockets a person has open on {@code node}, and how many of them are in use (not idle
   * or hidden). Published when that changes and in answer to a {@link PresenceSync}.
   */
  record Presence(String node, UUID personId, int sockets, int active) implements Message {}

  /** A node started (or heard of a node it did not know): every node republishes its {@link Presence}. */
  record PresenceSync(String node) implements Message {}

  /** A node's heartbeat: a node not heard of for a while is taken as gone, with its sockets. */
  record NodeAlive(String node) implements Message {}

  /** A frame for the sockets that watch this person's presence (a profile or conversation on screen). */
  record ToWatchers(UUID personId, Frame frame) implements Message {}

  /**
   * Opaque bytes for whoever subscribed to them on every node, by {@code topic} (a co-edited page's
   * Yjs updates and awareness). {@code origin} names the sending socket, so it is not sent its own
   * bytes back. Travels as base64 between nodes.
   */
  record Relay(String topic, String origin, byte[] payload) implements Message {}

  void publish(Message message);

  void subscribe(Consumer<Message> receiver);
}
