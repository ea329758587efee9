package dev.atrium.mail;

import dev.atrium.access.Subject;
import dev.atrium.mail.internal.FlagsTable;
import dev.atrium.mail.internal.FoldersTable;
import dev.atrium.mail.internal.FoldersTable.FolderRow;
import dev.atrium.mail.internal.MailStream;
import dev.atrium.mail.internal.MessagesFiled;
import dev.atrium.mail.internal.ThreadsTable;
import dev.atrium.mail.internal.ThreadsTable.MessageRow;
import dev.atrium.shared.DomainException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Marking and filing mail: one action on many messages of one mailbox, all or nothing, by whoever
 * may send from it (a reader of a shared mailbox reads, and leaves it as it is).
 */
@Service
public class MailActions {

  private final Mailboxes mailboxes;
  private final ThreadsTable threads;
  private final FoldersTable folders;
  private final FlagsTable flags;
  private final MailStream stream;
  private final ApplicationEventPublisher events;

  MailActions(
      Mailboxes mailboxes,
      ThreadsTable threads,
      FoldersTable folders,
      FlagsTable flags,
      MailStream stream,
      ApplicationEventPublisher events) {
    this.mailboxes = mailboxes;
    this.threads = threads;
    this.folders = folders;
    this.flags = flags;
    this.stream = stream;
    this.events = events;
  }

  @Transactional
  public void bulk(Subject subject, UUID mailboxId, MailBulk command) {
    mailboxes.sendable(subject, mailboxId);
    Set<UUID> ids = new LinkedHashSet<>(command.messageIds());
    List<MessageRow> rows = threads.messages(mailboxId, ids);
    if (rows.size() != ids.size()) {
      throw Mailboxes.notFound();
    }
    switch (command.action()) {
      case SEEN -> flags.set(ids, "seen", true);
      case UNSEEN -> flags.set(ids, "seen", false);
      case STAR -> flags.set(ids, "starred", true);
      case UNSTAR -> flags.set(ids, "starred", false);
      case MOVE -> flags.move(ids, target(mailboxId, command.folderId()), false);
      case ARCHIVE -> flags.move(ids, folders.byRole(mailboxId, "ARCHIVE"), false);
      case TRASH -> flags.move(ids, folders.byRole(mailboxId, "TRASH"), true);
      case SPAM -> flags.move(ids, folders.byRole(mailboxId, "SPAM"), true);
      case NOT_SPAM, RESTORE -> flags.restore(ids, folders.byRole(mailboxId, "INBOX"));
      case LABEL, UNLABEL ->
        flags.label(
            ids, label(mailboxId, command.labelId()), command.action() == MailBulkAction.LABEL);
      case DELETE_FOREVER -> {
        flags.delete(ids);
        events.publishEvent(new MessagesFiled(List.copyOf(ids)));
        stream.append(mailboxId, new MailStreamEvent.MessageRemoved(List.copyOf(ids)));
        return;
      }
    }
    stream.append(mailboxId, new MailStreamEvent.MessageChanged(List.copyOf(ids)));
  }

  /** Shows this message's remote images from now on, for everyone reading the mailbox. */
  @Transactional
  public void allowRemoteImages(Subject subject, UUID messageId) {
    MessageRow row = threads.message(messageId).orElseThrow(Mailboxes::notFound);
    mailboxes.readable(subject, row.mailboxId());
    flags.set(List.of(messageId), "remote_images_allowed", true);
    stream.append(row.mailboxId(), new MailStreamEvent.MessageChanged(List.of(messageId)));
  }

  private UUID target(UUID mailboxId, @org.jspecify.annotations.Nullable UUID folderId) {
    FolderRow folder = folderId == null ? null : folders.folder(folderId).orElse(null);
    if (folder == null || !folder.mailboxId().equals(mailboxId)) {
      throw DomainException.badRequest(
          "mail.folder-required", "Name a folder of this mailbox to move the mail to.");
    }
    return folder.id();
  }

  private UUID label(UUID mailboxId, @org.jspecify.annotations.Nullable UUID labelId) {
    return folders
        .label(Objects.requireNonNullElse(labelId, new UUID(0, 0)))
        .filter(l -> l.mailboxId().equals(mailboxId))
        .orElseThrow(() ->
            DomainException.badRequest("mail.label-required", "Name a label of this mailbox."))
        .id();
  }
}
