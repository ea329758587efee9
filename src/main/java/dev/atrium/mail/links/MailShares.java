package dev.atrium.mail.links;

import dev.atrium.access.Subject;
import dev.atrium.chat.ChatAlerts;
import dev.atrium.mail.internal.ThreadsTable.MessageRow;
import dev.atrium.shared.DomainException;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * A mail shared into a chat conversation, through chat's own path ({@code chat::alerts}), as the
 * sharer's own post: their note, then a quote of the subject, sender and snippet (a copy the sharer
 * chose to publish, which every member reads), then the mail's link, which chat unfurls into a card
 * that opens the mail for those who may read its mailbox and for nobody else. Chat refuses as it
 * would refuse the sharer's own post (a channel they are not in or may not post in); the same share
 * twice is the same message.
 */
@Service
public class MailShares {

  private final MailLinkPreviews mails;
  private final ChatAlerts chat;

  MailShares(MailLinkPreviews mails, ChatAlerts chat) {
    this.mails = mails;
    this.chat = chat;
  }

  /** Not one transaction: chat posts in its own, and its refusal reaches the sharer as is. */
  public SharedMail share(Subject subject, UUID messageId, ShareMail command) {
    MessageRow mail = readable(subject, messageId).message();
    String link = MailLinkPreviews.link(mail.id());
    StringBuilder text = new StringBuilder();
    if (command.note() != null && !command.note().isBlank()) {
      text.append(command.note().strip()).append("\n\n");
    }
    String subjectLine = mail.subject().isBlank() ? "(no subject)" : mail.subject();
    text.append("> **").append(flat(subjectLine)).append("**\n");
    text.append("> ").append(flat(sender(mail))).append('\n');
    if (!mail.snippet().isBlank()) {
      text.append("> ").append(flat(mail.snippet())).append('\n');
    }
    text.append('\n')
        .append('[')
        .append(flat(subjectLine).replace("]", "\\]"))
        .append("](")
        .append(link)
        .append(')');
    UUID posted = chat.postLink(subject, command.channelId(), text.toString());
    return new SharedMail(command.channelId(), posted, link);
  }

  /** Where the mail is, for a reader of its mailbox (404 {@code mail.not-found} otherwise). */
  public MailPlace place(Subject subject, UUID messageId) {
    MessageRow mail = readable(subject, messageId).message();
    return new MailPlace(mail.mailboxId(), mail.folderId(), mail.threadId());
  }

  private MailLinkPreviews.Readable readable(Subject subject, UUID messageId) {
    return mails
        .readable(subject, messageId)
        .orElseThrow(() -> DomainException.notFound("mail.not-found", "No such mail."));
  }

  /** The sender as a card shows them: name and address, or the address alone. */
  static String sender(MessageRow mail) {
    String name = mail.from().name();
    return name == null || name.isBlank()
        ? mail.from().address()
        : name + " <" + mail.from().address() + ">";
  }

  /** One line of Markdown-quoted text: its own line breaks and Markdown marks taken out. */
  private static String flat(String text) {
    return text.strip().replaceAll("\\s+", " ").replace("\\", "\\\\").replace("*", "\\*");
  }
}
