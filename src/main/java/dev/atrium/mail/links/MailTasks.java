package dev.atrium.mail.links;

import dev.atrium.access.Subject;
import dev.atrium.mail.internal.ThreadsTable.MessageRow;
import dev.atrium.search.LinkPreview;
import java.util.Optional;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the tasks module needs to make a task of a mail (named interface {@code mail::tasks}, ADR
 * 0010): the mail as its card shows it, with its whole text (up to {@link #MAX_TEXT} characters)
 * as the excerpt, and the client path back to it, for a reader of its mailbox only.
 */
@NamedInterface("tasks")
@Service
public class MailTasks {

  /** The most characters of a mail's text a task's description takes. */
  public static final int MAX_TEXT = 8000;

  private final MailLinkPreviews mails;

  MailTasks(MailLinkPreviews mails) {
    this.mails = mails;
  }

  /** The mail, if the subject may read its mailbox; empty for no mail and for a mail not theirs. */
  @Transactional(readOnly = true)
  public Optional<LinkPreview> readable(Subject subject, UUID messageId) {
    return mails.readable(subject, messageId).map(found -> {
      MessageRow mail = found.message();
      String text = mail.text().strip();
      if (text.codePointCount(0, text.length()) > MAX_TEXT) {
        text = text.substring(0, text.offsetByCodePoints(0, MAX_TEXT)) + "…";
      }
      return new LinkPreview(
          MailLinkPreviews.KIND,
          mail.id(),
          mail.subject(),
          null,
          MailShares.sender(mail),
          text,
          mail.sentAt());
    });
  }

  /** The client path of a mail, which the web client opens in its mailbox. */
  public static String link(UUID messageId) {
    return MailLinkPreviews.link(messageId);
  }
}
