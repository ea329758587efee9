package dev.atrium.realtime.internal;

import dev.atrium.realtime.ClusterBus;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** The open sockets of this node, per person; receives every delivery from the cluster bus. */
@Component
class Sockets {

  private final Map<UUID, Set<Socket>> byPerson = new ConcurrentHashMap<>();

  Sockets(ClusterBus bus) {
    bus.subscribe(this::deliver);
  }

  void add(Socket socket) {
    byPerson.computeIfAbsent(socket.personId(), id -> ConcurrentHashMap.newKeySet()).add(socket);
  }

  void remove(Socket socket) {
    byPerson.computeIfPresent(socket.personId(), (id, set) -> {
      set.remove(socket);
      return set.isEmpty() ? null : set;
    });
  }

  private void deliver(ClusterBus.Delivery delivery) {
    for (UUID person : delivery.recipients()) {
      Set<Socket> open = byPerson.get(person);
      if (open != null) {
        open.forEach(s -> s.offer(delivery.frame()));
      }
    }
  }
}
