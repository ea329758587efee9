package dev.atrium.chat.internal;

import dev.atrium.chat.Channel;
import dev.atrium.chat.StreamEntry;
import dev.atrium.chat.StreamEntryAppended;
import dev.atrium.realtime.CatchUp;
import dev.atrium.realtime.Frame;
import dev.atrium.realtime.RealtimeGateway;
import dev.atrium.realtime.TypingAudience;
import dev.atrium.chat.ChannelViewChanged;
import tools.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import dev.atrium.shared.AfterCommit;
import org.springframework.context.event.EventListener;

/**
 * Chat's adapter to {@code realtime}: pushes each stream entry to the channel's members after
 * commit, and answers a socket's catch-up from the stream.
 *
 * <p>Two writers of one channel commit in position order (they serialise on the channel row), but
 * their after-commit hooks run on their own threads and may swap. So entries leave this node in
 * position order per channel: an entry that overtook its predecessor first sends the missing ones,
 * read from the stream (they are committed by then); the late predecessor is then dropped.
 */
@Component
class ChatRealtime implements CatchUp, TypingAudience {

  private static final int STRIPES = 64;

  private final RealtimeGateway gateway;
  private final ChannelsTable channels;
  private final MembersTable members;
  private final StreamTable streamRows;
  private final ChannelStream stream;
  private final ObjectMapper json;
  private final Map<UUID, Long> lastSent = new ConcurrentHashMap<>();
  private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

  ChatRealtime(RealtimeGateway gateway, ChannelsTable channels, MembersTable members, StreamTable streamRows,
               ChannelStream stream, ObjectMapper json) {
    this.gateway = gateway;
    this.json = json;
    this.channels = channels;
    this.members = members;
    this.streamRows = streamRows;
    this.stream = stream;
    for (int i = 0; i < STRIPES; i++) {
      locks[i] = new ReentrantLock();
    }
  }

  /** Pushes after the writer's commit; a client that misses a push catches up from the stream. */
  @EventListener
  void push(StreamEntryAppended event) {
    AfterCommit.run(() -> deliver(event));
  }

  /**
   * A change only one person sees (their read cursor, their star) goes to that person's sockets as
   * a {@code channel.state} signal, so their other tabs and devices follow. It is not on the
   * channel's stream (that is shared with every member); a client that was away refetches its
   * channel list after {@code ready}, which carries the same state.
   */
  @EventListener
  void push(ChannelViewChanged event) {
    Frame frame = new Frame.Signal("channel.state", json.valueToTree(event.channel()));
    AfterCommit.run(() -> gateway.send(List.of(event.personId()), frame));
  }

  /** The channel's other members hear that a member is typing; a non-member's typing goes nowhere. */
  @Override
  public Collection<UUID> typingAudience(UUID personId, UUID channelId) {
    if (members.role(channelId, personId).isEmpty()) {
      return List.of();
    }
    List<UUID> others = new ArrayList<>(members.of(channelId));
    others.remove(personId);
    return others;
  }

  private void deliver(StreamEntryAppended event) {
    StreamEntry entry = event.entry();
    ReentrantLock lock = locks[Math.floorMod(entry.channelId().hashCode(), STRIPES)];
    lock.lock();
    try {
      Long last = lastSent.get(entry.channelId());
      if (last != null && entry.seq() <= last) {
        return;
      }
      if (last != null && entry.seq() > last + 1 && entry.seq() - last <= MAX_MISSED) {
        Collection<UUID> current = members.of(entry.channelId());
        for (StreamEntry missing : streamRows.between(entry.channelId(), last, entry.seq() - 1, MAX_MISSED)) {
          gateway.send(current, frame(missing));
        }
      }
      gateway.send(event.recipients(), frame(entry));
      lastSent.put(entry.channelId(), entry.seq());
    } finally {
      lock.unlock();
    }
  }

  @Override
  @Transactional(readOnly = true)
  public List<Frame> missed(UUID personId, Map<UUID, Long> cursors) {
    List<Frame> frames = new ArrayList<>();
    for (Channel channel : channels.of(personId)) {
      Long cursor = cursors.get(channel.id());
      var entries = cursor == null ? java.util.Optional.<List<StreamEntry>>empty()
          : stream.since(channel.id(), cursor, channel.lastSeq());
      if (entries.isEmpty()) {
        frames.add(new Frame.Reset(channel.id()));
      } else {
        entries.get().forEach(e -> frames.add(frame(e)));
      }
    }
    return frames;
  }

  private static Frame frame(StreamEntry entry) {
    return new Frame.Event(entry.channelId(), entry.seq(), entry.kind(), entry.at(), entry.payload());
  }
}
