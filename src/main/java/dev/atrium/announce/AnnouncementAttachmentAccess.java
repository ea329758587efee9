package dev.atrium.announce;

import dev.atrium.access.Subject;
import dev.atrium.files.FileReadPolicy;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** A file hung on an announcement (its cover, attachments, images) is readable by whoever may see the announcement. */
@Component
class AnnouncementAttachmentAccess implements FileReadPolicy {

  private final Readers readers;

  AnnouncementAttachmentAccess(Readers readers) {
    this.readers = readers;
  }

  @Override
  public String ownerKind() {
    return Announcements.FILE_OWNER;
  }

  @Override
  public boolean mayRead(Subject subject, UUID announcementId) {
    return readers.mayRead(subject, announcementId);
  }
}
