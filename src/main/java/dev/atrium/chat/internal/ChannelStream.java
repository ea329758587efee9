package dev.atrium.chat.internal;

import dev.atrium.chat.StreamEntry;
import dev.atrium.chat.StreamEntryAppended;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongFunction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * The one write path of a channel's stream: takes the next position (locking the channel row
 * until commit), stores the entry, and publishes {@link StreamEntryAppended} for after-commit push.
 * Must run inside the writer's transaction.
 */
@Component
public class ChannelStream {

  /** At most this many missed entries are replayed; further behind, the client reloads. */
  public static final int MAX_MISSED = dev.atrium.realtime.CatchUp.MAX_MISSED;

  private final ChannelsTable channels;
  private final StreamTable stream;
  private final ApplicationEventPublisher events;
  private final ObjectMapper json;

  ChannelStream(ChannelsTable channels, StreamTable stream, ApplicationEventPublisher events, ObjectMapper json) {
    this.channels = channels;
    this.stream = stream;
    this.events = events;
    this.json = json;
  }

  /** Appends an entry whose payload may depend on its position (a new message's seq is its position). */
  public StreamEntry append(UUID channelId, String kind, Instant at, Collection<UUID> recipients, LongFunction<Object> payload) {
    long seq = channels.nextSeq(channelId);
    StreamEntry entry = new StreamEntry(channelId, seq, kind, at, json.valueToTree(payload.apply(seq)));
    stream.insert(entry);
    events.publishEvent(new StreamEntryAppended(entry, Set.copyOf(recipients)));
    return entry;
  }

  /**
   * Appends an entry to a channel this transaction locked with {@link ChannelsTable#lockAsMember}, at
   * the position after the one read with the lock (once per lock), to the channel's members: one
   * statement takes the position, stores the entry and reads the members, which the other
   * {@code append} takes three for (a post's hot path, measured with bench/chat-load.sh).
   */
  public StreamEntry append(ChannelsTable.Locked channel, String kind, Instant at, LongFunction<Object> payload) {
    long seq = channel.lastSeq() + 1;
    StreamEntry entry = new StreamEntry(channel.id(), seq, kind, at, json.valueToTree(payload.apply(seq)));
    List<UUID> recipients = stream.insertAtLocked(entry);
    events.publishEvent(new StreamEntryAppended(entry, Set.copyOf(recipients)));
    return entry;
  }

  /**
   * The entries after {@code cursor} up to {@code lastSeq}, or empty when the client must reload:
   * the cursor is negative, ahead of the stream, or more than {@link #MAX_MISSED} behind.
   */
  public Optional<List<StreamEntry>> since(UUID channelId, long cursor, long lastSeq) {
    if (cursor < 0 || cursor > lastSeq || lastSeq - cursor > MAX_MISSED) {
      return Optional.empty();
    }
    return Optional.of(stream.between(channelId, cursor, lastSeq, MAX_MISSED));
  }
}
