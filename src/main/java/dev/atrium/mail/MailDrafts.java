package dev.atrium.mail;

import dev.atrium.access.Subject;
import dev.atrium.files.StoredFile;
import dev.atrium.files.StoredFiles;
import dev.atrium.mail.internal.DraftsTable;
import dev.atrium.mail.internal.DraftsTable.DraftRow;
import dev.atrium.mail.internal.MailAddress;
import dev.atrium.mail.internal.MailSending;
import dev.atrium.mail.internal.MailStore;
import dev.atrium.mail.internal.MailStream;
import dev.atrium.mail.internal.MailboxRow;
import dev.atrium.mail.internal.ThreadsTable;
import dev.atrium.shared.DomainException;
import dev.atrium.shared.Ids;
import dev.atrium.shared.Text;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Drafts: saved as one types, each save naming the version it started from, so two devices never
 * overwrite each other (the second gets 409 with the draft as it is now); sent from the mailbox
 * they belong to by whoever may send from it.
 */
@Service
public class MailDrafts {

  private final Mailboxes mailboxes;
  private final DraftsTable drafts;
  private final ThreadsTable threads;
  private final MailSending sending;
  private final MailStream stream;
  private final StoredFiles files;
  private final Clock clock;

  MailDrafts(
      Mailboxes mailboxes,
      DraftsTable drafts,
      ThreadsTable threads,
      MailSending sending,
      MailStream stream,
      StoredFiles files,
      Clock clock) {
    this.mailboxes = mailboxes;
    this.drafts = drafts;
    this.threads = threads;
    this.sending = sending;
    this.stream = stream;
    this.files = files;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<MailDraft> list(Subject subject, UUID mailboxId) {
    mailboxes.sendable(subject, mailboxId);
    return drafts.inMailbox(mailboxId).stream().map(this::view).toList();
  }

  @Transactional(readOnly = true)
  public MailDraft get(Subject subject, UUID draftId) {
    DraftRow row = drafts.find(draftId).orElseThrow(Mailboxes::notFound);
    mailboxes.sendable(subject, row.mailboxId());
    return view(row);
  }

  @Transactional
  public MailDraft create(Subject subject, UUID mailboxId, WriteMailDraft command) {
    mailboxes.sendable(subject, mailboxId);
    UUID id = Ids.newId();
    UUID replyTo = inMailbox(mailboxId, command.replyToMessageId());
    UUID forwardOf = inMailbox(mailboxId, command.forwardOfMessageId());
    DraftRow row = row(id, mailboxId, subject.personId(), 1, command, replyTo, forwardOf);
    attach(subject, row, List.of());
    drafts.insert(row, clock.instant());
    stream.append(mailboxId, new MailStreamEvent.DraftSaved(id, 1));
    return view(drafts.find(id).orElseThrow());
  }

  @Transactional
  public MailDraft update(Subject subject, UUID draftId, WriteMailDraft command) {
    DraftRow current = drafts.lock(draftId).orElseThrow(Mailboxes::notFound);
    mailboxes.sendable(subject, current.mailboxId());
    if (!Objects.equals(command.version(), current.version())) {
      throw new DomainException(
          HttpStatus.CONFLICT,
          "mail.draft-conflict",
          "This draft was saved elsewhere meanwhile.",
          Map.of("current", view(current)));
    }
    DraftRow row = row(
        draftId,
        current.mailboxId(),
        current.authorId(),
        current.version() + 1,
        command,
        current.replyToMessageId(),
        current.forwardOfMessageId());
    attach(subject, row, current.attachmentIds());
    drafts.update(row, clock.instant());
    stream.append(row.mailboxId(), new MailStreamEvent.DraftSaved(draftId, row.version()));
    return view(drafts.find(draftId).orElseThrow());
  }

  @Transactional
  public void delete(Subject subject, UUID draftId) {
    DraftRow current = drafts.lock(draftId).orElseThrow(Mailboxes::notFound);
    mailboxes.sendable(subject, current.mailboxId());
    remove(current);
  }

  /** Sends the draft and deletes it; returns the sent mail as the sender's Sent holds it. */
  @Transactional
  public MailMessage send(Subject subject, UUID draftId) {
    DraftRow current = drafts.lock(draftId).orElseThrow(Mailboxes::notFound);
    MailboxRow from = mailboxes.sendable(subject, current.mailboxId());
    UUID sent = sending.send(subject, current, from);
    remove(current);
    var row = threads.message(sent).orElseThrow();
    return MailViews.message(row, threads.attachments(row.contentId()), null);
  }

  private void remove(DraftRow draft) {
    drafts.delete(draft.id());
    files.release(MailStore.FILE_OWNER, List.of(draft.id()));
    stream.append(draft.mailboxId(), new MailStreamEvent.DraftRemoved(draft.id()));
  }

  /** Hangs the caller's new uploads on the draft; those it holds already stay. */
  private void attach(Subject subject, DraftRow row, List<UUID> before) {
    Set<UUID> held =
        new LinkedHashSet<>(files.heldBy(MailStore.FILE_OWNER, row.id(), before).stream()
            .map(StoredFile::id)
            .toList());
    List<UUID> fresh =
        row.attachmentIds().stream().filter(id -> !held.contains(id)).toList();
    if (!fresh.isEmpty()) {
      files.attach(subject, fresh, MailStore.FILE_OWNER, row.id());
    }
  }

  private @Nullable UUID inMailbox(UUID mailboxId, @Nullable UUID messageId) {
    if (messageId == null) {
      return null;
    }
    return threads
        .message(messageId)
        .filter(m -> m.mailboxId().equals(mailboxId))
        .orElseThrow(Mailboxes::notFound)
        .id();
  }

  static DraftRow row(
      UUID id,
      UUID mailboxId,
      UUID authorId,
      int version,
      WriteMailDraft command,
      @Nullable UUID replyTo,
      @Nullable UUID forwardOf) {
    JsonNode body = command.body() == null || command.body().isNull() ? null : command.body();
    return new DraftRow(
        id,
        mailboxId,
        authorId,
        version,
        command.subject() == null ? "" : Text.name(command.subject()),
        addresses(command.to()),
        addresses(command.cc()),
        addresses(command.bcc()),
        body,
        command.attachmentIds() == null
            ? List.of()
            : List.copyOf(new LinkedHashSet<>(command.attachmentIds())),
        replyTo,
        forwardOf,
        java.time.Instant.EPOCH);
  }

  static List<MailAddress> addresses(@Nullable List<MailPerson> people) {
    List<MailAddress> addresses = new ArrayList<>();
    if (people != null) {
      for (MailPerson person : people) {
        addresses.add(new MailAddress(
            person.address().strip().toLowerCase(Locale.ROOT),
            person.name() == null ? "" : Text.name(person.name().strip())));
      }
    }
    return addresses;
  }

  MailDraft view(DraftRow row) {
    List<MailAttachment> attachments =
        files.heldBy(MailStore.FILE_OWNER, row.id(), row.attachmentIds()).stream()
            .map(f -> new MailAttachment(f.id(), f.name(), f.contentType(), f.size(), null))
            .toList();
    return new MailDraft(
        row.id(),
        row.mailboxId(),
        row.version(),
        row.subject(),
        MailViews.people(row.to()),
        MailViews.people(row.cc()),
        MailViews.people(row.bcc()),
        row.body(),
        attachments,
        row.replyToMessageId(),
        row.forwardOfMessageId(),
        row.updatedAt());
  }
}
