package dev.atrium.realtime.internal;

import dev.atrium.realtime.ClusterBus;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;

/** The open sockets of this node, per person; receives every delivery from the cluster bus. */
@Component
class Sockets {

  static final CloseStatus SIGNED_OUT = new CloseStatus(4001, "Signed out");

  private final Map<UUID, Set<Socket>> byPerson = new ConcurrentHashMap<>();
  private final PresenceTracker presence;

  Sockets(ClusterBus bus, PresenceTracker presence) {
    this.presence = presence;
    bus.subscribe(this::deliver);
  }

  void add(Socket socket) {
    byPerson
        .computeIfAbsent(socket.personId(), id -> ConcurrentHashMap.newKeySet())
        .add(socket);
    recount(socket.personId());
  }

  void remove(Socket socket) {
    byPerson.computeIfPresent(socket.personId(), (id, set) -> {
      set.remove(socket);
      return set.isEmpty() ? null : set;
    });
    presence.unwatch(socket);
    recount(socket.personId());
  }

  /** The client says this tab is idle or hidden (or in use again). */
  void idle(Socket socket, boolean idle) {
    if (socket.idle() != idle) {
      socket.idle(idle);
      recount(socket.personId());
    }
  }

  private void recount(UUID personId) {
    presence.recount(personId, () -> Set.copyOf(byPerson.getOrDefault(personId, Set.of())));
  }

  private void deliver(ClusterBus.Message message) {
    switch (message) {
      case ClusterBus.Delivery delivery -> {
        Outgoing frame = new Outgoing(delivery.frame());
        for (UUID person : delivery.recipients()) {
          Set<Socket> open = byPerson.get(person);
          if (open != null) {
            open.forEach(s -> s.offer(frame));
          }
        }
      }
      case ClusterBus.Disconnect disconnect -> {
        Set<Socket> open = byPerson.get(disconnect.personId());
        if (open != null) {
          open.forEach(s -> s.close(SIGNED_OUT));
        }
      }
      case ClusterBus.DisconnectSession disconnect -> {
        Set<Socket> open = byPerson.get(disconnect.personId());
        if (open != null) {
          open.stream()
              .filter(s -> disconnect.sessionId().equals(s.sessionId()))
              .forEach(s -> s.close(SIGNED_OUT));
        }
      }
      default -> {}
    }
  }
}
