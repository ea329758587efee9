package dev.atrium.realtime;

import dev.atrium.realtime.internal.PresenceTracker;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
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
  private final PresenceTracker presence;

  RealtimeGateway(ClusterBus bus, PresenceTracker presence) {
    this.bus = bus;
    this.presence = presence;
  }

  public void send(Collection<UUID> recipients, Frame frame) {
    if (!recipients.isEmpty()) {
      bus.publish(new ClusterBus.Delivery(Set.copyOf(recipients), frame));
    }
  }

  /** Sends to the sockets (on every node) that watch this person's presence. */
  public void sendToWatchers(UUID personId, Frame frame) {
    bus.publish(new ClusterBus.ToWatchers(personId, frame));
  }

  /** Closes every open socket of the person, on every node; their clients must sign in again. */
  public void disconnect(UUID personId) {
    bus.publish(new ClusterBus.Disconnect(personId));
  }

  /** Closes the sockets opened by one session of the person, on every node; their others stay open. */
  public void disconnectSession(UUID personId, UUID sessionId) {
    bus.publish(new ClusterBus.DisconnectSession(personId, sessionId));
  }

  /** Each person's connection over all nodes, as this node knows it (kept current by the cluster bus). */
  public Map<UUID, Connection> connections(Collection<UUID> people) {
    Map<UUID, Connection> answer = new LinkedHashMap<>();
    people.forEach(person -> answer.put(person, presence.connection(person)));
    return answer;
  }
}
