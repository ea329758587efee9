package dev.atrium.chat;

import dev.atrium.access.Subject;
import dev.atrium.chat.internal.MessagesTable;
import dev.atrium.files.FileReadPolicy;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** A file attached to a message is readable by whoever may see the message's channel, until the message is deleted. */
@Component
class MessageAttachmentAccess implements FileReadPolicy {

  static final String OWNER_KIND = "chat.message";

  private final MessagesTable messages;
  private final Channels channels;

  MessageAttachmentAccess(MessagesTable messages, Channels channels) {
    this.messages = messages;
    this.channels = channels;
  }

  @Override
  public String ownerKind() {
    return OWNER_KIND;
  }

  @Override
  public boolean mayRead(Subject subject, UUID messageId) {
    return messages
        .find(messageId)
        .filter(m -> m.deletedAt() == null)
        .flatMap(m -> channels.visibleOrEmpty(subject, m.channelId()))
        .isPresent();
  }
}
