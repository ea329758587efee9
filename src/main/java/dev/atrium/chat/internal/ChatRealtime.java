package dev.atrium.chat.internal;

import dev.atrium.chat.ChannelViewChanged;
import dev.atrium.realtime.Frame;
import dev.atrium.realtime.RealtimeGateway;
import dev.atrium.realtime.StreamAudience;
import dev.atrium.realtime.TypingAudience;
import dev.atrium.shared.AfterCommit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Chat's adapter to {@code realtime}: who hears a channel's stream and its typing (its members), and
 * the per-person {@code channel.state} signal. The stream itself (order, catch-up, reset) is
 * {@code realtime.Streams}'.
 */
@Component
class ChatRealtime implements StreamAudience, TypingAudience {

  private final RealtimeGateway gateway;
  private final ChannelsTable channels;
  private final MembersTable members;
  private final ObjectMapper json;

  ChatRealtime(
      RealtimeGateway gateway, ChannelsTable channels, MembersTable members, ObjectMapper json) {
    this.gateway = gateway;
    this.channels = channels;
    this.members = members;
    this.json = json;
  }

  @Override
  public Collection<UUID> followedBy(UUID personId) {
    return channels.idsOf(personId);
  }

  @Override
  public Collection<UUID> audience(UUID channelId) {
    return members.of(channelId);
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
}
