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
  sealed interface Message permits Delivery, Disconnect {}

  /** A frame and the people who should receive it. */
  record Delivery(Set<UUID> recipients, Frame frame) implements Message {}

  /** Close every socket of this person: they were suspended or signed out everywhere. */
  record Disconnect(UUID personId) implements Message {}

  void publish(Message message);

  void subscribe(Consumer<Message> receiver);
}
