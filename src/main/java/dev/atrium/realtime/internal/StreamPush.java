package dev.atrium.realtime.internal;

import dev.atrium.realtime.Frame;
import dev.atrium.realtime.RealtimeGateway;
import dev.atrium.realtime.StreamEntry;
import dev.atrium.realtime.StreamKind;
import dev.atrium.realtime.Streams;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.stereotype.Component;

/**
 * Sends committed entries from this node in position order per resource. Two writers of one resource
 * commit in position order (they serialise on its head row), but their after-commit hooks run on
 * their own threads and may swap: an entry that overtook its predecessor first sends the missing
 * ones, read from the stream (committed by then), to the resource's audience; the late predecessor
 * is then dropped. The first entry of a resource after a start cannot know its predecessor was
 * sent, which is why a client fetches the stream when it sees a live seq more than one above its cursor.
 */
@Component
public class StreamPush {

  private static final int STRIPES = 64;

  private final RealtimeGateway gateway;
  private final StreamsTable table;
  private final Map<UUID, Long> lastSent = new ConcurrentHashMap<>();
  private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

  StreamPush(RealtimeGateway gateway, StreamsTable table) {
    this.gateway = gateway;
    this.table = table;
    for (int i = 0; i < STRIPES; i++) {
      locks[i] = new ReentrantLock();
    }
  }

  public void deliver(StreamKind<?> kind, StreamEntry entry, Set<UUID> recipients) {
    ReentrantLock lock = locks[Math.floorMod(entry.resourceId().hashCode(), STRIPES)];
    lock.lock();
    try {
      Long last = lastSent.get(entry.resourceId());
      if (last != null && entry.seq() <= last) {
        return;
      }
      if (last != null && entry.seq() > last + 1 && entry.seq() - last <= Streams.MAX_MISSED) {
        Collection<UUID> audience = kind.audience().audience(entry.resourceId());
        for (StreamEntry missing :
            table.between(kind.name(), entry.resourceId(), last, entry.seq() - 1)) {
          gateway.send(audience, frame(missing));
        }
      }
      gateway.send(recipients, frame(entry));
      lastSent.put(entry.resourceId(), entry.seq());
    } finally {
      lock.unlock();
    }
  }

  static Frame frame(StreamEntry entry) {
    return new Frame.Event(
        entry.stream(), entry.resourceId(), entry.seq(), entry.at(), entry.event());
  }
}
