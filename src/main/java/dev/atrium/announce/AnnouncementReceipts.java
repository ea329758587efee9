package dev.atrium.announce;

import dev.atrium.access.Subject;
import dev.atrium.announce.internal.ReceiptsStream;
import dev.atrium.announce.internal.RecipientsTable;
import dev.atrium.shared.DomainException;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A recipient's receipts: opened (the first time and device are kept, whatever opens it later) and
 * confirmed (a must-read, once per required version: a correction that asks for it again makes an
 * older confirmation count no more).
 */
@Service
public class AnnouncementReceipts {

  private final Announcements announcements;
  private final RecipientsTable recipients;
  private final ReceiptsStream stream;

  AnnouncementReceipts(
      Announcements announcements, RecipientsTable recipients, ReceiptsStream stream) {
    this.announcements = announcements;
    this.recipients = recipients;
    this.stream = stream;
  }

  /** Notes that the reader opened it; for anyone else who may see it (its author) it changes nothing. */
  @Transactional
  public Announcement open(Subject subject, UUID id, OpenAnnouncement command) {
    Seen seen = announcements.seen(subject, id);
    if (seen.recipient()) {
      recipients.open(id, subject.personId(), command.device(), announcements.now());
      stream.changed(id);
    }
    return announcements.get(subject, id);
  }

  @Transactional
  public Announcement confirm(Subject subject, UUID id, OpenAnnouncement command) {
    Seen seen = announcements.seen(subject, id);
    if (!seen.recipient()) {
      throw DomainException.forbidden(
          "announce.not-a-recipient", "Only those it was sent to confirm an announcement.");
    }
    if (!seen.row().mustRead()) {
      throw DomainException.badRequest(
          "announce.not-must-read", "This announcement asks for no confirmation.");
    }
    recipients.confirm(
        id,
        subject.personId(),
        seen.row().requiredVersion(),
        command.device(),
        announcements.now());
    stream.changed(id);
    return announcements.get(subject, id);
  }
}
