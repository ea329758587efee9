package dev.atrium.chat;

import dev.atrium.access.Subject;
import dev.atrium.chat.internal.ChannelStream;
import dev.atrium.chat.internal.MembersTable;
import dev.atrium.chat.internal.MessagesTable;
import dev.atrium.shared.DomainException;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Emoji reactions. Adding one twice or removing one that is not there changes nothing and appends
 * nothing; every real change is one {@code message.reactions} entry carrying the whole message, so
 * replaying entries in order yields exactly the reactions a refetch shows.
 */
@Service
public class Reactions {

  private final SeenMessages seen;
  private final MessagesTable messages;
  private final MembersTable members;
  private final ChannelStream stream;
  private final Channels channels;

  Reactions(
      SeenMessages seen,
      MessagesTable messages,
      MembersTable members,
      ChannelStream stream,
      Channels channels) {
    this.seen = seen;
    this.messages = messages;
    this.members = members;
    this.stream = stream;
    this.channels = channels;
  }

  @Transactional
  public Message add(Subject subject, UUID messageId, String emoji) {
    Message message = reactable(subject, messageId, emoji);
    var now = channels.now();
    return messages.react(messageId, subject.personId(), emoji, now)
        ? changed(message, now)
        : message;
  }

  @Transactional
  public Message remove(Subject subject, UUID messageId, String emoji) {
    Message message = reactable(subject, messageId, emoji);
    return messages.unreact(messageId, subject.personId(), emoji)
        ? changed(message, channels.now())
        : message;
  }

  private Message reactable(Subject subject, UUID messageId, String emoji) {
    checkEmoji(emoji);
    Message message = seen.forChange(subject, messageId);
    SeenMessages.refuseDeleted(message);
    return message;
  }

  private Message changed(Message before, java.time.Instant at) {
    Message now = messages.find(before.id()).orElseThrow();
    stream.append(
        before.channelId(),
        at,
        members.of(before.channelId()),
        seq -> new ChatStreamEvent.ReactionsChanged(now));
    return now;
  }

  /** An emoji is a short run of pictographs: no letters, digits, spaces or markup. */
  static void checkEmoji(String emoji) {
    boolean ok = !emoji.isEmpty()
        && emoji.length() <= 16
        && emoji
            .codePoints()
            .allMatch(cp -> cp == 0x200D
                || (cp >= 0xFE00 && cp <= 0xFE0F)
                || (cp >= 0x1F3FB && cp <= 0x1F3FF)
                || cp == 0x20E3
                || (cp > 0x7F
                    && (Character.getType(cp) == Character.OTHER_SYMBOL
                        || Character.getType(cp) == Character.MATH_SYMBOL)));
    if (!ok) {
      throw DomainException.badRequest("chat.reaction-invalid", "A reaction is one emoji.");
    }
  }
}
