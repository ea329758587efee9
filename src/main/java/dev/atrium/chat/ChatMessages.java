package dev.atrium.chat;

import dev.atrium.access.Subject;
import dev.atrium.chat.internal.MessagesTable;
import java.util.Optional;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Messages as other modules link to them (named interface {@code chat::messages}, ADR 0010): a
 * task made from a message reads it through here, and follows {@link MessageRevised} to learn that
 * it was edited or deleted. Nothing here writes.
 */
@NamedInterface("messages")
@Service
public class ChatMessages {

  private final Channels channels;
  private final MessagesTable messages;

  ChatMessages(Channels channels, MessagesTable messages) {
    this.channels = channels;
    this.messages = messages;
  }

  /**
   * The message at {@code seq} of a channel, if the subject may read it (they may see the channel,
   * as its history is read) and it is not deleted; else empty, whether it exists or not.
   */
  @Transactional(readOnly = true)
  public Optional<LinkedMessage> readable(Subject subject, UUID channelId, long seq) {
    return channels
        .visibleOrEmpty(subject, channelId)
        .flatMap(channel -> messages.bySeq(channelId, seq))
        .filter(message -> message.deletedAt() == null)
        .map(ChatMessages::linked);
  }

  /** The message as it now is, for whoever already holds a link to it (no access check). */
  @Transactional(readOnly = true)
  public Optional<LinkedMessage> find(UUID messageId) {
    return messages.find(messageId).map(ChatMessages::linked);
  }

  private static LinkedMessage linked(Message message) {
    String body = message.deletedAt() == null ? message.body().strip() : "";
    String excerpt = body.codePointCount(0, body.length()) <= Unfurls.EXCERPT
        ? body
        : body.substring(0, body.offsetByCodePoints(0, Unfurls.EXCERPT)) + "…";
    return new LinkedMessage(
        message.id(),
        message.channelId(),
        message.seq(),
        message.authorId(),
        excerpt,
        message.threadRootId(),
        message.createdAt(),
        message.editedAt() != null,
        message.deletedAt() != null);
  }
}
