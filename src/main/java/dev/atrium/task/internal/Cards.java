package dev.atrium.task.internal;

import dev.atrium.task.TaskCard;
import dev.atrium.task.TaskPerson;
import dev.atrium.task.TaskStreamEvent;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/** Turns card rows into the cards lists, boards and streams carry, naming their people at once. */
@Component
public class Cards {

  private final TasksTable tasks;
  private final TaskPeople people;
  private final ObjectMapper json;

  Cards(TasksTable tasks, TaskPeople people, ObjectMapper json) {
    this.tasks = tasks;
    this.people = people;
    this.json = json;
  }

  /**
   * Cards as a board and the stream carry them: without the project's name, which every card of a
   * board shares and which a rename would otherwise make stale on each.
   */
  public List<TaskCard> of(List<CardRow> rows) {
    return of(rows, false);
  }

  /** Cards of many projects (My tasks), each with its project's name. */
  public List<TaskCard> withProjects(List<CardRow> rows) {
    return of(rows, true);
  }

  private List<TaskCard> of(List<CardRow> rows, boolean projectNames) {
    Map<UUID, TaskPerson> named =
        people.named(rows.stream().flatMap(r -> r.assigneeIds().stream()).toList());
    return rows.stream().map(row -> card(row, named, projectNames)).toList();
  }

  /** The {@code task.upserted} entries of these tasks as they now are, in the given order. */
  public List<TaskStreamEvent> upserts(Collection<UUID> ids) {
    Map<UUID, TaskCard> byId = new java.util.HashMap<>();
    of(tasks.cards(ids)).forEach(card -> byId.put(card.id(), card));
    List<TaskStreamEvent> events = new java.util.ArrayList<>();
    for (UUID id : ids) {
      TaskCard card = byId.get(id);
      if (card != null) {
        events.add(new TaskStreamEvent.TaskUpserted(card));
      }
    }
    return events;
  }

  private TaskCard card(CardRow row, Map<UUID, TaskPerson> named, boolean projectName) {
    return new TaskCard(
        row.id(),
        row.projectId(),
        projectName ? row.projectName() : null,
        row.sectionId(),
        row.rank(),
        row.parentId(),
        row.title(),
        row.state(),
        row.priority(),
        row.startAt(),
        row.dueAt(),
        row.allDay(),
        row.tags(),
        TaskPeople.of(named, row.assigneeIds()),
        row.subtaskCount(),
        row.subtasksDone(),
        row.checklistCount(),
        row.checklistDone(),
        row.commentCount(),
        row.blocked(),
        row.source() == null ? null : json.readTree(row.source()),
        row.updatedAt());
  }
}
