package dev.atrium.chat;

import dev.atrium.access.Subject;
import dev.atrium.chat.internal.ChannelStream;
import dev.atrium.chat.internal.MembersTable;
import dev.atrium.chat.internal.MessagesTable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pinned messages: any member pins or unpins; each change is a {@code message.pinned} or
 * {@code message.unpinned} entry carrying the whole message. Pinning twice changes nothing.
 */
@Service
public class Pins {

  private final SeenMessages seen;
  private final Channels channels;
  private final MessagesTable messages;
  private final MembersTable members;
  private final ChannelStream stream;

  Pins(
      SeenMessages seen,
      Channels channels,
      MessagesTable messages,
      MembersTable members,
      ChannelStream stream) {
    this.seen = seen;
    this.channels = channels;
    this.messages = messages;
    this.members = members;
    this.stream = stream;
  }

  @Transactional
  public Message pin(Subject subject, UUID messageId) {
    Message message = seen.forChange(subject, messageId);
    SeenMessages.refuseDeleted(message);
    if (message.pin() != null) {
      return message;
    }
    Instant now = channels.now();
    messages.pin(messageId, now, subject.personId());
    return changed(message, now, ChatStreamEvent.MessagePinned::new);
  }

  @Transactional
  public Message unpin(Subject subject, UUID messageId) {
    Message message = seen.forChange(subject, messageId);
    if (message.pin() == null) {
      return message;
    }
    messages.pin(messageId, null, null);
    return changed(message, channels.now(), ChatStreamEvent.MessageUnpinned::new);
  }

  /** The channel's pinned messages, most recently pinned first. */
  @Transactional(readOnly = true)
  public List<Message> pinned(Subject subject, UUID channelId) {
    channels.visible(subject, channelId);
    return messages.pinned(channelId);
  }

  private Message changed(Message before, Instant at, Function<Message, ChatStreamEvent> event) {
    Message now = messages.find(before.id()).orElseThrow();
    stream.append(before.channelId(), at, members.of(before.channelId()), seq -> event.apply(now));
    return now;
  }
}
