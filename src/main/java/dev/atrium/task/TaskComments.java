package dev.atrium.task;

import dev.atrium.access.ResourceAccess;
import dev.atrium.access.Subject;
import dev.atrium.org.OrgDirectory;
import dev.atrium.org.PersonSummary;
import dev.atrium.realtime.Frame;
import dev.atrium.realtime.RealtimeGateway;
import dev.atrium.shared.AfterCommit;
import dev.atrium.shared.DomainException;
import dev.atrium.shared.Ids;
import dev.atrium.task.internal.Cards;
import dev.atrium.task.internal.CommentBodies;
import dev.atrium.task.internal.ProjectRow;
import dev.atrium.task.internal.ProjectStream;
import dev.atrium.task.internal.ProjectsTable;
import dev.atrium.task.internal.TaskCommentsTable;
import dev.atrium.task.internal.TaskCommentsTable.Row;
import dev.atrium.task.internal.TaskRow;
import dev.atrium.task.internal.TasksTable;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Comments on tasks: whoever may see a task reads and writes its comments (a task one may not see
 * answers 404, as the task does; nothing is written while its project is archived). Only a
 * comment's author edits (which stamps {@code editedAt}) or deletes it. A comment written or
 * deleted changes the task's {@code comment_count} under the locks every write of the task takes
 * (its project's row, then its own), and puts its card on the project's stream with task-core's
 * {@link ProjectStream} and {@link Cards}; the people on the task get {@code task.changed} after
 * commit, as for any change. A new comment, and an edit that mentions someone new, are told after
 * the commit ({@link TaskCommented}).
 */
@Service
public class TaskComments {

  private final TaskReader reader;
  private final TasksTable tasks;
  private final ProjectsTable projects;
  private final ProjectStream stream;
  private final Cards cards;
  private final TaskCommentsTable comments;
  private final ResourceAccess resources;
  private final OrgDirectory directory;
  private final RealtimeGateway gateway;
  private final ObjectMapper json;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  TaskComments(
      TaskReader reader,
      TasksTable tasks,
      ProjectsTable projects,
      ProjectStream stream,
      Cards cards,
      TaskCommentsTable comments,
      ResourceAccess resources,
      OrgDirectory directory,
      RealtimeGateway gateway,
      ObjectMapper json,
      ApplicationEventPublisher events,
      Clock clock) {
    this.reader = reader;
    this.tasks = tasks;
    this.projects = projects;
    this.stream = stream;
    this.cards = cards;
    this.comments = comments;
    this.resources = resources;
    this.directory = directory;
    this.gateway = gateway;
    this.json = json;
    this.events = events;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<TaskComment> list(Subject subject, UUID taskId) {
    seen(subject, taskId);
    return views(subject, taskId, comments.of(taskId));
  }

  @Transactional
  public TaskComment write(Subject subject, UUID taskId, WriteTaskComment command) {
    seen(subject, taskId);
    String body = checked(command.body());
    Set<UUID> mentioned = mentions(body);
    TaskRow task = writable(subject, taskId);
    Row row = new Row(
        Ids.newId(), task.id(), subject.personId(), body, List.copyOf(mentioned), now(), null);
    comments.insert(row);
    counted(task, 1);
    mentioned.remove(subject.personId());
    events.publishEvent(
        new TaskCommented(task.id(), row.id(), subject.personId(), mentioned, false));
    return views(subject, task.id(), List.of(row)).getFirst();
  }

  @Transactional
  public TaskComment edit(Subject subject, UUID commentId, WriteTaskComment command) {
    Row row = own(subject, commentId);
    String body = checked(command.body());
    Set<UUID> mentioned = mentions(body);
    TaskRow task = writable(subject, row.taskId());
    Instant now = now();
    comments.edit(row.id(), body, List.copyOf(mentioned), now);
    Set<UUID> added = new LinkedHashSet<>(mentioned);
    row.mentions().forEach(added::remove);
    added.remove(subject.personId());
    if (!added.isEmpty()) {
      events.publishEvent(new TaskCommented(task.id(), row.id(), subject.personId(), added, true));
    }
    Row edited = new Row(
        row.id(), row.taskId(), row.authorId(), body, List.copyOf(mentioned), row.createdAt(), now);
    return views(subject, task.id(), List.of(edited)).getFirst();
  }

  @Transactional
  public void delete(Subject subject, UUID commentId) {
    Row row = own(subject, commentId);
    TaskRow task = writable(subject, row.taskId());
    comments.delete(row.id());
    counted(task, -1);
  }

  /** The task, if the subject may see it; else 404 as the task itself answers. */
  private TaskView seen(Subject subject, UUID taskId) {
    return reader.find(subject, taskId).orElseThrow(TaskComments::notFound);
  }

  /**
   * The task's row, locked after its project's (the order every write of a task takes them in),
   * while its project is not archived; 404 if it went away or out of the subject's sight meanwhile.
   */
  private TaskRow writable(Subject subject, UUID taskId) {
    UUID locked = null;
    TaskRow row = tasks.find(taskId).orElseThrow(TaskComments::notFound);
    while (row.projectId() != null && !row.projectId().equals(locked)) {
      locked = row.projectId();
      projects.lock(locked);
      row = tasks.lock(taskId).orElseThrow(TaskComments::notFound);
    }
    if (locked == null) {
      row = tasks.lock(taskId).orElseThrow(TaskComments::notFound);
    }
    if (row.projectId() != null) {
      ProjectRow project = projects
          .view(row.projectId(), resources.viewer(subject))
          .filter(p -> p.rank() > 0)
          .orElseThrow(TaskComments::notFound);
      if (project.archived()) {
        throw DomainException.conflict(
            "task.project-archived", "The task's project is archived: reopen it to change it.");
      }
    }
    return row;
  }

  /**
   * The task's comment count moved by {@code delta}: its card (a top-level task's in a project) on
   * the project's stream, and {@code task.changed} to the people on it after commit.
   */
  private void counted(TaskRow task, int delta) {
    comments.count(task.id(), delta);
    if (task.projectId() != null && task.parentId() == null) {
      stream.append(task.projectId(), cards.upserts(List.of(task.id())));
    }
    Set<UUID> people = Set.copyOf(tasks.participants(task.id()));
    ObjectNode payload = json.createObjectNode();
    payload.put("taskId", task.id().toString());
    AfterCommit.run(() -> gateway.send(people, new Frame.Signal("task.changed", payload)));
  }

  /** The subject's own comment on a task they may see; someone else's answers 403, an unseen one 404. */
  private Row own(Subject subject, UUID commentId) {
    Row row = comments.find(commentId).orElseThrow(TaskComments::commentNotFound);
    if (reader.find(subject, row.taskId()).isEmpty()) {
      throw commentNotFound();
    }
    if (!row.authorId().equals(subject.personId())) {
      throw DomainException.forbidden(
          "task.comment-not-author", "Only the comment's author may change or delete it.");
    }
    return row;
  }

  private static String checked(String body) {
    String text = body.strip();
    if (text.isEmpty()) {
      throw DomainException.badRequest("task.comment-empty", "Write something to comment.");
    }
    if (text.length() > CommentBodies.MAX_LENGTH) {
      throw DomainException.badRequest(
          "task.comment-too-long",
          "A comment holds at most " + CommentBodies.MAX_LENGTH + " characters.");
    }
    return text;
  }

  /** The people the body mentions, each an existing person. */
  private Set<UUID> mentions(String body) {
    Set<UUID> mentioned = CommentBodies.mentioned(body);
    if (mentioned.size() > CommentBodies.MAX_MENTIONS) {
      throw DomainException.badRequest(
          "task.too-many-mentions",
          "A comment mentions at most " + CommentBodies.MAX_MENTIONS + " people.");
    }
    if (!mentioned.isEmpty() && directory.summaries(mentioned).size() != mentioned.size()) {
      throw DomainException.badRequest(
          "task.mention-unknown", "Someone the comment mentions does not exist.");
    }
    return mentioned;
  }

  private List<TaskComment> views(Subject subject, UUID taskId, List<Row> rows) {
    Set<UUID> people = new HashSet<>();
    Set<UUID> mentioned = new HashSet<>();
    rows.forEach(row -> {
      people.add(row.authorId());
      mentioned.addAll(row.mentions());
    });
    people.addAll(mentioned);
    Map<UUID, PersonSummary> names = directory.summaries(people).stream()
        .collect(Collectors.toMap(PersonSummary::id, Function.identity()));
    Map<UUID, Boolean> canSee = new HashMap<>();
    mentioned.forEach(person -> canSee.put(person, reader.maySee(person, taskId)));
    return rows.stream()
        .map(row -> {
          PersonSummary author = names.get(row.authorId());
          boolean mine = row.authorId().equals(subject.personId());
          return new TaskComment(
              row.id(),
              row.taskId(),
              author == null
                  ? new TaskPerson(row.authorId(), "", "#8c8c8c")
                  : new TaskPerson(author.id(), author.name(), author.avatarColor()),
              row.body(),
              row.mentions().stream()
                  .map(names::get)
                  .filter(Objects::nonNull)
                  .map(person -> new TaskComment.Mention(
                      person.id(),
                      person.name(),
                      person.avatarColor(),
                      canSee.getOrDefault(person.id(), false)))
                  .toList(),
              row.createdAt(),
              row.editedAt(),
              new TaskComment.Capabilities(mine, mine));
        })
        .toList();
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  private static DomainException notFound() {
    return DomainException.notFound("task.not-found", "There is no such task.");
  }

  private static DomainException commentNotFound() {
    return DomainException.notFound("task.comment-not-found", "There is no such comment.");
  }
}
