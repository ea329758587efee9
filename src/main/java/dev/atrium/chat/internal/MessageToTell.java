package dev.atrium.chat.internal;

import dev.atrium.chat.ChannelKind;
import dev.atrium.chat.Message;
import java.util.UUID;

/**
 * A message was just posted that may ask for someone (a mention, @all, a thread reply, a direct or
 * group message): the only messages whose notices go through the event publication registry. A
 * plain channel message, the hot path, pays no publication (ADR 0008 measured ≈22 % of a post's
 * CPU in the registry) and no query: {@link #mayAsk} decides from the message and its channel's
 * kind, which the poster already holds.
 */
public record MessageToTell(UUID messageId) {

  /** Whether a new message in a channel of this kind may ask for someone, and so needs telling. */
  public static boolean mayAsk(ChannelKind kind, Message message) {
    return kind == ChannelKind.DIRECT
        || kind == ChannelKind.GROUP
        || message.threadRootId() != null
        || message.mentions().all()
        || !message.mentions().people().isEmpty();
  }
}
