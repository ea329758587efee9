package dev.atrium.realtime.internal;

import dev.atrium.realtime.ClusterBus;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/** The bus of a single node: a published delivery goes straight to this node's receivers. */
@Component
class InProcessBus implements ClusterBus {

  private final List<Consumer<Delivery>> receivers = new CopyOnWriteArrayList<>();

  @Override
  public void publish(Delivery delivery) {
    receivers.forEach(r -> r.accept(delivery));
  }

  @Override
  public void subscribe(Consumer<Delivery> receiver) {
    receivers.add(receiver);
  }
}
