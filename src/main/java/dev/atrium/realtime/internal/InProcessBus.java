package dev.atrium.realtime.internal;

import dev.atrium.realtime.ClusterBus;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The bus of a single node, the default when no Redis is configured: a published message goes
 * straight to this node's receivers.
 */
class InProcessBus implements ClusterBus {

  private final List<Consumer<Message>> receivers = new CopyOnWriteArrayList<>();

  @Override
  public void publish(Message message) {
    receivers.forEach(r -> r.accept(message));
  }

  @Override
  public void subscribe(Consumer<Message> receiver) {
    receivers.add(receiver);
  }
}
