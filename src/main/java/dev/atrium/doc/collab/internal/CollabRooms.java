package dev.atrium.doc.collab.internal;

import dev.atrium.realtime.ClusterBus;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;

/**
 * This node's open pages. Frames for a page travel as {@link ClusterBus.Relay}s (topic
 * {@code doc:<pageId>}) so that every node hands them to its own sockets of that page; signing
 * out or suspension closes collab sockets as it closes {@code /api/v1/ws} ones.
 */
@Component
class CollabRooms {

  static final CloseStatus SIGNED_OUT = new CloseStatus(4001, "Signed out");
  private static final String TOPIC = "doc:";
  /** The origin of frames the server itself sends, which no socket's id equals. */
  private static final String SERVER = "server";

  private final Map<UUID, PageRoom> rooms = new ConcurrentHashMap<>();
  private final ClusterBus bus;

  CollabRooms(ClusterBus bus) {
    this.bus = bus;
    bus.subscribe(this::receive);
  }

  PageRoom join(CollabSocket socket) {
    PageRoom room = rooms.computeIfAbsent(socket.pageId, id -> new PageRoom());
    room.sockets.add(socket);
    return room;
  }

  void leave(CollabSocket socket) {
    rooms.computeIfPresent(socket.pageId, (id, room) -> {
      room.sockets.remove(socket);
      return room.sockets.isEmpty() ? null : room;
    });
  }

  PageRoom room(UUID pageId) {
    return rooms.getOrDefault(pageId, new PageRoom());
  }

  Collection<Map.Entry<UUID, PageRoom>> open() {
    return rooms.entrySet();
  }

  /** Sends a frame to every other socket of the page, on every node. */
  void relay(CollabSocket from, byte[] frame) {
    bus.publish(new ClusterBus.Relay(TOPIC + from.pageId, from.id, frame));
  }

  /** Sends a frame from the server to every socket of the page, on every node. */
  void broadcast(UUID pageId, byte[] frame) {
    bus.publish(new ClusterBus.Relay(TOPIC + pageId, SERVER, frame));
  }

  private void receive(ClusterBus.Message message) {
    switch (message) {
      case ClusterBus.Relay relay
      when relay.topic().startsWith(TOPIC) -> {
        PageRoom room = rooms.get(UUID.fromString(relay.topic().substring(TOPIC.length())));
        if (room == null) {
          return;
        }
        note(room, relay.payload());
        room.sockets.stream()
            .filter(s -> !s.id.equals(relay.origin()))
            .forEach(s -> s.offer(relay.payload()));
      }
      case ClusterBus.Disconnect disconnect -> everySocket(disconnect.personId(), null);
      case ClusterBus.DisconnectSession disconnect ->
        everySocket(disconnect.personId(), disconnect.sessionId());
      default -> {}
    }
  }

  /** Keeps what newcomers need to know: the page's awareness states, and that it was edited. */
  private static void note(PageRoom room, byte[] frame) {
    if (frame.length > 0 && frame[0] == CollabMessage.SYNC) {
      room.editedAt = System.nanoTime();
      room.versionDue = true;
    } else if (frame.length > 0
        && frame[0] == CollabMessage.AWARENESS
        && CollabMessage.read(frame) instanceof CollabMessage.Awareness awareness) {
      for (var state : CollabMessage.readAwareness(awareness.update())) {
        if ("null".equals(state.state())) {
          room.awareness.remove(state.client());
        } else {
          room.awareness.merge(
              state.client(), state, (old, next) -> next.clock() >= old.clock() ? next : old);
        }
      }
    }
  }

  private void everySocket(UUID personId, @org.jspecify.annotations.Nullable UUID sessionId) {
    rooms
        .values()
        .forEach(room -> room.sockets.stream()
            .filter(s -> s.personId().equals(personId)
                && (sessionId == null || sessionId.equals(s.sessionId)))
            .forEach(s -> s.close(SIGNED_OUT)));
  }
}
