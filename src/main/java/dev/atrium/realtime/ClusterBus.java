package dev.atrium.realtime;

import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Carries frames to every node, each of which delivers them to its own sockets. Only the
 * in-process implementation exists so far (one node); Redis pub/sub is the planned second one.
 */
public interface ClusterBus {

  /** A frame and the people who should receive it. */
  record Delivery(Set<UUID> recipients, Frame frame) {}

  void publish(Delivery delivery);

  void subscribe(Consumer<Delivery> receiver);
}
