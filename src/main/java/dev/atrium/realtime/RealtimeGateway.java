package dev.atrium.realtime;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The one way other modules push to clients: a frame to a set of people, on every node. Call it
 * after commit; it never blocks on a slow socket.
 */
@Service
public class RealtimeGateway {

  private final ClusterBus bus;

  RealtimeGateway(ClusterBus bus) {
    this.bus = bus;
  }

  public void send(Collection<UUID> recipients, Frame frame) {
    if (!recipients.isEmpty()) {
      bus.publish(new ClusterBus.Delivery(Set.copyOf(recipients), frame));
    }
  }

  /** Closes every open socket of the person, on every node; their clients must sign in again. */
  public void disconnect(UUID personId) {
    bus.publish(new ClusterBus.Disconnect(personId));
  }
}
