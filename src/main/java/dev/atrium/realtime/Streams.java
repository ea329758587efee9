package dev.atrium.realtime;

import dev.atrium.realtime.internal.StreamPush;
import dev.atrium.realtime.internal.StreamsTable;
import dev.atrium.shared.AfterCommit;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongFunction;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one write path of every stream (docs/realtime.md, "Streams"): stores an entry at a resource's
 * next position in the caller's transaction, and after commit pushes it to the recipients the caller
 * chose, in position order per resource. A resource's position is its newest entry; its writers
 * serialise until commit either on realtime's lock ({@link #append}) or on a row of their owner's
 * that already orders them ({@link #appendAt}: chat's channel row).
 */
@Service
public class Streams {

  /** At most this many missed entries are replayed; further behind, the client reloads the resource. */
  public static final int MAX_MISSED = 1_000;

  private final StreamsTable table;
  private final StreamPush push;
  private final ObjectMapper json;

  Streams(StreamsTable table, StreamPush push, ObjectMapper json) {
    this.table = table;
    this.push = push;
    this.json = json;
  }

  /**
   * Appends the event {@code event.apply(seq)} at the resource's next position (an event may carry its
   * own position: a new message's seq is where it stands), taking realtime's lock on the resource
   * until commit so its writers never share or skip a position. Must run inside the writer's
   * transaction.
   */
  public <E> StreamEntry append(
      StreamKind<E> kind,
      UUID resourceId,
      Instant at,
      Collection<UUID> recipients,
      LongFunction<? extends E> event) {
    requireTransaction();
    table.lock(resourceId);
    long seq = table.last(resourceId) + 1;
    return store(kind, resourceId, seq, at, recipients, event.apply(seq));
  }

  /**
   * Appends the event at {@code seq}, which the owner vouches is the resource's next position: for an
   * owner that already serialises the resource's writers on a row of its own until commit and keeps
   * the position there (chat's {@code chat.channel.last_seq}), one statement and no second lock. Any
   * other {@code seq} is refused with nothing stored, so the owner's position and the stream's can
   * never part. Must run inside the writer's transaction.
   */
  public <E> StreamEntry appendAt(
      StreamKind<E> kind,
      UUID resourceId,
      long seq,
      Instant at,
      Collection<UUID> recipients,
      E event) {
    requireTransaction();
    return store(kind, resourceId, seq, at, recipients, event);
  }

  /** The entries after {@code after}, or a reset when that cursor cannot be caught up from. */
  public StreamPage page(StreamKind<?> kind, UUID resourceId, long after) {
    long last = table.heads(Set.of(resourceId)).getOrDefault(resourceId, 0L);
    if (!StreamsTable.reachable(after, last)) {
      return new StreamPage(List.of(), last, true);
    }
    return new StreamPage(table.between(kind.name(), resourceId, after, last), last, false);
  }

  private <E> StreamEntry store(
      StreamKind<E> kind,
      UUID resourceId,
      long seq,
      Instant at,
      Collection<UUID> recipients,
      E event) {
    StreamEntry entry = new StreamEntry(kind.name(), resourceId, seq, at, tree(kind, event));
    if (!table.insertNext(entry)) {
      throw new IllegalStateException(
          "Stream " + kind.name() + " " + resourceId + " is not at position " + (seq - 1));
    }
    Set<UUID> to = Set.copyOf(recipients);
    AfterCommit.run(() -> push.deliver(kind, entry, to));
    return entry;
  }

  private static void requireTransaction() {
    if (!TransactionSynchronizationManager.isActualTransactionActive()) {
      throw new IllegalStateException("A stream entry is appended in the writer's transaction");
    }
  }

  /** The event as its JSON: the record's components and its name as {@code kind}, checked against the kind. */
  private <E> JsonNode tree(StreamKind<E> kind, E event) {
    if (Streams.class.desiredAssertionStatus()) {
      // tests run with assertions: an event that does not match its schema is refused where it is
      // made
      EventSchema.check(kind, event);
    }
    ObjectNode node = json.createObjectNode();
    node.put("kind", EventSchema.name(event.getClass()));
    node.setAll((ObjectNode) json.valueToTree(event));
    return node;
  }
}
