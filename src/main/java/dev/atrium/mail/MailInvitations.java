package dev.atrium.mail;

import dev.atrium.access.Subject;
import dev.atrium.mail.internal.InvitationsTable;
import dev.atrium.mail.internal.InvitationsTable.InvitationRow;
import dev.atrium.mail.internal.MailAddress;
import dev.atrium.mail.internal.MailboxRow;
import dev.atrium.mail.internal.Outbox;
import dev.atrium.mail.internal.OutgoingMail;
import dev.atrium.mail.internal.ThreadsTable;
import dev.atrium.mail.internal.ThreadsTable.MessageRow;
import dev.atrium.shared.DomainException;
import dev.atrium.shared.Ids;
import dev.atrium.shared.PersonalCalendarImport;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers to calendar invitations that came by mail (iMIP, RFC 6047), for the person whose
 * mailbox it is: accepting puts the event in their personal calendar through the calendar's own
 * iCalendar import ({@link PersonalCalendarImport}), and every answer to a REQUEST goes back to the organiser as a METHOD:REPLY.
 * Declining a CANCEL takes the event out of the calendar again.
 */
@Service
public class MailInvitations {

  private final Mailboxes mailboxes;
  private final ThreadsTable threads;
  private final InvitationsTable invitations;
  private final PersonalCalendarImport calendar;
  private final Outbox outbox;
  private final Clock clock;

  MailInvitations(
      Mailboxes mailboxes,
      ThreadsTable threads,
      InvitationsTable invitations,
      PersonalCalendarImport calendar,
      Outbox outbox,
      Clock clock) {
    this.mailboxes = mailboxes;
    this.threads = threads;
    this.invitations = invitations;
    this.calendar = calendar;
    this.outbox = outbox;
    this.clock = clock;
  }

  @Transactional
  public MailInvitation answer(Subject subject, UUID messageId, AnswerMailInvitation command) {
    MessageRow message = threads.message(messageId).orElseThrow(Mailboxes::notFound);
    MailboxRow mailbox = mailboxes.sendable(subject, message.mailboxId());
    if (!Objects.equals(mailbox.ownerId(), subject.personId())) {
      throw DomainException.forbidden(
          "mail.invitation-not-yours", "Only the person this mailbox belongs to answers for it.");
    }
    InvitationRow row =
        invitations.of(message.contentId(), messageId).orElseThrow(Mailboxes::notFound);
    String answer = command.answer().name();
    boolean cancel = row.invite().method().equals("CANCEL");
    if (cancel && command.answer() != AnswerMailInvitation.Answer.DECLINED) {
      throw DomainException.badRequest(
          "mail.invitation-cancelled", "This event was called off; it can only be removed.");
    }
    if (cancel || command.answer() != AnswerMailInvitation.Answer.DECLINED) {
      // a CANCEL file's STATUS:CANCELLED takes out the event its UID imported, if any
      calendar.importIntoPersonal(subject.personId(), row.ics());
    }
    if (!cancel) {
      reply(message, mailbox, row, answer);
    }
    invitations.answer(messageId, answer, clock.instant());
    return view(row, answer);
  }

  /** The invitation a message of the mailbox came with, as the card shows it. */
  static @Nullable MailInvitation of(InvitationsTable invitations, MessageRow message) {
    return invitations
        .of(message.contentId(), message.id())
        .map(r -> view(r, r.answer()))
        .orElse(null);
  }

  private void reply(MessageRow message, MailboxRow mailbox, InvitationRow row, String answer) {
    String organizer = row.invite().organizer().isBlank()
        ? message.from().address()
        : row.invite().organizer();
    Instant now = clock.instant();
    String domain = mailbox.address().substring(mailbox.address().indexOf('@') + 1);
    String ics = ImipReply.write(row.invite(), mailbox.address(), answer, now);
    String subject = ImipReply.subject(answer) + row.invite().summary();
    outbox.enqueue(
        new OutgoingMail(
            message.contentId(),
            mailbox.id(),
            Ids.newId() + "@" + domain,
            null,
            List.of(),
            subject,
            new MailAddress(mailbox.address(), mailbox.name()),
            List.of(new MailAddress(organizer, "")),
            List.of(),
            now,
            "<p>" + org.springframework.web.util.HtmlUtils.htmlEscape(subject) + "</p>",
            subject,
            List.of(),
            ics),
        List.of(organizer));
  }

  private static MailInvitation view(InvitationRow row, @Nullable String answer) {
    var i = row.invite();
    return new MailInvitation(
        i.uid(), i.summary(), i.start(), i.end(), i.organizer(), i.method(), answer);
  }
}
