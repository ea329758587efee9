package dev.atrium.task.internal;

import dev.atrium.access.Subject;
import dev.atrium.chat.ChatAlerts;
import dev.atrium.chat.ChatMessages;
import dev.atrium.chat.LinkedMessage;
import dev.atrium.chat.MessageRevised;
import dev.atrium.org.OrgDirectory;
import dev.atrium.org.PersonRef;
import dev.atrium.shared.DomainException;
import dev.atrium.task.TaskChanged;
import dev.atrium.task.TaskCompleted;
import dev.atrium.task.TaskDeleted;
import dev.atrium.task.TaskLinks;
import dev.atrium.task.TaskReader;
import dev.atrium.task.TaskReopened;
import dev.atrium.task.Tasks;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A task made from a chat message, in chat, through chat's own paths ({@code chat::alerts},
 * {@code chat::messages}): its card as the creator's reply to the message, the card told whenever
 * the task changes (so every open conversation shows it as it now is), and the message's edit or
 * delete written on the task's source. Each chat write follows a commit durably and is safe to repeat: chat
 * posts a reply once, a {@code card.changed} told twice refetches twice, a status is set, not
 * toggled.
 */
@Component
class ChatCards {

  private static final Logger log = LoggerFactory.getLogger(ChatCards.class);

  private final ChatAlerts chat;
  private final ChatMessages messages;
  private final LinksTable links;
  private final TaskReader reader;
  private final Tasks tasks;
  private final ApplicationEventPublisher events;
  private final TasksTable rows;
  private final OrgDirectory directory;
  private final ObjectMapper json;
  private final TransactionTemplate ownTransaction;

  ChatCards(
      ChatAlerts chat,
      ChatMessages messages,
      LinksTable links,
      TaskReader reader,
      Tasks tasks,
      ApplicationEventPublisher events,
      TasksTable rows,
      OrgDirectory directory,
      ObjectMapper json,
      PlatformTransactionManager transactions) {
    this.chat = chat;
    this.messages = messages;
    this.links = links;
    this.reader = reader;
    this.tasks = tasks;
    this.events = events;
    this.rows = rows;
    this.directory = directory;
    this.json = json;
    // chat's refusal marks the transaction it ran in for rollback: the post gets one of its own, so
    // the listener still commits (and its publication completes) when chat says no
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * The card goes where Feishu puts it: as a reply to the message, so the conversation sees what
   * became of what was said, right under it (in its thread when the message is a thread reply).
   * The creator may have been a reader who may not post there (a public channel they are not in),
   * or the message was deleted meanwhile: the task stands without its card, as retrying would not
   * change chat's answer.
   */
  @ApplicationModuleListener
  void on(MessageTaskCreated event) {
    var task = reader.view(event.taskId());
    PersonRef creator = directory.find(event.creatorId()).orElse(null);
    if (task.isEmpty() || creator == null) {
      return;
    }
    String text = "[" + task.get().title().replace("\\", "\\\\").replace("]", "\\]") + "]("
        + link(event.taskId()) + ")";
    try {
      ownTransaction.executeWithoutResult(status ->
          chat.replyWithLink(new Subject(creator.id(), creator.guest()), event.messageId(), text));
    } catch (DomainException refused) {
      log.info("Task {} has no card in chat: {}", event.taskId(), refused.getMessage());
    }
  }

  /**
   * Any field, the assignees too (an assignment is a change as well as a {@code TaskAssigned}).
   * These four run inside the writing transaction and decide there whether a card is to be told:
   * one primary-key read, and a durable publication only for a task made from a message.
   */
  @EventListener
  void on(TaskChanged event) {
    linked(event.taskId(), false);
  }

  @EventListener
  void on(TaskCompleted event) {
    linked(event.taskId(), false);
  }

  @EventListener
  void on(TaskReopened event) {
    linked(event.taskId(), false);
  }

  /** A deleted task's card is told once more (it shows no card now), then its link is forgotten. */
  @EventListener
  void on(TaskDeleted event) {
    linked(event.taskId(), true);
  }

  private void linked(UUID taskId, boolean deleted) {
    links
        .messageLink(taskId)
        .ifPresent(
            link -> events.publishEvent(new MessageTaskChanged(taskId, link.channelId(), deleted)));
  }

  @ApplicationModuleListener
  void on(MessageTaskChanged event) {
    chat.cardChanged(event.channelId(), link(event.taskId()));
    if (event.deleted()) {
      links.unlinkMessage(event.taskId());
    }
  }

  /**
   * The message a task came from was edited or deleted: the task stays, and its source says so.
   * Reads the message as it now is, so an edit told after the delete still leaves DELETED.
   */
  @ApplicationModuleListener
  void on(MessageRevised event) {
    LinkedMessage message = messages.find(event.messageId()).orElse(null);
    if (message == null) {
      return;
    }
    String status = TaskLinks.status(message);
    for (UUID taskId : links.tasksOfMessage(event.messageId())) {
      rows.find(taskId).map(row -> row.source()).ifPresent(stored -> {
        ObjectNode source = (ObjectNode) json.readTree(stored);
        if (!status.equals(source.path("status").asString())) {
          source.put("status", status);
          tasks.setSource(taskId, source);
          tell(taskId);
        }
      });
    }
  }

  private void tell(UUID taskId) {
    links.messageLink(taskId).ifPresent(link -> chat.cardChanged(link.channelId(), link(taskId)));
  }

  private static String link(UUID taskId) {
    return "/tasks/" + taskId;
  }
}
