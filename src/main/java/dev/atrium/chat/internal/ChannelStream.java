package dev.atrium.chat.internal;

import dev.atrium.chat.ChatStreamEvent;
import dev.atrium.chat.ChatStreamEvent.MessagePosted;
import dev.atrium.chat.Message;
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
 * The one write path of a channel's stream. The channel row is the stream's lock and its
 * {@code last_seq} the stream's position (chat's listings count unread from it): a writer locks and
 * moves it, then hands that position to {@link Streams#appendAt}, which stores the entry in one
 * statement and refuses any position but the next, so the two can never part. Must run inside the
 * writer's transaction.
 */
@Component
public class ChannelStream {

  private final ChannelsTable channels;
  private final MessagesTable messages;
  private final Streams streams;
  private final StreamKind<ChatStreamEvent> kind;

  ChannelStream(
      ChannelsTable channels,
      MessagesTable messages,
      Streams streams,
      StreamKind<ChatStreamEvent> kind) {
    this.channels = channels;
    this.messages = messages;
    this.streams = streams;
    this.kind = kind;
  }

  /** Appends an event whose content may depend on its position (a new message's seq is its position). */
  public StreamEntry append(
      UUID channelId,
      Instant at,
      Collection<UUID> recipients,
      LongFunction<ChatStreamEvent> event) {
    long seq = channels.nextSeq(channelId);
    return streams.appendAt(kind, channelId, seq, at, recipients, event.apply(seq));
  }

  /**
   * Stores a new message in a channel this transaction locked with {@link ChannelsTable#lockAsMember},
   * at the position after the one read with the lock, with its {@code message.posted} entry to the
   * channel's members: one statement moves the position, stores the message and reads the members,
   * one stores the entry (a post's hot path, bench/chat-load.sh).
   */
  public StreamEntry post(ChannelsTable.Locked channel, Message message) {
    List<UUID> recipients = messages.insertAdvancing(channel, message);
    return streams.appendAt(
        kind,
        channel.id(),
        message.seq(),
        message.createdAt(),
        recipients,
        new MessagePosted(message));
  }

  /** The entries after {@code cursor}, or a reset: see {@link Streams#page}. */
  public StreamPage since(UUID channelId, long cursor) {
    return streams.page(kind, channelId, cursor);
  }
}
