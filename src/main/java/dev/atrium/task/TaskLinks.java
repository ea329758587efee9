package dev.atrium.task;

import dev.atrium.access.Subject;
import dev.atrium.chat.ChatMessages;
import dev.atrium.chat.LinkedMessage;
import dev.atrium.mail.links.MailTasks;
import dev.atrium.search.LinkPreview;
import dev.atrium.search.LinkPreviews;
import dev.atrium.shared.DomainException;
import dev.atrium.task.internal.LinksTable;
import dev.atrium.task.internal.MessageTaskCreated;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Tasks made from other modules' objects (issue #16, "joined up"): a chat message, a checklist
 * item of a page and a mail (issue #17). The task records where it came from ({@code source}), and a task made from a
 * message answers it in the conversation with its card, which then follows the task live.
 */
@Service
public class TaskLinks {

  /** {@code source.kind} of a task made from a chat message. */
  public static final String CHAT_MESSAGE = "chat.message";
  /** {@code source.kind} of a task made from a page (a checklist item on it). */
  public static final String DOC_PAGE = "doc.page";
  /** {@code source.kind} of a task made from a mail. */
  public static final String MAIL_MESSAGE = "mail.message";
  /** {@code source.kind} of the task an announcement gave its recipient. */
  public static final String ANNOUNCE = "announce";

  private final Tasks tasks;
  private final ChatMessages messages;
  private final List<LinkPreviews> previews;
  private final MailTasks mails;
  private final LinksTable links;
  private final ApplicationEventPublisher events;
  private final ObjectMapper json;

  TaskLinks(
      Tasks tasks,
      ChatMessages messages,
      List<LinkPreviews> previews,
      MailTasks mails,
      LinksTable links,
      ApplicationEventPublisher events,
      ObjectMapper json) {
    this.tasks = tasks;
    this.messages = messages;
    this.previews = previews;
    this.mails = mails;
    this.links = links;
    this.events = events;
    this.json = json;
  }

  /**
   * Makes a task of the message at {@code seq} of a channel: whoever may read the message may (404
   * {@code task.message-not-found} for anyone else, a deleted message and no message alike). The
   * task is made as {@link Tasks#create} makes any task, with the message as its source; after
   * commit its card is posted as the creator's reply to the message ({@code ChatCards}).
   */
  @Transactional
  public Task fromMessage(Subject subject, UUID channelId, long seq, CreateTask command) {
    LinkedMessage message = messages
        .readable(subject, channelId, seq)
        .orElseThrow(() -> DomainException.notFound(
            "task.message-not-found", "No such message, or you may not read it."));
    ObjectNode source = json.createObjectNode()
        .put("kind", CHAT_MESSAGE)
        .put("channelId", channelId.toString())
        .put("messageId", message.id().toString())
        .put("seq", message.seq())
        .put("excerpt", message.excerpt())
        .put("status", status(message));
    Task task = tasks.create(subject, command, source);
    links.linkMessage(task.id(), channelId, message.id());
    events.publishEvent(new MessageTaskCreated(task.id(), subject.personId(), message.id()));
    return task;
  }

  /**
   * Makes a task of a page's checklist item (the client sends its text as the title and the person
   * mentioned on it as the assignee): whoever may read the page may (404 {@code task.page-not-found}
   * otherwise). The page is the task's source, with its title and space as the reader saw them.
   */
  @Transactional
  public Task fromPage(Subject subject, UUID pageId, CreateTask command) {
    LinkPreview page = page(subject, pageId)
        .orElseThrow(() -> DomainException.notFound(
            "task.page-not-found", "No such page, or you may not read it."));
    ObjectNode source = json.createObjectNode()
        .put("kind", DOC_PAGE)
        .put("pageId", pageId.toString())
        .put("title", page.title());
    if (page.containerId() != null) {
      source.put("spaceId", page.containerId().toString());
    }
    if (page.containerName() != null) {
      source.put("spaceName", page.containerName());
    }
    return tasks.create(subject, command, source);
  }

  /**
   * Makes a task of a mail: whoever may read its mailbox may (404 {@code task.mail-not-found}
   * otherwise). A blank title becomes the mail's subject and a missing description its text with a
   * link back to it; the project is the person's choice, as for any task. The mail is the task's
   * source (its subject and sender as the reader saw them), and the task's card opens it.
   */
  @Transactional
  public Task fromMail(Subject subject, UUID messageId, CreateTask command) {
    LinkPreview mail = mails
        .readable(subject, messageId)
        .orElseThrow(() -> DomainException.notFound(
            "task.mail-not-found", "No such mail, or you may not read it."));
    String title = command.title().isBlank() ? MailTaskText.title(mail) : command.title();
    JsonNode description =
        command.description() == null || command.description().isNull()
            ? MailTaskText.description(json, mail, MailTasks.link(messageId))
            : command.description();
    ObjectNode source = json.createObjectNode()
        .put("kind", MAIL_MESSAGE)
        .put("messageId", messageId.toString())
        .put("subject", mail.title())
        .put("from", mail.containerName());
    return tasks.create(subject, MailTaskText.with(command, title, description), source);
  }

  /** {@code LIVE}, {@code EDITED} or {@code DELETED}: what became of the message since. */
  public static String status(LinkedMessage message) {
    return message.deleted() ? "DELETED" : message.edited() ? "EDITED" : "LIVE";
  }

  /** The page as its card shows it, if the subject may read it: doc's own answer, through search's contract. */
  private Optional<LinkPreview> page(Subject subject, UUID pageId) {
    String path = "/docs/pages/" + pageId;
    return previews.stream()
        .map(source -> source.preview(subject, path))
        .flatMap(Optional::stream)
        .filter(preview -> preview.id().equals(pageId))
        .findFirst();
  }
}
