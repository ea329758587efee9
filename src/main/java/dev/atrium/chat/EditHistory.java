package dev.atrium.chat;

import dev.atrium.access.Subject;
import dev.atrium.chat.internal.VersionsTable;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The earlier versions of an edited message, for whoever may see it; deleting a message removes them. */
@Service
public class EditHistory {

  private final SeenMessages seen;
  private final VersionsTable versions;

  EditHistory(SeenMessages seen, VersionsTable versions) {
    this.seen = seen;
    this.versions = versions;
  }

  /** Oldest first; the current body is the message's own. */
  @Transactional(readOnly = true)
  public List<MessageVersion> versions(Subject subject, UUID messageId) {
    seen.visible(subject, messageId);
    return versions.of(messageId);
  }
}
