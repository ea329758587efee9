package dev.atrium.mail;

import dev.atrium.access.ResourceAccess;
import dev.atrium.access.Subject;
import dev.atrium.mail.internal.FoldersTable;
import dev.atrium.mail.internal.FoldersTable.FolderRow;
import dev.atrium.mail.internal.FoldersTable.LabelRow;
import dev.atrium.mail.internal.MailStream;
import dev.atrium.mail.internal.MailboxRow;
import dev.atrium.mail.internal.MailboxesTable;
import dev.atrium.mail.internal.PersonalMailboxes;
import dev.atrium.shared.DomainException;
import dev.atrium.shared.Ids;
import dev.atrium.shared.Text;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mailboxes, their folders and labels. A person's personal mailbox is made the first time they
 * open mail (or mail reaches them); a shared one is read by whom its grants name. A mailbox one may
 * not read answers 404, as if it did not exist: an administrator does not read people's mail.
 */
@Service
public class Mailboxes {

  private final MailboxesTable mailboxes;
  private final FoldersTable folders;
  private final PersonalMailboxes personal;
  private final ResourceAccess access;
  private final MailStream stream;
  private final Clock clock;

  Mailboxes(
      MailboxesTable mailboxes,
      FoldersTable folders,
      PersonalMailboxes personal,
      ResourceAccess access,
      MailStream stream,
      Clock clock) {
    this.mailboxes = mailboxes;
    this.folders = folders;
    this.personal = personal;
    this.access = access;
    this.stream = stream;
    this.clock = clock;
  }

  /** My personal mailbox first (made now on first use; not for guests), then the shared ones I read. */
  @Transactional
  public List<MailboxSummary> mine(Subject subject) {
    if (!subject.guest()) {
      personal.of(subject.personId());
    }
    return mailboxes.listed(access.viewer(subject)).stream()
        .map(Mailboxes::summary)
        .toList();
  }

  /** The mailbox, if the caller may read it; 404 otherwise. */
  @Transactional(readOnly = true)
  public MailboxRow readable(Subject subject, UUID mailboxId) {
    return mailboxes
        .view(mailboxId, access.viewer(subject))
        .filter(MailboxRow::readable)
        .orElseThrow(Mailboxes::notFound);
  }

  /** The mailbox, if the caller may send from it (and so write drafts and file mail there). */
  @Transactional(readOnly = true)
  public MailboxRow sendable(Subject subject, UUID mailboxId) {
    MailboxRow row = readable(subject, mailboxId);
    if (!row.sendable()) {
      throw DomainException.forbidden(
          "mail.cannot-send", "You may read this mailbox, not send from it.");
    }
    return row;
  }

  @Transactional(readOnly = true)
  public List<MailFolder> folders(Subject subject, UUID mailboxId) {
    readable(subject, mailboxId);
    return folders.folders(mailboxId).stream().map(Mailboxes::folder).toList();
  }

  @Transactional
  public MailFolder createFolder(Subject subject, UUID mailboxId, NameMailFolder command) {
    sendable(subject, mailboxId);
    UUID id = Ids.newId();
    if (!folders.insert(id, mailboxId, Text.name(command.name()), clock.instant())) {
      throw nameTaken();
    }
    stream.append(mailboxId, new MailStreamEvent.FolderChanged(mailboxId));
    return folder(folders.folder(id).orElseThrow());
  }

  @Transactional
  public MailFolder renameFolder(Subject subject, UUID folderId, NameMailFolder command) {
    FolderRow row = ownFolder(subject, folderId);
    if (!folders.rename(folderId, Text.name(command.name()))) {
      throw nameTaken();
    }
    stream.append(row.mailboxId(), new MailStreamEvent.FolderChanged(row.mailboxId()));
    return folder(folders.folder(folderId).orElseThrow());
  }

  /** Deletes a folder a person made; what it holds goes to Trash. */
  @Transactional
  public void deleteFolder(Subject subject, UUID folderId) {
    FolderRow row = ownFolder(subject, folderId);
    folders.delete(folderId, folders.byRole(row.mailboxId(), "TRASH"));
    stream.append(row.mailboxId(), new MailStreamEvent.FolderChanged(row.mailboxId()));
  }

  @Transactional(readOnly = true)
  public List<MailLabel> labels(Subject subject, UUID mailboxId) {
    readable(subject, mailboxId);
    return folders.labels(mailboxId).stream().map(Mailboxes::label).toList();
  }

  @Transactional
  public MailLabel createLabel(Subject subject, UUID mailboxId, WriteMailLabel command) {
    sendable(subject, mailboxId);
    return saveLabel(new LabelRow(Ids.newId(), mailboxId, "", ""), command);
  }

  @Transactional
  public MailLabel updateLabel(Subject subject, UUID labelId, WriteMailLabel command) {
    return saveLabel(ownLabel(subject, labelId), command);
  }

  @Transactional
  public void deleteLabel(Subject subject, UUID labelId) {
    LabelRow row = ownLabel(subject, labelId);
    folders.deleteLabel(labelId, row.mailboxId());
    stream.append(row.mailboxId(), new MailStreamEvent.FolderChanged(row.mailboxId()));
  }

  private MailLabel saveLabel(LabelRow row, WriteMailLabel command) {
    LabelRow saved = new LabelRow(
        row.id(),
        row.mailboxId(),
        Text.name(command.name()),
        command.color() == null ? "blue" : Text.name(command.color()));
    if (!folders.saveLabel(saved, clock.instant())) {
      throw nameTaken();
    }
    stream.append(row.mailboxId(), new MailStreamEvent.FolderChanged(row.mailboxId()));
    return label(saved);
  }

  /** A folder of a mailbox the caller may send from; 404 when they may not even read it. */
  public FolderRow folderToRead(Subject subject, UUID folderId) {
    FolderRow row = folders.folder(folderId).orElseThrow(Mailboxes::notFound);
    readable(subject, row.mailboxId());
    return row;
  }

  private FolderRow ownFolder(Subject subject, UUID folderId) {
    FolderRow row = folderToRead(subject, folderId);
    sendable(subject, row.mailboxId());
    if (row.role() != null) {
      throw DomainException.badRequest(
          "mail.system-folder", "Inbox, Sent, Drafts, Archive, Trash and Spam stay as they are.");
    }
    return row;
  }

  private LabelRow ownLabel(Subject subject, UUID labelId) {
    LabelRow row = folders.label(labelId).orElseThrow(Mailboxes::notFound);
    sendable(subject, row.mailboxId());
    return row;
  }

  static DomainException notFound() {
    return DomainException.notFound("mail.not-found", "No such mailbox, folder or message.");
  }

  private static DomainException nameTaken() {
    return new DomainException(
        HttpStatus.CONFLICT, "mail.name-taken", "This mailbox has one of that name already.");
  }

  private static MailboxSummary summary(MailboxRow row) {
    return new MailboxSummary(
        row.id(), row.kind(), row.name(), row.address(), row.role(), row.unread());
  }

  static MailFolder folder(FolderRow row) {
    return new MailFolder(row.id(), row.role(), row.name(), row.unread(), row.total());
  }

  private static MailLabel label(LabelRow row) {
    return new MailLabel(row.id(), row.name(), row.color());
  }
}
