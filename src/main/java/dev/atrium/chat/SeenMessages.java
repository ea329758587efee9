package dev.atrium.chat;

import dev.atrium.access.Subject;
import dev.atrium.chat.internal.ChannelsTable;
import dev.atrium.chat.internal.MessagesTable;
import dev.atrium.shared.DomainException;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Finds a message for someone: a message in a channel they may not see answers 404 as if it did
 * not exist. For a change, also that they are in the channel and it is not archived, with the
 * channel locked so changes of one channel's messages serialise with its stream.
 */
@Component
class SeenMessages {

  private final Channels channels;
  private final ChannelsTable channelRows;
  private final MessagesTable messages;

  SeenMessages(Channels channels, ChannelsTable channelRows, MessagesTable messages) {
    this.channels = channels;
    this.channelRows = channelRows;
    this.messages = messages;
  }

  Message visible(Subject subject, UUID messageId) {
    Message message = messages.find(messageId).orElseThrow(SeenMessages::notFound);
    try {
      channels.visible(subject, message.channelId());
    } catch (DomainException hidden) {
      throw notFound();
    }
    return message;
  }

  /** The message as it is once its channel is locked, if the subject may change things in that channel. */
  Message forChange(Subject subject, UUID messageId) {
    Message message = visible(subject, messageId);
    Channel channel = channels.member(subject, message.channelId());
    if (channel.archived()) {
      throw DomainException.conflict("chat.channel-archived", "This channel is archived.");
    }
    channelRows.lock(channel.id());
    return messages.find(messageId).orElseThrow();
  }

  /** A deleted message can be neither changed nor replied to, quoted, pinned or forwarded. */
  static void refuseDeleted(Message message) {
    if (message.deletedAt() != null) {
      throw DomainException.conflict("chat.message-deleted", "This message was deleted.");
    }
  }

  static DomainException notFound() {
    return DomainException.notFound("chat.message-not-found", "No such message.");
  }
}
