package dev.atrium.mail;

import dev.atrium.access.Subject;
import dev.atrium.mail.internal.FoldersTable.FolderRow;
import dev.atrium.mail.internal.InvitationsTable;
import dev.atrium.mail.internal.RawMessages;
import dev.atrium.mail.internal.RemoteImages;
import dev.atrium.mail.internal.ThreadsTable;
import dev.atrium.mail.internal.ThreadsTable.MessageRow;
import dev.atrium.mail.internal.ThreadsTable.ThreadHead;
import dev.atrium.shared.DomainException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading mail: a folder's conversations page by page, a conversation, a message's raw form. */
@Service
public class MailThreads {

  static final int MAX_LIMIT = 100;
  private static final UUID LAST = new UUID(-1L, -1L);

  private final Mailboxes mailboxes;
  private final ThreadsTable threads;
  private final RawMessages raw;
  private final RemoteImages remoteImages;
  private final InvitationsTable invitations;

  MailThreads(
      Mailboxes mailboxes,
      ThreadsTable threads,
      RawMessages raw,
      RemoteImages remoteImages,
      InvitationsTable invitations) {
    this.invitations = invitations;
    this.mailboxes = mailboxes;
    this.threads = threads;
    this.raw = raw;
    this.remoteImages = remoteImages;
  }

  /**
   * A page of the folder's conversations, newest first; {@code before} is the {@code next} of the
   * page before (the newest message's time and the thread's id).
   */
  @Transactional(readOnly = true)
  public MailThreadPage threads(
      Subject subject, UUID folderId, @Nullable String before, int limit) {
    FolderRow folder = mailboxes.folderToRead(subject, folderId);
    int size = Math.clamp(limit, 1, MAX_LIMIT);
    Instant beforeAt = Instant.parse("9999-12-31T00:00:00Z");
    UUID beforeThread = LAST;
    if (before != null && !before.isBlank()) {
      try {
        int split = before.lastIndexOf('_');
        beforeAt = Instant.parse(before.substring(0, split));
        beforeThread = UUID.fromString(before.substring(split + 1));
      } catch (DateTimeParseException | IllegalArgumentException | IndexOutOfBoundsException e) {
        throw DomainException.badRequest("mail.bad-cursor", "This is not a page cursor.");
      }
    }
    List<ThreadHead> heads =
        threads.page(folder.mailboxId(), folderId, beforeAt, beforeThread, size + 1);
    List<ThreadHead> page = heads.subList(0, Math.min(size, heads.size()));
    List<UUID> ids = page.stream().map(ThreadHead::threadId).toList();
    List<MailThreadSummary> items = ids.isEmpty()
        ? List.of()
        : MailViews.summaries(ids, threads.inFolder(folder.mailboxId(), folderId, ids));
    String next =
        heads.size() > size ? page.getLast().lastAt() + "_" + page.getLast().threadId() : null;
    return new MailThreadPage(items, next);
  }

  /** A conversation's messages in the mailbox, oldest first. */
  @Transactional(readOnly = true)
  public MailThread thread(Subject subject, UUID mailboxId, UUID threadId) {
    mailboxes.readable(subject, mailboxId);
    List<MessageRow> rows = threads.thread(mailboxId, threadId);
    if (rows.isEmpty()) {
      throw Mailboxes.notFound();
    }
    return new MailThread(
        threadId,
        rows.getFirst().subject(),
        rows.stream()
            .map(m -> MailViews.message(
                m, threads.attachments(m.contentId()), MailInvitations.of(invitations, m)))
            .toList());
  }

  /** A message of a mailbox the caller reads. */
  @Transactional(readOnly = true)
  public MessageRow readable(Subject subject, UUID messageId) {
    MessageRow row = threads.message(messageId).orElseThrow(Mailboxes::notFound);
    mailboxes.readable(subject, row.mailboxId());
    return row;
  }

  @Transactional(readOnly = true)
  public MailMessage message(Subject subject, UUID messageId) {
    MessageRow row = readable(subject, messageId);
    return MailViews.message(
        row, threads.attachments(row.contentId()), MailInvitations.of(invitations, row));
  }

  /** The message as RFC 5322 bytes: as received, or as Atrium would send it. */
  @Transactional(readOnly = true)
  public byte[] raw(Subject subject, UUID messageId) {
    return raw.of(readable(subject, messageId));
  }

  /**
   * One of the message's held-back remote images, fetched for a reader who allowed them; the same
   * 404 as an unreadable message when they did not or the mail names no such image, so the proxy
   * fetches nothing a mail did not ask for.
   */
  public RemoteImages.Image remoteImage(Subject subject, UUID messageId, String url) {
    MessageRow row = readable(subject, messageId);
    if (!row.remoteImagesAllowed() || !RemoteImages.names(row.html(), url)) {
      throw Mailboxes.notFound();
    }
    return remoteImages
        .fetch(url)
        .orElseThrow(() -> new DomainException(
            HttpStatus.BAD_GATEWAY,
            "mail.remote-image-refused",
            "The remote image could not be fetched as an image."));
  }
}
