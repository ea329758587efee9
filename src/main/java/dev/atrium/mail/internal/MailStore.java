package dev.atrium.mail.internal;

import dev.atrium.access.Subject;
import dev.atrium.files.StoredFile;
import dev.atrium.files.StoredFiles;
import dev.atrium.mail.MailStreamEvent;
import dev.atrium.mail.internal.MailMessagesTable.MailAttachmentRow;
import dev.atrium.shared.DomainException;
import dev.atrium.shared.Ids;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mailbox store: what a mail says is stored once, then filed in every mailbox it reaches with
 * one statement, threaded there, and told to each mailbox's stream. Mail from outside arrives
 * through {@link LocalDelivery}; mail written in Atrium through {@link #file}.
 */
@Component
public class MailStore implements LocalDelivery {

  /** The owner kind of files hung on a mail's content or on a draft (one kind, so a send can share them). */
  public static final String FILE_OWNER = "mail";

  private final MailTargets targets;
  private final MailMessagesTable messages;
  private final FoldersTable folders;
  private final MailDomains domains;
  private final MailStream stream;
  private final StoredFiles files;
  private final ApplicationEventPublisher events;
  private final dev.atrium.access.ResourceAccess access;
  private final Clock clock;
  private final InvitationsTable invitations;

  MailStore(
      MailTargets targets,
      MailMessagesTable messages,
      FoldersTable folders,
      MailDomains domains,
      MailStream stream,
      StoredFiles files,
      ApplicationEventPublisher events,
      dev.atrium.access.ResourceAccess access,
      Clock clock,
      InvitationsTable invitations) {
    this.invitations = invitations;
    this.targets = targets;
    this.messages = messages;
    this.folders = folders;
    this.domains = domains;
    this.stream = stream;
    this.files = files;
    this.events = events;
    this.access = access;
    this.clock = clock;
  }

  @Override
  public Recipient recipient(String address) {
    return targets.recipient(address);
  }

  @Override
  @Transactional
  public void deliver(
      List<String> recipients, ParsedMail parsed, byte[] raw, InboundChecks checks) {
    MailTargets.Targets to = targets.resolve(recipients, null, true);
    if (to.mailboxes().isEmpty()) {
      return;
    }
    UUID contentId = Ids.newId();
    List<String> problems = new ArrayList<>();
    if (parsed.parseProblem() != null) {
      problems.add(parsed.parseProblem());
    }
    List<MailAttachmentRow> attached = storeAttachments(parsed, contentId, uploader(to), problems);
    StoredMail mail = new StoredMail(
        contentId,
        parsed.messageId(),
        parsed.inReplyTo(),
        parsed.references(),
        parsed.subject(),
        parsed.from(),
        parsed.to(),
        parsed.cc(),
        List.of(),
        parsed.replyTo(),
        parsed.sentAt(),
        parsed.html(),
        parsed.text(),
        parsed.remoteImages(),
        problems.isEmpty() ? null : String.join("; ", problems),
        true,
        checks.spoofedInternal(),
        checks.spf(),
        checks.inboundId(),
        parsed.size());
    store(mail, attached);
    keepInvitation(contentId, parsed);
    file(mail, to.mailboxes(), "INBOX", false, to.owners());
  }

  /** The first text/calendar part that invites or cancels (iMIP) is kept for the invitation card. */
  private void keepInvitation(UUID contentId, ParsedMail parsed) {
    for (ParsedMail.ParsedAttachment part : parsed.attachments()) {
      if (part.contentType().equalsIgnoreCase("text/calendar")) {
        var invite = IcsInvite.read(part.data());
        if (invite.isPresent()) {
          invitations.keep(contentId, invite.get(), part.data());
          return;
        }
      }
    }
  }

  @Override
  @Transactional
  public void bounced(
      UUID contentId, UUID senderMailboxId, List<String> recipients, String problem) {
    String original = messages.messageIdOf(contentId).orElse(null);
    String domain = domains.defaultDomain();
    StoredMail mail = new StoredMail(
        Ids.newId(),
        Ids.newId() + "@" + domain,
        original,
        original == null ? List.of() : List.of(original),
        "Undelivered mail: " + messages.subjectOf(contentId).orElse(""),
        new MailAddress("mailer-daemon@" + domain, "Mail Delivery System"),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        clock.instant(),
        null,
        "Your mail could not be delivered to " + String.join(", ", recipients) + ".\n\n" + problem,
        false,
        null,
        false,
        false,
        null,
        null,
        0);
    store(mail, List.of());
    file(mail, List.of(senderMailboxId), "INBOX", false, Map.of());
    events.publishEvent(new MailBounced(senderMailboxId, mail.id(), List.copyOf(recipients)));
  }

  /** Keeps what the mail says, and its attachments' metadata. */
  public void store(StoredMail mail, List<MailAttachmentRow> attachments) {
    messages.insertContent(mail, clock.instant());
    for (int i = 0; i < attachments.size(); i++) {
      messages.insertAttachment(mail.id(), i, attachments.get(i));
    }
  }

  /**
   * Files a stored mail in each mailbox's folder with that role (in the conversation it belongs to
   * there), tells their streams, and, for incoming mail, their readers. {@code owners} names the
   * owner of personal mailboxes the caller knows. Returns each mailbox's new message id.
   */
  public Map<UUID, UUID> file(
      StoredMail mail,
      Collection<UUID> mailboxIds,
      String role,
      boolean outgoing,
      Map<UUID, UUID> owners) {
    if (mailboxIds.isEmpty()) {
      return Map.of();
    }
    Instant now = clock.instant();
    List<UUID> boxes = List.copyOf(new java.util.LinkedHashSet<>(mailboxIds));
    Map<UUID, UUID> folderOf = folders.byRole(boxes, role);
    Map<UUID, UUID> threadOf = new LinkedHashMap<>(messages.threads(boxes, mail, now));
    boxes.forEach(box -> threadOf.computeIfAbsent(box, b -> Ids.newId()));
    Map<UUID, UUID> made = messages.insertMessages(
        mail.id(),
        boxes,
        boxes.stream().map(folderOf::get).toList(),
        boxes.stream().map(threadOf::get).toList(),
        outgoing,
        now);
    Map<UUID, MailStreamEvent> entries = new LinkedHashMap<>();
    Map<UUID, Set<UUID>> known = new LinkedHashMap<>();
    made.forEach((box, messageId) -> {
      entries.put(
          box,
          new MailStreamEvent.MessageAdded(
              messageId,
              java.util.Objects.requireNonNull(folderOf.get(box)),
              java.util.Objects.requireNonNull(threadOf.get(box))));
      UUID owner = owners.get(box);
      if (owner != null) {
        known.put(box, Set.of(owner));
      }
    });
    stream.append(entries, known);
    events.publishEvent(new MessagesFiled(List.copyOf(made.values())));
    if (!outgoing && !made.isEmpty()) {
      events.publishEvent(
          new MailReceived(mail.from(), mail.subject(), Map.copyOf(made), Map.copyOf(owners)));
    }
    return made;
  }

  /** Stores a mail's attached files as the files module's, hung on its content; refused ones are named. */
  private List<MailAttachmentRow> storeAttachments(
      ParsedMail parsed, UUID contentId, @Nullable UUID uploader, List<String> problems) {
    List<MailAttachmentRow> rows = new ArrayList<>();
    if (uploader == null) {
      return rows;
    }
    Subject subject = new Subject(uploader, false);
    for (ParsedMail.ParsedAttachment part : parsed.attachments()) {
      try {
        StoredFile file = files.upload(
            subject, part.name(), (long) part.data().length, new ByteArrayInputStream(part.data()));
        files.attach(subject, List.of(file.id()), FILE_OWNER, contentId);
        rows.add(new MailAttachmentRow(
            file.id(),
            file.name(),
            part.contentType(),
            file.size(),
            part.inline() ? part.contentId() : null));
      } catch (DomainException refused) {
        problems.add("attachment " + part.name() + " refused: " + refused.getMessage());
      }
    }
    return rows;
  }

  /** Whose name a received attachment is stored under: a person who reads a mailbox it reaches. */
  private @Nullable UUID uploader(MailTargets.Targets to) {
    if (!to.owners().isEmpty()) {
      return to.owners().values().iterator().next();
    }
    for (UUID box : to.mailboxes()) {
      Set<UUID> readers = access.people(MailResources.MAILBOX, box, "reader");
      if (!readers.isEmpty()) {
        return readers.iterator().next();
      }
    }
    return null;
  }
}
