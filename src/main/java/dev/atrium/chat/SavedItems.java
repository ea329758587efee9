package dev.atrium.chat;

import dev.atrium.access.Subject;
import dev.atrium.chat.internal.MessagesTable;
import dev.atrium.chat.internal.SavedTable;
import dev.atrium.shared.DomainException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's saved messages, across channels. Private: never on a channel's stream (a client
 * refetches its list after a change); a message whose channel one can no longer see drops out.
 */
@Service
public class SavedItems {

  private static final int MAX = 500;

  private final SeenMessages seen;
  private final Channels channels;
  private final MessagesTable messages;
  private final SavedTable saved;

  SavedItems(SeenMessages seen, Channels channels, MessagesTable messages, SavedTable saved) {
    this.seen = seen;
    this.channels = channels;
    this.messages = messages;
    this.saved = saved;
  }

  @Transactional
  public void save(Subject subject, UUID messageId) {
    seen.visible(subject, messageId);
    saved.save(subject.personId(), messageId, channels.now());
  }

  @Transactional
  public void remove(Subject subject, UUID messageId) {
    saved.remove(subject.personId(), messageId);
  }

  /** Newest first. */
  @Transactional(readOnly = true)
  public List<SavedItem> mine(Subject subject) {
    List<SavedItem> items = new ArrayList<>();
    for (SavedTable.Row row : saved.of(subject.personId(), MAX)) {
      messages
          .find(row.messageId())
          .filter(m -> canSee(subject, m.channelId()))
          .ifPresent(m -> items.add(new SavedItem(m, row.savedAt())));
    }
    return items;
  }

  private boolean canSee(Subject subject, UUID channelId) {
    try {
      channels.visible(subject, channelId);
      return true;
    } catch (DomainException hidden) {
      return false;
    }
  }
}
