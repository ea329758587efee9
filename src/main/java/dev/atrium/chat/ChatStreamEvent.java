package dev.atrium.chat;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.UUID;

/**
 * What a channel's stream carries (stream kind {@code chat.channel}): one record per kind of entry,
 * named on the wire by its {@code kind}. A message entry carries the whole message as it now is, so a
 * client applies it by replacing the message with that id (docs/realtime.md, "Channel streams").
 */
public sealed interface ChatStreamEvent {

  /** A new message; its {@code seq} is the entry's position. */
  @JsonTypeName("message.posted")
  record MessagePosted(Message message) implements ChatStreamEvent {}

  /** The message with its new body and {@code editedAt}; its earlier body is kept as a version. */
  @JsonTypeName("message.edited")
  record MessageEdited(Message message) implements ChatStreamEvent {}

  /** The message is a tombstone now: empty body, no attachments, reactions or pin; its quotes show it deleted. */
  @JsonTypeName("message.deleted")
  record MessageDeleted(Message message) implements ChatStreamEvent {}

  /** The message with its whole new list of reactions (not a delta). */
  @JsonTypeName("message.reactions")
  record ReactionsChanged(Message message) implements ChatStreamEvent {}

  /** The message with its {@code pin}. */
  @JsonTypeName("message.pinned")
  record MessagePinned(Message message) implements ChatStreamEvent {}

  /** The message without its pin. */
  @JsonTypeName("message.unpinned")
  record MessageUnpinned(Message message) implements ChatStreamEvent {}

  /** Sent to the new member too, so their other devices list the channel. */
  @JsonTypeName("member.joined")
  record MemberJoined(UUID personId) implements ChatStreamEvent {}

  /** Sent to the member who left too, as the last entry they get of the channel. */
  @JsonTypeName("member.left")
  record MemberLeft(UUID personId) implements ChatStreamEvent {}

  /** A member's role changed. */
  @JsonTypeName("member.updated")
  record MemberUpdated(UUID personId, ChannelRole role) implements ChatStreamEvent {}

  /** The channel's settings as they now are (a department channel's creation is one of these too). */
  @JsonTypeName("channel.updated")
  record ChannelUpdated(ChannelSettings settings) implements ChatStreamEvent {}

  /** A member's read cursor moved; direct and group conversations only ({@code Messages.keepsReceipts}). */
  @JsonTypeName("read.moved")
  record ReadMoved(UUID personId, long readSeq) implements ChatStreamEvent {}

  /**
   * The object a card in this channel links to ({@code link}, a web client path) changed: fetch its
   * card again. Says nothing of what changed, as each member may see a different card or none.
   */
  @JsonTypeName("card.changed")
  record CardChanged(String link) implements ChatStreamEvent {}
}
