package dev.atrium.chat;

import dev.atrium.access.Subject;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forwarding: a new message in a conversation the caller is in, with the original's text and where
 * it came from as it was then. A message one cannot see cannot be forwarded (404).
 */
@Service
public class Forwards {

  private final SeenMessages seen;
  private final Channels channels;
  private final Messages messages;

  Forwards(SeenMessages seen, Channels channels, Messages messages) {
    this.seen = seen;
    this.channels = channels;
    this.messages = messages;
  }

  @Transactional
  public PostedMessage forward(Subject subject, UUID messageId, ForwardMessage command) {
    Message source = seen.visible(subject, messageId);
    SeenMessages.refuseDeleted(source);
    Channel from = channels.visible(subject, source.channelId());
    var forwarded = new Message.Forwarded(
        source.id(),
        from.id(),
        from.kind() == ChannelKind.DIRECT ? null : from.name(),
        source.authorId());
    return messages.post(
        subject,
        command.channelId(),
        new PostMessage(command.clientMessageId(), source.body()),
        forwarded);
  }
}
