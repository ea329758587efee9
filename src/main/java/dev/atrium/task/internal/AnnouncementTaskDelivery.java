package dev.atrium.task.internal;

import dev.atrium.access.Subject;
import dev.atrium.announce.AnnouncementPublished;
import dev.atrium.announce.AnnouncementTasks;
import dev.atrium.org.OrgDirectory;
import dev.atrium.shared.DomainException;
import dev.atrium.task.TaskLinks;
import dev.atrium.task.Tasks;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Gives each recipient of a published announcement that carries a task their own personal task
 * (from the author, assigned to them, its source the announcement). Completing it is theirs alone
 * and is not confirming the announcement (nor the other way round).
 *
 * <p>Durable and idempotent: the listener follows announce's commit through the event publication
 * registry; recipients are taken {@link #BATCH} at a time, each batch its own transaction that
 * first locks the announcement's task row (so two nodes delivering the same publication take turns)
 * and skips whoever got theirs already ({@code task.announcement_recipient}). A publication
 * delivered twice, or resumed after a crash halfway, makes each task once. A batch's tasks are made
 * together ({@code Tasks.createAssigned}: a few statements and one publication for the indexing and
 * the notices, where one {@code Tasks.create} per recipient cost each its own).
 */
@Component
class AnnouncementTaskDelivery {

  static final int BATCH = 200;

  private static final Logger log = LoggerFactory.getLogger(AnnouncementTaskDelivery.class);

  private final AnnouncementTasks announcements;
  private final LinksTable links;
  private final Tasks tasks;
  private final OrgDirectory directory;
  private final ObjectMapper json;
  private final TransactionTemplate batch;
  private final TransactionTemplate alone;

  AnnouncementTaskDelivery(
      AnnouncementTasks announcements,
      LinksTable links,
      Tasks tasks,
      OrgDirectory directory,
      ObjectMapper json,
      PlatformTransactionManager transactions) {
    this.announcements = announcements;
    this.links = links;
    this.tasks = tasks;
    this.directory = directory;
    this.json = json;
    this.batch = new TransactionTemplate(transactions);
    this.batch.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    // a refusal of the batch is rolled back to its savepoint, so the listener still completes
    this.alone = new TransactionTemplate(transactions);
    this.alone.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  @ApplicationModuleListener
  void on(AnnouncementPublished event) {
    deliver(event);
  }

  /** Gives every recipient not served yet their task, a batch at a time. */
  void deliver(AnnouncementPublished event) {
    if (links.announcementTask(event.id()).isEmpty()) {
      return;
    }
    boolean guest = directory.find(event.authorId()).map(p -> p.guest()).orElse(true);
    Subject author = new Subject(event.authorId(), guest);
    ObjectNode source = json.createObjectNode()
        .put("kind", TaskLinks.ANNOUNCE)
        .put("announcementId", event.id().toString())
        .put("title", event.title());
    UUID after = new UUID(0, 0);
    for (List<UUID> people = announcements.recipientsAfter(event.id(), after, BATCH);
        !people.isEmpty();
        people = announcements.recipientsAfter(event.id(), after, BATCH)) {
      List<UUID> these = people;
      batch.executeWithoutResult(status -> deliver(event.id(), author, source, these));
      after = people.getLast();
    }
  }

  private void deliver(UUID announcementId, Subject author, ObjectNode source, List<UUID> people) {
    LinksTable.AnnouncementTask plan =
        links.lockAnnouncementTask(announcementId).orElse(null);
    if (plan == null) {
      return;
    }
    Set<UUID> served = new HashSet<>(links.servedAmong(announcementId, people));
    List<UUID> due = people.stream().filter(person -> !served.contains(person)).toList();
    if (due.isEmpty()) {
      return;
    }
    try {
      alone.executeWithoutResult(status -> {
        Map<UUID, UUID> made = tasks.createAssigned(
            author, plan.title(), plan.dueAt(), plan.allDay(), plan.timeZone(), source, due);
        links.servedAll(announcementId, List.copyOf(made.keySet()), List.copyOf(made.values()));
      });
    } catch (DomainException refused) {
      // the plan was checked when it was written; retrying would not change the answer
      log.warn("Announcement {} gave no tasks: {}", announcementId, refused.getMessage());
    }
  }
}
