package dev.atrium.mail.internal;

import dev.atrium.access.Subject;
import dev.atrium.files.StoredFile;
import dev.atrium.files.StoredFiles;
import dev.atrium.mail.internal.DraftsTable.DraftRow;
import dev.atrium.mail.internal.MailMessagesTable.MailAttachmentRow;
import dev.atrium.mail.internal.ThreadsTable.MessageRow;
import dev.atrium.shared.DomainException;
import dev.atrium.shared.Ids;
import dev.atrium.shared.RichDocument;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Sending a draft: stored once, filed in the sender's Sent and in every local recipient's inbox
 * (lists expanded) in the sender's transaction, without SMTP; outside recipients are handed to the
 * {@link Outbox} in the same transaction. Nothing is sent when any recipient is refused.
 */
@Component
public class MailSending {

  /** The most addresses one mail may name (a list counts as one). */
  public static final int MAX_RECIPIENTS = 500;

  public static final int MAX_BODY_BYTES = 512 * 1024;

  private static final Pattern ADDRESS = Pattern.compile(
      "^[^@\\s<>(),;:\"\\[\\]]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$");

  private final MailTargets targets;
  private final MailStore store;
  private final ThreadsTable threads;
  private final StoredFiles files;
  private final Outbox outbox;
  private final ObjectMapper json;
  private final Clock clock;

  MailSending(
      MailTargets targets,
      MailStore store,
      ThreadsTable threads,
      StoredFiles files,
      Outbox outbox,
      ObjectMapper json,
      Clock clock) {
    this.targets = targets;
    this.store = store;
    this.threads = threads;
    this.files = files;
    this.outbox = outbox;
    this.json = json;
    this.clock = clock;
  }

  /** Sends the draft from the mailbox; returns the sender's copy (in Sent). The caller deletes the draft. */
  public UUID send(Subject subject, DraftRow draft, MailboxRow from) {
    List<MailAddress> everyone =
        Stream.of(draft.to(), draft.cc(), draft.bcc()).flatMap(List::stream).toList();
    if (everyone.isEmpty()) {
      throw DomainException.badRequest("mail.no-recipients", "Name at least one recipient.");
    }
    Set<String> addresses = new LinkedHashSet<>();
    everyone.forEach(a -> addresses.add(a.address()));
    if (addresses.size() > MAX_RECIPIENTS) {
      throw new DomainException(
          HttpStatus.BAD_REQUEST,
          "mail.too-many-recipients",
          "A mail may name at most " + MAX_RECIPIENTS + " recipients.",
          Map.of("max", MAX_RECIPIENTS));
    }
    List<String> malformed =
        addresses.stream().filter(a -> !ADDRESS.matcher(a).matches()).toList();
    if (!malformed.isEmpty()) {
      throw refused("mail.bad-address", "These are not e-mail addresses.", malformed);
    }
    MailTargets.Targets to = targets.resolve(addresses, subject.personId(), subject.guest());
    if (!to.unknown().isEmpty()) {
      throw refused("mail.recipient-unknown", "Nobody here has these addresses.", to.unknown());
    }
    if (!to.refused().isEmpty()) {
      throw refused("mail.list-posting-refused", "You may not post to these lists.", to.refused());
    }
    StoredMail mail = compose(draft, from);
    List<MailAttachmentRow> attachments = attachments(subject, draft, mail.id());
    store.store(mail, attachments);
    UUID sent = store.file(mail, List.of(from.id()), "SENT", true, Map.of()).get(from.id());
    Set<UUID> local = new LinkedHashSet<>(to.mailboxes());
    local.remove(from.id());
    store.file(mail, local, "INBOX", false, to.owners());
    if (!to.foreign().isEmpty()) {
      outbox.enqueue(outgoing(mail, from, attachments), to.foreign());
    }
    return java.util.Objects.requireNonNull(sent);
  }

  private StoredMail compose(DraftRow draft, MailboxRow from) {
    String text = "";
    if (draft.body() != null && !draft.body().isNull()) {
      text = RichDocument.check(
              json, draft.body(), MAX_BODY_BYTES, "mail.body-too-long", "mail.body-invalid")
          .text();
    }
    @Nullable
    MessageRow original = draft.replyToMessageId() == null
        ? null
        : threads.message(draft.replyToMessageId()).orElse(null);
    List<String> references = new ArrayList<>();
    if (original != null) {
      references.addAll(original.references());
      references.add(original.messageId());
    }
    UUID id = Ids.newId();
    Instant now = clock.instant();
    String domain = MailTargets.domainOf(from.address());
    return new StoredMail(
        id,
        id + "@" + domain,
        original == null ? null : original.messageId(),
        references,
        draft.subject(),
        new MailAddress(from.address(), from.name()),
        draft.to(),
        draft.cc(),
        draft.bcc(),
        List.of(),
        now,
        TipTapHtml.render(draft.body()),
        text,
        false,
        null,
        false,
        false,
        null,
        null,
        text.length());
  }

  /** The draft's files, copied onto the mail's content: a file taken off the draft goes nowhere. */
  private List<MailAttachmentRow> attachments(Subject subject, DraftRow draft, UUID contentId) {
    List<StoredFile> held = files.heldBy(MailStore.FILE_OWNER, draft.id(), draft.attachmentIds());
    return files
        .copy(subject, held.stream().map(StoredFile::id).toList(), MailStore.FILE_OWNER, contentId)
        .stream()
        .map(f -> new MailAttachmentRow(f.id(), f.name(), f.contentType(), f.size(), null))
        .toList();
  }

  private static OutgoingMail outgoing(
      StoredMail mail, MailboxRow from, List<MailAttachmentRow> attachments) {
    return new OutgoingMail(
        mail.id(),
        from.id(),
        mail.messageId(),
        mail.inReplyTo(),
        mail.references(),
        mail.subject(),
        mail.from(),
        mail.to(),
        mail.cc(),
        mail.sentAt(),
        mail.html() == null ? "" : mail.html(),
        mail.text(),
        attachments.stream()
            .map(a ->
                new OutgoingMail.OutgoingAttachment(a.fileId(), a.name(), a.contentType(), null))
            .toList(),
        null);
  }

  private static DomainException refused(String code, String detail, List<String> addresses) {
    return new DomainException(
        HttpStatus.BAD_REQUEST, code, detail, Map.of("addresses", List.copyOf(addresses)));
  }
}
