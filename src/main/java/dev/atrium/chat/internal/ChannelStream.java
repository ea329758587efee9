package dev.atrium.chat.internal;

import dev.atrium.chat.ChatStreamEvent;
import dev.atrium.realtime.StreamEntry;
import dev.atrium.realtime.StreamKind;
import dev.atrium.realtime.StreamPage;
import dev.atrium.realtime.Streams;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.LongFunction;
import org.springframework.stereotype.Component;

/**
 * The one write path of a channel's stream: locks the channel row and moves its {@code last_seq}
 * (chat's own copy of the position, which its listings count unread from), then appends through
 * {@code realtime}'s {@link Streams}, which pushes after commit. Must run inside the writer's
 * transaction. The channel row is always locked before the stream's head, so chat's writers take
 * the two locks in one order and cannot deadlock.
 */
@Component
public class ChannelStream {

  private final ChannelsTable channels;
  private final Streams streams;
  private final StreamKind<ChatStreamEvent> kind;

  ChannelStream(ChannelsTable channels, Streams streams, StreamKind<ChatStreamEvent> kind) {
    this.channels = channels;
    this.streams = streams;
    this.kind = kind;
  }

  /** Appends an event whose content may depend on its position (a new message's seq is its position). */
  public StreamEntry append(
      UUID channelId,
      Instant at,
      Collection<UUID> recipients,
      LongFunction<ChatStreamEvent> event) {
    return checked(
        channels.nextSeq(channelId), streams.append(kind, channelId, at, recipients, event));
  }

  /**
   * Appends an event to a channel this transaction locked with {@link ChannelsTable#lockAsMember}, at
   * the position after the one read with the lock (once per lock), to the channel's members: one
   * statement moves the position and reads the members (a post's hot path, bench/chat-load.sh).
   */
  public StreamEntry append(
      ChannelsTable.Locked channel, Instant at, LongFunction<ChatStreamEvent> event) {
    List<UUID> recipients = channels.advanceLocked(channel);
    return checked(
        channel.lastSeq() + 1, streams.append(kind, channel.id(), at, recipients, event));
  }

  /** The entries after {@code cursor}, or a reset: see {@link Streams#page}. */
  public StreamPage since(UUID channelId, long cursor) {
    return streams.page(kind, channelId, cursor);
  }

  /** Chat's position and the stream's move together; apart, a client would count unread wrongly. */
  private static StreamEntry checked(long chatSeq, StreamEntry entry) {
    if (entry.seq() != chatSeq) {
      throw new IllegalStateException("Channel " + entry.resourceId() + " is at " + chatSeq
          + " but its stream at " + entry.seq());
    }
    return entry;
  }
}
