package dev.atrium.mail.links;

import dev.atrium.access.ResourceAccess;
import dev.atrium.access.Subject;
import dev.atrium.mail.internal.MailboxRow;
import dev.atrium.mail.internal.MailboxesTable;
import dev.atrium.mail.internal.ThreadsTable;
import dev.atrium.mail.internal.ThreadsTable.MessageRow;
import dev.atrium.search.LinkPreview;
import dev.atrium.search.LinkPreviews;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cards for links to a mail ({@code /mail/messages/<id>}): its subject, sender (as the card's
 * {@code containerName}) and snippet, for whoever may read the mailbox that holds it; anyone else gets no card (chat then
 * shows only the text the sharer posted). Lookups answer empty rather than throw, so a refused card
 * never marks the caller's transaction for rollback.
 */
@Component
class MailLinkPreviews implements LinkPreviews {

  /** The card's {@code kind}. */
  static final String KIND = "mail";

  private static final String ID =
      "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
  private static final Pattern MAIL = Pattern.compile("^/mail/messages/(" + ID + ")/?$");

  private final ThreadsTable threads;
  private final MailboxesTable mailboxes;
  private final ResourceAccess access;

  MailLinkPreviews(ThreadsTable threads, MailboxesTable mailboxes, ResourceAccess access) {
    this.threads = threads;
    this.mailboxes = mailboxes;
    this.access = access;
  }

  /** The client path of a mail, which the web client opens in its mailbox. */
  static String link(UUID messageId) {
    return "/mail/messages/" + messageId;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<LinkPreview> preview(Subject subject, String path) {
    Matcher m = MAIL.matcher(path);
    if (!m.matches()) {
      return Optional.empty();
    }
    return readable(subject, UUID.fromString(m.group(1)))
        .map(row -> new LinkPreview(
            KIND,
            row.message().id(),
            row.message().subject(),
            null,
            MailShares.sender(row.message()),
            row.message().snippet(),
            row.message().sentAt()));
  }

  /** The message and its mailbox, if the subject may read that mailbox. */
  Optional<Readable> readable(Subject subject, UUID messageId) {
    return threads
        .message(messageId)
        .flatMap(message -> mailboxes
            .view(message.mailboxId(), access.viewer(subject))
            .filter(MailboxRow::readable)
            .map(mailbox -> new Readable(message, mailbox)));
  }

  record Readable(MessageRow message, MailboxRow mailbox) {}
}
