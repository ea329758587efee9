package dev.atrium.realtime.internal;

import dev.atrium.realtime.ClusterBus;
import dev.atrium.realtime.Connection;
import dev.atrium.realtime.Frame;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Who is connected, over all nodes. Each node counts its own sockets per person (and how many are
 * in use rather than idle) and publishes the count on the cluster bus when it changes; every node
 * keeps the counts of all nodes, so "offline" means no socket on any node. A node that starts asks
 * the others to republish theirs ({@code PresenceSync}); a node silent for {@link #GONE} (it died
 * without closing its sockets) is dropped with its counts. No database row is written.
 *
 * <p>A change of a person's {@link Connection} goes, as a {@code presence} signal, only to the
 * sockets that watch that person (a client names at most {@link #MAX_WATCHED} people it shows),
 * so a person going offline costs frames in proportion to who looks, not to the company's size.
 */
@Component
public class PresenceTracker implements SmartInitializingSingleton {

  static final int MAX_WATCHED = 200;
  static final Duration HEARTBEAT = Duration.ofSeconds(20);
  static final Duration GONE = HEARTBEAT.multipliedBy(3).plusSeconds(5);

  private record Count(int sockets, int active) {}

  private final String node = UUID.randomUUID().toString();
  private final ClusterBus bus;
  private final ObjectMapper json;
  /** person → node → count; a node with no socket of that person has no entry. */
  private final Map<UUID, Map<String, Count>> counts = new ConcurrentHashMap<>();
  /** What this node last published per person (absent: no socket here). */
  private final Map<UUID, Count> local = new ConcurrentHashMap<>();

  private final Map<String, Long> heardAt = new ConcurrentHashMap<>();
  /** watched person → the sockets on this node that watch them. */
  private final Map<UUID, Set<Socket>> watchers = new ConcurrentHashMap<>();

  private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(
      Thread.ofVirtual().name("presence-heartbeat").factory());

  PresenceTracker(ClusterBus bus, ObjectMapper json) {
    this.bus = bus;
    this.json = json;
    bus.subscribe(this::receive);
  }

  @Override
  public void afterSingletonsInstantiated() {
    bus.publish(new ClusterBus.PresenceSync(node));
    heartbeat.scheduleAtFixedRate(
        this::beat, HEARTBEAT.toMillis(), HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    heartbeat.shutdownNow();
  }

  public Connection connection(UUID personId) {
    Map<String, Count> byNode = counts.get(personId);
    if (byNode == null || byNode.isEmpty()) {
      return Connection.OFFLINE;
    }
    return byNode.values().stream().anyMatch(c -> c.active() > 0)
        ? Connection.ONLINE
        : Connection.AWAY;
  }

  /**
   * Recounts this node's sockets of a person after one opened, closed or changed idle state, and
   * publishes the count when it changed. Serialised, so counts leave this node in the order they
   * were taken.
   */
  synchronized void recount(UUID personId, Supplier<Collection<Socket>> open) {
    Collection<Socket> sockets = open.get();
    Count now = sockets.isEmpty()
        ? null
        : new Count(
            sockets.size(), (int) sockets.stream().filter(s -> !s.idle()).count());
    Count before = now == null ? local.remove(personId) : local.put(personId, now);
    if (!java.util.Objects.equals(before, now)) {
      bus.publish(new ClusterBus.Presence(
          node, personId, now == null ? 0 : now.sockets(), now == null ? 0 : now.active()));
    }
  }

  /** Replaces the people a socket watches (at most {@link #MAX_WATCHED}; the rest are ignored). */
  void watch(Socket socket, Collection<UUID> people) {
    unwatch(socket);
    Set<UUID> wanted =
        people.stream().limit(MAX_WATCHED).collect(java.util.stream.Collectors.toSet());
    socket.watching(wanted);
    wanted.forEach(person ->
        watchers.computeIfAbsent(person, p -> ConcurrentHashMap.newKeySet()).add(socket));
    // where they stand now; changes follow as they happen
    wanted.forEach(person -> socket.offer(signal(person, connection(person))));
  }

  void unwatch(Socket socket) {
    for (UUID person : socket.watching()) {
      watchers.computeIfPresent(person, (p, set) -> {
        set.remove(socket);
        return set.isEmpty() ? null : set;
      });
    }
    socket.watching(Set.of());
  }

  private void receive(ClusterBus.Message message) {
    switch (message) {
      case ClusterBus.Presence p -> {
        heardAt.put(p.node(), System.nanoTime());
        Connection before = connection(p.personId());
        counts.compute(p.personId(), (person, byNode) -> {
          Map<String, Count> next = byNode == null ? new ConcurrentHashMap<>() : byNode;
          if (p.sockets() <= 0) {
            next.remove(p.node());
          } else {
            next.put(p.node(), new Count(p.sockets(), p.active()));
          }
          return next.isEmpty() ? null : next;
        });
        announceIfChanged(p.personId(), before);
      }
      case ClusterBus.PresenceSync sync -> {
        heardAt.put(sync.node(), System.nanoTime());
        if (!sync.node().equals(node)) {
          synchronized (this) {
            local.forEach((person, c) ->
                bus.publish(new ClusterBus.Presence(node, person, c.sockets(), c.active())));
          }
        }
      }
      case ClusterBus.NodeAlive alive -> heardAt.put(alive.node(), System.nanoTime());
      case ClusterBus.ToWatchers toWatchers -> {
        Set<Socket> watching = watchers.get(toWatchers.personId());
        if (watching != null) {
          Outgoing frame = new Outgoing(toWatchers.frame());
          watching.forEach(s -> s.offer(frame));
        }
      }
      default -> {}
    }
  }

  private void beat() {
    try {
      bus.publish(new ClusterBus.NodeAlive(node));
      long now = System.nanoTime();
      heardAt.forEach((other, at) -> {
        if (!other.equals(node) && now - at > GONE.toNanos()) {
          heardAt.remove(other);
          forget(other);
        }
      });
    } catch (RuntimeException e) {
      org.slf4j.LoggerFactory.getLogger(PresenceTracker.class)
          .warn("Presence heartbeat failed: {}", e.toString());
    }
  }

  /** Drops a node that stopped beating: its sockets are gone with it. */
  private void forget(String gone) {
    Map<UUID, Connection> before = new HashMap<>();
    counts.forEach((person, byNode) -> {
      if (byNode.containsKey(gone)) {
        before.put(person, connection(person));
        counts.computeIfPresent(person, (p, m) -> {
          m.remove(gone);
          return m.isEmpty() ? null : m;
        });
      }
    });
    before.forEach(this::announceIfChanged);
  }

  private void announceIfChanged(UUID personId, Connection before) {
    Connection after = connection(personId);
    Set<Socket> watching = watchers.get(personId);
    if (after != before && watching != null) {
      Outgoing frame = new Outgoing(signal(personId, after));
      watching.forEach(s -> s.offer(frame));
    }
  }

  /** {@code {"type":"signal","kind":"presence","payload":{"personId":…,"connection":"ONLINE"}}} */
  Frame signal(UUID personId, Connection connection) {
    var payload = json.createObjectNode();
    payload.put("personId", personId.toString());
    payload.put("connection", connection.name());
    return new Frame.Signal("presence", payload);
  }
}
