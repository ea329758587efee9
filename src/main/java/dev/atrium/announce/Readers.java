package dev.atrium.announce;

import dev.atrium.access.Subject;
import dev.atrium.announce.internal.AnnouncementRow;
import dev.atrium.announce.internal.AnnouncementsTable;
import dev.atrium.announce.internal.RecipientsTable;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Decides who sees an announcement ({@link Seen}): one rule for opening it, its files, its link
 * cards and everything addressed to it. Depends on nothing that files depends on, so files' read
 * policy may ask it.
 */
@Component
class Readers {

  private final AnnouncementsTable table;
  private final RecipientsTable recipients;
  private final Authorities authorities;

  Readers(AnnouncementsTable table, RecipientsTable recipients, Authorities authorities) {
    this.table = table;
    this.recipients = recipients;
    this.authorities = authorities;
  }

  Seen seen(Subject subject, AnnouncementRow row) {
    return new Seen(
        row,
        recipients.of(row.id(), subject.personId()).orElse(null),
        row.authorId().equals(subject.personId()),
        authorities.systemAdmin(subject),
        authorities.reviewer(subject));
  }

  boolean mayRead(Subject subject, UUID id) {
    return table.find(id).map(row -> seen(subject, row).visible()).orElse(false);
  }
}
