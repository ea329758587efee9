package dev.atrium.chat;

import dev.atrium.access.Subject;
import dev.atrium.chat.internal.MessagesTable;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading threads. A reply is posted like any message, with {@code threadRootId}
 * ({@link Messages#post}); it takes a position in the channel's stream, and its root counts it.
 */
@Service
public class Threads {

  /** A thread shows at most this many replies. */
  public static final int MAX_REPLIES = 1_000;

  private final SeenMessages seen;
  private final MessagesTable messages;

  Threads(SeenMessages seen, MessagesTable messages) {
    this.seen = seen;
    this.messages = messages;
  }

  /** The thread of a message: of the root itself, or of the root a reply belongs to. */
  @Transactional(readOnly = true)
  public ThreadView thread(Subject subject, UUID messageId) {
    Message message = seen.visible(subject, messageId);
    Message root = message.threadRootId() == null
        ? message
        : messages.find(message.threadRootId()).orElseThrow();
    return new ThreadView(root, messages.replies(root.id(), MAX_REPLIES));
  }
}
