package dev.atrium.announce;

import dev.atrium.announce.internal.AnnouncementRow;
import dev.atrium.announce.internal.Receipt;
import java.time.Instant;
import java.util.EnumSet;
import org.jspecify.annotations.Nullable;

/**
 * An announcement as one person may see it: the row, their receipt when they are a recipient, and
 * in which capacity they see it. Who sees what: its author always; recipients while it is
 * published; reviewers while it waits for approval; system administrators (who audit) once it has
 * left its author's desk, withdrawn ones included.
 */
record Seen(
    AnnouncementRow row,
    @Nullable Receipt receipt,
    boolean author,
    boolean admin,
    boolean reviewer) {

  private static final EnumSet<AnnouncementState> AUDITED = EnumSet.of(
      AnnouncementState.PENDING_APPROVAL,
      AnnouncementState.SCHEDULED,
      AnnouncementState.PUBLISHED,
      AnnouncementState.WITHDRAWN);

  boolean visible() {
    AnnouncementState state = row.state();
    return author
        || recipient()
        || reviewer && state == AnnouncementState.PENDING_APPROVAL
        || admin && AUDITED.contains(state);
  }

  /** Delivered to them and still published. */
  boolean recipient() {
    return receipt != null && row.state() == AnnouncementState.PUBLISHED;
  }

  boolean needsConfirmation() {
    return recipient()
        && row.mustRead()
        && receipt != null
        && (receipt.confirmedVersion() == null
            || receipt.confirmedVersion() < row.requiredVersion());
  }

  boolean updatedSinceOpened() {
    return receipt != null
        && receipt.openedAt() != null
        && row.correctedAt() != null
        && row.correctedAt().isAfter(receipt.openedAt());
  }

  AnnouncementCapabilities capabilities(Instant now) {
    AnnouncementState state = row.state();
    boolean draft = state == AnnouncementState.DRAFT || state == AnnouncementState.RETURNED;
    boolean published = state == AnnouncementState.PUBLISHED;
    boolean discussing = published && (recipient() || author);
    return new AnnouncementCapabilities(
        author && (draft || state == AnnouncementState.SCHEDULED || published),
        author && (draft || state == AnnouncementState.SCHEDULED),
        (author || admin)
            && (published
                || state == AnnouncementState.SCHEDULED
                || state == AnnouncementState.PENDING_APPROVAL),
        author && draft,
        reviewer && state == AnnouncementState.PENDING_APPROVAL,
        (author || admin) && (published || state == AnnouncementState.WITHDRAWN),
        discussing && row.commentsEnabled() && !row.expired(now),
        discussing && row.reactionsEnabled());
  }
}
