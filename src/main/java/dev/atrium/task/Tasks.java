package dev.atrium.task;

import dev.atrium.access.ResourceAccess;
import dev.atrium.access.Subject;
import dev.atrium.access.Viewer;
import dev.atrium.files.StoredFile;
import dev.atrium.files.StoredFiles;
import dev.atrium.org.OrgDirectory;
import dev.atrium.org.PersonRef;
import dev.atrium.realtime.Frame;
import dev.atrium.realtime.RealtimeGateway;
import dev.atrium.shared.AfterCommit;
import dev.atrium.shared.DomainException;
import dev.atrium.shared.Ids;
import dev.atrium.shared.RichDocument;
import dev.atrium.task.internal.Cards;
import dev.atrium.task.internal.PersonalTasksMade;
import dev.atrium.task.internal.ProjectRow;
import dev.atrium.task.internal.ProjectStream;
import dev.atrium.task.internal.ProjectsTable;
import dev.atrium.task.internal.Ranks;
import dev.atrium.task.internal.Recurrences;
import dev.atrium.task.internal.SectionRow;
import dev.atrium.task.internal.TaskDraft;
import dev.atrium.task.internal.TaskPeople;
import dev.atrium.task.internal.TaskResources;
import dev.atrium.task.internal.TaskRow;
import dev.atrium.task.internal.TasksTable;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Tasks: the one write path of every change to a task (create, change, move, complete, reopen,
 * delete), each checking who may do it, writing the task and its history, publishing the domain
 * event and appending to the project's stream in one transaction. Writes to a project's tasks take
 * the project's row lock first (with those of the other projects whose streams they append to, in
 * id order; then the task's), so they serialise and the stream follows commit order; a personal task's writes take its row lock. Who sees a task is {@code TaskVisibility}'s one
 * rule; a task one may not see answers 404.
 */
@Service
public class Tasks {

  /** The owner kind of files hung on a task. */
  public static final String FILE_OWNER = "task.task";

  static final int MAX_TITLE = 500;
  static final int MAX_TAGS = 20;
  static final int MAX_TAG = 30;
  static final int MAX_CHECKLIST = 100;
  /** The largest description, as the editor's JSON: 256 KiB. */
  static final int DESCRIPTION_BYTES = 256 * 1024;

  static final int MAX_REMINDER_MINUTES = 60 * 24 * 30;

  private final TasksTable tasks;
  private final ProjectsTable projects;
  private final Projects projectService;
  private final ProjectStream stream;
  private final Cards cards;
  private final TaskPeople people;
  private final ResourceAccess resources;
  private final OrgDirectory directory;
  private final StoredFiles files;
  private final RealtimeGateway gateway;
  private final ApplicationEventPublisher events;
  private final ObjectMapper json;
  private final Clock clock;

  Tasks(
      TasksTable tasks,
      ProjectsTable projects,
      Projects projectService,
      ProjectStream stream,
      Cards cards,
      TaskPeople people,
      ResourceAccess resources,
      OrgDirectory directory,
      StoredFiles files,
      RealtimeGateway gateway,
      ApplicationEventPublisher events,
      ObjectMapper json,
      Clock clock) {
    this.tasks = tasks;
    this.projects = projects;
    this.projectService = projectService;
    this.stream = stream;
    this.cards = cards;
    this.people = people;
    this.resources = resources;
    this.directory = directory;
    this.files = files;
    this.gateway = gateway;
    this.events = events;
    this.json = json;
    this.clock = clock;
  }

  // ---------------------------------------------------------------- reading

  @Transactional(readOnly = true)
  public Task get(Subject subject, UUID taskId) {
    Viewer viewer = resources.viewer(subject);
    TasksTable.Seen seen = seen(viewer, taskId);
    TaskRow row = tasks.find(taskId).orElseThrow(Tasks::notFound);
    ProjectRow project = row.projectId() == null
        ? null
        : projects.view(row.projectId(), viewer).orElseThrow(Tasks::notFound);
    return view(subject, viewer, row, seen, project);
  }

  /** A project's board as the viewer may see it, filtered; "today" is in {@code zone}. */
  @Transactional(readOnly = true)
  public Board board(Subject subject, UUID projectId, TaskFilter filter, ZoneId zone) {
    Viewer viewer = resources.viewer(subject);
    ProjectRow project = projectService.viewable(viewer, projectId);
    return new Board(
        project.lastSeq(), cards.of(tasks.board(projectId, viewer, filter, zone, clock.instant())));
  }

  /**
   * My tasks in their groups: those I am assignee ({@code role} ASSIGNEE) or follower (FOLLOWER) of,
   * or with no role both and my personal tasks; the days are {@code zone}'s. Without {@code group},
   * every group with its count and first {@code limit} cards; with it, that group's next
   * {@code limit} after the card {@code after}.
   */
  @Transactional(readOnly = true)
  public MyTasks mine(
      Subject subject,
      @Nullable String role,
      ZoneId zone,
      @Nullable MyTaskGroupKey group,
      @Nullable UUID after,
      int limit) {
    List<TasksTable.Keyed> keyed =
        tasks.myTasks(resources.viewer(subject), role, zone, clock.instant(), group, after, limit);
    Map<UUID, TaskCard> byId = new HashMap<>();
    cards
        .withProjects(tasks.cards(keyed.stream().map(TasksTable.Keyed::id).toList()))
        .forEach(card -> byId.put(card.id(), card));
    List<MyTaskGroup> groups = new ArrayList<>();
    for (MyTaskGroupKey key : group == null ? List.of(MyTaskGroupKey.values()) : List.of(group)) {
      List<TasksTable.Keyed> page = keyed.stream().filter(k -> k.group() == key).toList();
      List<TaskCard> shown =
          page.stream().map(k -> byId.get(k.id())).filter(Objects::nonNull).toList();
      TasksTable.Keyed last = page.isEmpty() ? null : page.getLast();
      groups.add(new MyTaskGroup(
          key,
          last == null ? 0 : last.total(),
          shown,
          last != null && last.place() < last.total() ? last.id() : null));
    }
    return new MyTasks(groups);
  }

  /** Every change of the task, newest first. */
  @Transactional(readOnly = true)
  public List<TaskHistoryEntry> history(Subject subject, UUID taskId) {
    seen(resources.viewer(subject), taskId);
    List<TasksTable.HistoryRow> rows = tasks.history(taskId);
    Map<UUID, TaskPerson> named =
        people.named(rows.stream().map(TasksTable.HistoryRow::actorId).toList());
    return rows.stream()
        .map(h -> new TaskHistoryEntry(
            h.id(),
            TaskPeople.of(named, h.actorId()),
            h.at(),
            h.field(),
            h.before() == null ? null : json.readTree(h.before()),
            h.after() == null ? null : json.readTree(h.after())))
        .toList();
  }

  // ---------------------------------------------------------------- writing

  /** Makes a task; see {@link CreateTask} for where it goes. */
  @Transactional
  public Task create(Subject subject, CreateTask command) {
    return create(subject, command, null);
  }

  /**
   * Makes a task that came from somewhere ({@code source}: a chat message, a page, an announcement,
   * as task-links describes it), shown on its card and detail.
   */
  @Transactional
  public Task create(Subject subject, CreateTask command, @Nullable JsonNode source) {
    Viewer viewer = resources.viewer(subject);
    UUID me = subject.personId();
    Instant now = now();
    String zone = zone(command.timeZone());
    TaskDraft d = TaskDraft.fresh(Ids.newId(), me, title(command.title()), zone, now);
    ProjectRow project = null;
    if (command.parentId() != null) {
      TaskRow parent = tasks.find(command.parentId()).orElseThrow(Tasks::notFound);
      if (parent.projectId() != null) {
        projects.lock(parent.projectId());
      }
      parent = tasks.lock(command.parentId()).orElseThrow(Tasks::notFound);
      if (parent.parentId() != null) {
        throw DomainException.badRequest(
            "task.subtask-too-deep", "A subtask cannot have subtasks of its own.");
      }
      project = requireEditable(viewer, parent);
      d.projectId = parent.projectId();
      d.parentId = parent.id();
      d.rank = Ranks.between(tasks.lastSubtaskRank(parent.id()).orElse(null), null);
      if (command.sectionId() != null) {
        throw DomainException.badRequest(
            "task.section-of-other-project", "A subtask lives in its parent, not in a section.");
      }
    } else if (command.projectId() != null) {
      if (!projects.lock(command.projectId())) {
        throw projectNotFound();
      }
      project = editable(projectService.viewable(viewer, command.projectId()));
      d.projectId = project.id();
      SectionRow section = command.sectionId() == null
          ? projects.sections(project.id()).getFirst()
          : section(command.sectionId(), project.id());
      d.sectionId = section.id();
      List<TasksTable.Ranked> ranks = tasks.ranksIn(section.id());
      d.rank = Ranks.between(ranks.isEmpty() ? null : ranks.getLast().rank(), null);
    } else if (command.sectionId() != null) {
      throw DomainException.badRequest(
          "task.section-of-other-project", "A personal task is in no project's section.");
    }
    if (command.description() != null && !command.description().isNull()) {
      RichDocument.Checked checked = RichDocument.check(
          json,
          command.description(),
          DESCRIPTION_BYTES,
          "task.description-too-long",
          "task.description-invalid");
      d.description = checked.json();
      d.descriptionText = checked.text();
    }
    d.priority = command.priority() == null ? Priority.NONE : command.priority();
    d.allDay = Boolean.TRUE.equals(command.allDay());
    d.startAt = day(command.startAt(), d.allDay, zone);
    d.dueAt = day(command.dueAt(), d.allDay, zone);
    d.tags = tags(orEmpty(command.tags()));
    d.checklist = checklist(orEmpty(command.checklist()));
    d.reminders = reminders(orEmpty(command.reminders()));
    d.recurrence = command.recurrence() == null || command.recurrence().isBlank()
        ? null
        : Recurrences.check(command.recurrence());
    if (d.recurrence != null) {
      d.seriesId = d.id;
      d.occurrence = 1;
    }
    d.assigneeIds = List.copyOf(new LinkedHashSet<>(orEmpty(command.assigneeIds())));
    d.followerIds = List.copyOf(new LinkedHashSet<>(orEmpty(command.followerIds())));
    d.source = source == null ? null : json.writeValueAsString(source);
    checkDates(d);
    checkPeople(d, project);
    List<UUID> blockers = List.copyOf(new LinkedHashSet<>(orEmpty(command.blockedByIds())));
    checkBlockers(viewer, d.id, blockers);
    attach(subject, d, orEmpty(command.attachmentFileIds()));
    tasks.insert(d.row());
    tasks.setPeople(d.id, "ASSIGNEE", d.assigneeIds);
    tasks.setPeople(d.id, "FOLLOWER", d.followerIds);
    tasks.setBlockers(d.id, blockers);
    tasks.addHistory(d.id, me, now, "created", null, json.writeValueAsString(d.title));
    events.publishEvent(new TaskCreated(d.id, me));
    if (!d.assigneeIds.isEmpty()) {
      events.publishEvent(new TaskAssigned(d.id, me, d.assigneeIds));
    }
    changed(d.projectId, List.of(d.id), Set.of());
    return view(subject, viewer, tasks.find(d.id).orElseThrow(), seen(viewer, d.id), project);
  }

  /**
   * Makes one personal task per person, each assigned to them, from the same title, due time and
   * source (an announcement's task for each of its recipients): the checks of {@link #create} once,
   * then a few statements for the lot and one {@link PersonalTasksMade} for the indexing and the
   * notices. People who do not exist are left out. Answers each person's task, in their order.
   */
  @Transactional
  public Map<UUID, UUID> createAssigned(
      Subject author,
      String title,
      @Nullable Instant dueAt,
      boolean allDay,
      @Nullable String timeZone,
      @Nullable JsonNode source,
      List<UUID> people) {
    Set<UUID> known = new HashSet<>();
    directory.summaries(people).forEach(person -> known.add(person.id()));
    List<UUID> assignees = people.stream().distinct().filter(known::contains).toList();
    if (assignees.isEmpty()) {
      return Map.of();
    }
    String zone = zone(timeZone);
    TaskDraft d = TaskDraft.fresh(Ids.newId(), author.personId(), title(title), zone, now());
    d.allDay = allDay;
    d.dueAt = day(dueAt, allDay, zone);
    d.source = source == null ? null : json.writeValueAsString(source);
    checkDates(d);
    List<UUID> ids = assignees.stream().map(person -> Ids.newId()).toList();
    tasks.insertAssigned(d.row(), ids, assignees);
    events.publishEvent(new PersonalTasksMade(ids, author.personId()));
    Map<UUID, UUID> made = new LinkedHashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      made.put(assignees.get(i), ids.get(i));
      // the assignee's My tasks; the author follows none of them there
      signal(List.of(assignees.get(i)), ids.get(i));
    }
    return made;
  }

  /** Changes the fields of the task that are not null in {@code command}. */
  @Transactional
  public Task update(Subject subject, UUID taskId, UpdateTask command) {
    Set<String> sent = new HashSet<>();
    for (var component : UpdateTask.class.getRecordComponents()) {
      try {
        if (component.getAccessor().invoke(command) != null) {
          sent.add(component.getName());
        }
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    return update(subject, taskId, command, sent);
  }

  /**
   * Changes the task's fields named in {@code sent} (a request's keys): to the command's value, or
   * cleared where that is null; see {@link UpdateTask}.
   */
  @Transactional
  public Task update(Subject subject, UUID taskId, UpdateTask command, Set<String> sent) {
    Viewer viewer = resources.viewer(subject);
    // the cards of its blockers, before and after, go on their projects' streams
    TaskRow row = lockTask(taskId, () -> {
      Set<UUID> ends = new HashSet<>(tasks.blockerIds(taskId));
      if (sent.contains("blockedByIds")) {
        ends.addAll(orEmpty(command.blockedByIds()));
      }
      return ends;
    });
    seen(viewer, taskId);
    ProjectRow project = requireEditable(viewer, row);
    UUID me = subject.personId();
    Instant now = now();
    TaskDraft d = new TaskDraft(row);
    if (sent.contains("title")) {
      d.title = title(command.title() == null ? "" : command.title());
    }
    if (sent.contains("description")) {
      JsonNode description = command.description();
      if (description == null || description.isNull()) {
        d.description = null;
        d.descriptionText = "";
      } else {
        RichDocument.Checked checked = RichDocument.check(
            json,
            description,
            DESCRIPTION_BYTES,
            "task.description-too-long",
            "task.description-invalid");
        d.description = checked.json();
        d.descriptionText = checked.text();
      }
    }
    if (sent.contains("timeZone")) {
      d.timeZone = zone(command.timeZone());
    }
    if (sent.contains("allDay")) {
      d.allDay = Boolean.TRUE.equals(command.allDay());
    }
    if (sent.contains("startAt")) {
      d.startAt = command.startAt();
    }
    if (sent.contains("dueAt")) {
      d.dueAt = command.dueAt();
    }
    d.startAt = day(d.startAt, d.allDay, d.timeZone);
    d.dueAt = day(d.dueAt, d.allDay, d.timeZone);
    if (sent.contains("priority")) {
      d.priority = command.priority() == null ? Priority.NONE : command.priority();
    }
    if (sent.contains("tags")) {
      d.tags = tags(orEmpty(command.tags()));
    }
    if (sent.contains("checklist")) {
      d.checklist = checklist(orEmpty(command.checklist()));
    }
    if (sent.contains("reminders")) {
      d.reminders = reminders(orEmpty(command.reminders()));
    }
    if (sent.contains("recurrence")) {
      String rule = command.recurrence();
      d.recurrence = rule == null || rule.isBlank() ? null : Recurrences.check(rule);
      if (d.recurrence != null && d.seriesId == null) {
        d.seriesId = d.id;
        d.occurrence = 1;
      }
    }
    if (sent.contains("assigneeIds")) {
      d.assigneeIds = List.copyOf(new LinkedHashSet<>(orEmpty(command.assigneeIds())));
    }
    if (sent.contains("followerIds")) {
      d.followerIds = List.copyOf(new LinkedHashSet<>(orEmpty(command.followerIds())));
    }
    if (sent.contains("sectionId")) {
      UUID sectionId = command.sectionId();
      if (row.parentId() != null || project == null || sectionId == null) {
        throw DomainException.badRequest(
            "task.section-of-other-project",
            "Only a project's top-level task is in a section, one of that project's.");
      }
      if (!sectionId.equals(row.sectionId())) {
        section(sectionId, project.id());
        List<TasksTable.Ranked> ranks = tasks.ranksIn(sectionId);
        d.sectionId = sectionId;
        d.rank = Ranks.between(ranks.isEmpty() ? null : ranks.getLast().rank(), null);
      }
    }
    checkDates(d);
    checkPeople(d, project);
    List<UUID> blockersBefore = tasks.blockerIds(taskId);
    List<UUID> blockers = blockersBefore;
    if (sent.contains("blockedByIds")) {
      blockers = List.copyOf(new LinkedHashSet<>(orEmpty(command.blockedByIds())));
      Set<UUID> added = new LinkedHashSet<>(blockers);
      added.removeAll(blockersBefore);
      checkBlockers(viewer, taskId, added);
    }
    Map<String, Object[]> changes = new LinkedHashMap<>();
    diff(changes, "title", row.title(), d.title);
    diff(changes, "description", row.descriptionText(), d.descriptionText);
    if (!Objects.equals(row.description(), d.description)) {
      changes.putIfAbsent("description", new Object[] {row.descriptionText(), d.descriptionText});
    }
    diff(changes, "priority", row.priority(), d.priority);
    diff(changes, "start", row.startAt(), d.startAt);
    diff(changes, "due", row.dueAt(), d.dueAt);
    diff(changes, "allDay", row.allDay(), d.allDay);
    diff(changes, "timeZone", row.timeZone(), d.timeZone);
    diff(changes, "tags", row.tags(), d.tags);
    diff(changes, "checklist", json.readTree(row.checklist()), json.readTree(d.checklist));
    diff(changes, "reminders", row.reminders(), d.reminders);
    diff(changes, "recurrence", row.recurrence(), d.recurrence);
    diff(changes, "assignees", new TreeSet<>(row.assigneeIds()), new TreeSet<>(d.assigneeIds));
    diff(changes, "followers", new TreeSet<>(row.followerIds()), new TreeSet<>(d.followerIds));
    diff(changes, "blockedBy", new TreeSet<>(blockersBefore), new TreeSet<>(blockers));
    diff(changes, "section", row.sectionId(), d.sectionId);
    if (sent.contains("attachmentFileIds")) {
      List<UUID> before = row.attachmentFileIds();
      attach(subject, d, orEmpty(command.attachmentFileIds()));
      diff(changes, "attachments", before, d.attachmentFileIds);
    }
    if (changes.isEmpty()) {
      return view(subject, viewer, row, seen(viewer, taskId), project);
    }
    d.updatedAt = now;
    tasks.update(d.row());
    if (changes.containsKey("assignees")) {
      tasks.setPeople(taskId, "ASSIGNEE", d.assigneeIds);
    }
    if (changes.containsKey("followers")) {
      tasks.setPeople(taskId, "FOLLOWER", d.followerIds);
    }
    if (changes.containsKey("blockedBy")) {
      tasks.setBlockers(taskId, blockers);
    }
    changes.forEach((field, values) ->
        tasks.addHistory(taskId, me, now, field, jsonOf(values[0]), jsonOf(values[1])));
    events.publishEvent(new TaskChanged(taskId, me, Set.copyOf(changes.keySet())));
    List<UUID> added = new ArrayList<>(d.assigneeIds);
    added.removeAll(row.assigneeIds());
    if (!added.isEmpty()) {
      events.publishEvent(new TaskAssigned(taskId, me, added));
    }
    Set<UUID> before = new HashSet<>(row.assigneeIds());
    before.addAll(row.followerIds());
    List<UUID> touched = new ArrayList<>(List.of(taskId));
    if (changes.containsKey("blockedBy")) {
      // a blocker's "blocking" list and a blocked card's flag are on other tasks' cards
      touched.addAll(blockersBefore);
      touched.addAll(blockers);
    }
    changed(d.projectId, touched, before);
    return view(subject, viewer, tasks.find(taskId).orElseThrow(), seen(viewer, taskId), project);
  }

  /**
   * Completes a task (again: nothing changes). A recurring task's next occurrence is made in the same
   * transaction, once per series and occurrence whoever completes it how often.
   */
  @Transactional
  public Task complete(Subject subject, UUID taskId) {
    return changeState(subject, taskId, TaskState.DONE);
  }

  /** Opens a completed task again (an open one: nothing changes). */
  @Transactional
  public Task reopen(Subject subject, UUID taskId) {
    return changeState(subject, taskId, TaskState.OPEN);
  }

  private Task changeState(Subject subject, UUID taskId, TaskState target) {
    Viewer viewer = resources.viewer(subject);
    // the tasks it blocks show whether they still wait, on their projects' streams
    TaskRow row = lockTask(taskId, () -> tasks.blockedIds(taskId));
    TasksTable.Seen seen = seen(viewer, taskId);
    ProjectRow project = requireEditable(viewer, row);
    if (row.state() == target) {
      return view(subject, viewer, row, seen, project);
    }
    boolean done = target == TaskState.DONE;
    UUID me = subject.personId();
    Instant now = now();
    TaskDraft d = new TaskDraft(row);
    d.state = target;
    d.completedAt = done ? now : null;
    d.completedBy = done ? me : null;
    d.updatedAt = now;
    tasks.update(d.row());
    tasks.addHistory(taskId, me, now, "state", jsonOf(row.state()), jsonOf(target));
    events.publishEvent(done ? new TaskCompleted(taskId, me) : new TaskReopened(taskId, me));
    List<UUID> touched = new ArrayList<>(List.of(taskId));
    touched.addAll(tasks.blockedIds(taskId));
    if (done) {
      touched.addAll(nextOccurrence(row, me, now));
    }
    changed(row.projectId(), touched, Set.of());
    return view(subject, viewer, tasks.find(taskId).orElseThrow(), seen, project);
  }

  /**
   * Makes a recurring task's next occurrence and copies of its subtasks, unless the series has that
   * occurrence already; answers what it made (nothing, or the occurrence and its subtasks).
   */
  private List<UUID> nextOccurrence(TaskRow row, UUID actor, Instant now) {
    if (row.recurrence() == null || row.dueAt() == null) {
      return List.of();
    }
    int occurrence = row.occurrence() == null ? 1 : row.occurrence();
    ZoneId zone = ZoneId.of(row.timeZone());
    Optional<Instant> due = Recurrences.next(row.recurrence(), row.dueAt(), zone, occurrence);
    if (due.isEmpty()) {
      return List.of();
    }
    TaskDraft next = new TaskDraft(row);
    next.id = Ids.newId();
    next.seriesId = row.seriesId() == null ? row.id() : row.seriesId();
    next.occurrence = occurrence + 1;
    next.dueAt = due.get();
    next.startAt = row.startAt() == null
        ? null
        : due.get().minus(Duration.between(row.startAt(), row.dueAt()));
    afresh(next, row, now);
    if (row.sectionId() != null && projects.section(row.sectionId()).isPresent()) {
      List<TasksTable.Ranked> ranks = tasks.ranksIn(row.sectionId());
      next.rank = Ranks.between(ranks.isEmpty() ? null : ranks.getLast().rank(), null);
    }
    if (!tasks.insertOccurrence(next.row())) {
      return List.of();
    }
    madeFrom(row, next, actor, now);
    List<UUID> made = new ArrayList<>(List.of(next.id));
    // the subtasks come along only with the occurrence this call made, so they too are made once;
    // their dates move as the parent's due did, in local time (9:00 stays 9:00)
    Duration shift = Duration.between(
        row.dueAt().atZone(zone).toLocalDateTime(), due.get().atZone(zone).toLocalDateTime());
    for (UUID subtaskId : tasks.subtaskIds(row.id())) {
      TaskRow subtask = tasks.find(subtaskId).orElseThrow();
      TaskDraft copy = new TaskDraft(subtask);
      copy.id = Ids.newId();
      copy.parentId = next.id;
      copy.projectId = next.projectId;
      copy.startAt = shifted(subtask.startAt(), shift, subtask.timeZone());
      copy.dueAt = shifted(subtask.dueAt(), shift, subtask.timeZone());
      // a subtask repeating on its own starts a series of its own
      copy.seriesId = subtask.recurrence() == null ? null : copy.id;
      copy.occurrence = subtask.recurrence() == null ? null : 1;
      afresh(copy, subtask, now);
      tasks.insert(copy.row());
      madeFrom(subtask, copy, actor, now);
      made.add(copy.id);
    }
    return made;
  }

  /** The people, files, history and events of a task just made as a copy of {@code row}. */
  private void madeFrom(TaskRow row, TaskDraft made, UUID actor, Instant now) {
    tasks.setPeople(made.id, "ASSIGNEE", row.assigneeIds());
    tasks.setPeople(made.id, "FOLLOWER", row.followerIds());
    if (!row.attachmentFileIds().isEmpty()) {
      files.share(FILE_OWNER, row.id(), made.id);
    }
    tasks.addHistory(made.id, actor, now, "created", null, json.writeValueAsString(made.title));
    events.publishEvent(new TaskCreated(made.id, actor));
    if (!row.assigneeIds().isEmpty()) {
      events.publishEvent(new TaskAssigned(made.id, actor, row.assigneeIds()));
    }
  }

  private static @Nullable Instant shifted(@Nullable Instant at, Duration shift, String zone) {
    if (at == null) {
      return null;
    }
    ZoneId id = ZoneId.of(zone);
    return at.atZone(id).toLocalDateTime().plus(shift).atZone(id).toInstant();
  }

  /** A copy of {@code from} as a new occurrence starts it: open, uncommented, its checklist unticked. */
  private void afresh(TaskDraft draft, TaskRow from, Instant now) {
    draft.state = TaskState.OPEN;
    draft.completedAt = null;
    draft.completedBy = null;
    draft.commentCount = 0;
    draft.createdAt = now;
    draft.updatedAt = now;
    draft.checklist = freshChecklist(from.checklist());
  }

  /** A checklist with every item open again. */
  private String freshChecklist(String checklist) {
    return json.writeValueAsString(checklistOf(checklist).stream()
        .map(item -> new ChecklistItem(item.id(), item.text(), false))
        .toList());
  }

  /**
   * Moves a top-level task within its project's board, to another section, or to another project
   * (or a personal task into a project). Under the locks of the projects involved, its new rank lies
   * just below {@code beforeId}'s current rank and above the card now following that one (or just
   * above {@code afterId}, or last), so concurrent moves serialise and every client ends with the
   * same order; a section whose ranks grew too long is re-ranked in the same transaction.
   */
  @Transactional
  public Task move(Subject subject, UUID taskId, MoveTask command) {
    Viewer viewer = resources.viewer(subject);
    TaskRow peek = tasks.find(taskId).orElseThrow(Tasks::notFound);
    UUID target = command.projectId() != null ? command.projectId() : peek.projectId();
    TreeSet<UUID> locks = new TreeSet<>();
    if (peek.projectId() != null) {
      locks.add(peek.projectId());
    }
    if (target != null) {
      locks.add(target);
    }
    locks.forEach(projects::lock);
    TaskRow row = lockTask(taskId);
    seen(viewer, taskId);
    ProjectRow from = requireEditable(viewer, row);
    if (row.parentId() != null) {
      throw DomainException.badRequest(
          "task.subtask-not-movable", "A subtask moves with its parent.");
    }
    if (target == null) {
      throw DomainException.badRequest(
          "task.section-of-other-project", "A personal task is in no project's section.");
    }
    ProjectRow to = target.equals(row.projectId()) && from != null
        ? from
        : editable(projectService.viewable(viewer, target));
    SectionRow section = section(command.sectionId(), to.id());
    TaskDraft d = new TaskDraft(row);
    d.projectId = to.id();
    d.sectionId = section.id();
    if (!to.id().equals(row.projectId())) {
      checkPeople(d, to);
    }
    List<TasksTable.Ranked> ranks = new ArrayList<>(tasks.ranksIn(section.id()));
    ranks.removeIf(r -> r.id().equals(taskId));
    int at = slot(ranks, command.beforeId(), command.afterId());
    String lower = at == 0 ? null : ranks.get(at - 1).rank();
    String upper = at == ranks.size() ? null : ranks.get(at).rank();
    List<UUID> reranked = List.of();
    if (lower != null && upper != null && lower.compareTo(upper) >= 0) {
      reranked = rerank(ranks);
      lower = at == 0 ? null : ranks.get(at - 1).rank();
      upper = at == ranks.size() ? null : ranks.get(at).rank();
    }
    d.rank = Ranks.between(lower, upper);
    if (d.rank.length() > Ranks.MAX_LENGTH) {
      ranks.add(at, new TasksTable.Ranked(taskId, d.rank));
      List<String> keys = Ranks.spread(ranks.size());
      List<UUID> changedRanks = new ArrayList<>();
      for (int i = 0; i < ranks.size(); i++) {
        TasksTable.Ranked r = ranks.get(i);
        if (r.id().equals(taskId)) {
          d.rank = keys.get(i);
        } else if (!r.rank().equals(keys.get(i))) {
          tasks.setRank(r.id(), keys.get(i));
          changedRanks.add(r.id());
        }
      }
      reranked = changedRanks;
    }
    UUID me = subject.personId();
    Instant now = now();
    d.updatedAt = now;
    tasks.update(d.row());
    Map<String, Object[]> changes = new LinkedHashMap<>();
    diff(changes, "project", row.projectId(), d.projectId);
    diff(changes, "section", row.sectionId(), d.sectionId);
    diff(changes, "position", row.rank(), d.rank);
    if (changes.containsKey("project")) {
      tasks.moveSubtasks(taskId, d.projectId);
    }
    changes.forEach((field, values) -> {
      if (!field.equals("position")) {
        tasks.addHistory(taskId, me, now, field, jsonOf(values[0]), jsonOf(values[1]));
      }
    });
    events.publishEvent(new TaskChanged(taskId, me, Set.copyOf(changes.keySet())));
    if (row.projectId() != null && !row.projectId().equals(to.id())) {
      stream.append(row.projectId(), new TaskStreamEvent.TaskRemoved(taskId));
    }
    List<UUID> moved = new ArrayList<>(reranked);
    moved.add(taskId);
    changed(to.id(), moved, Set.of());
    return view(subject, viewer, tasks.find(taskId).orElseThrow(), seen(viewer, taskId), to);
  }

  /** Where among {@code ranks} (without the moved card) it goes: its index once inserted. */
  private static int slot(
      List<TasksTable.Ranked> ranks, @Nullable UUID beforeId, @Nullable UUID afterId) {
    if (beforeId != null) {
      for (int i = 0; i < ranks.size(); i++) {
        if (ranks.get(i).id().equals(beforeId)) {
          return i + 1;
        }
      }
    }
    if (afterId != null) {
      for (int i = 0; i < ranks.size(); i++) {
        if (ranks.get(i).id().equals(afterId)) {
          return i;
        }
      }
    }
    return ranks.size();
  }

  /** Spreads a section's ranks evenly (they collided or grew too long); answers the cards that changed. */
  private List<UUID> rerank(List<TasksTable.Ranked> ranks) {
    List<String> keys = Ranks.spread(ranks.size());
    List<UUID> changedRanks = new ArrayList<>();
    for (int i = 0; i < ranks.size(); i++) {
      TasksTable.Ranked r = ranks.get(i);
      if (!r.rank().equals(keys.get(i))) {
        tasks.setRank(r.id(), keys.get(i));
        changedRanks.add(r.id());
      }
      ranks.set(i, new TasksTable.Ranked(r.id(), keys.get(i)));
    }
    return changedRanks;
  }

  /** Deletes a task and its subtasks for good: its creator, or an editor of its project. */
  @Transactional
  public void delete(Subject subject, UUID taskId) {
    Viewer viewer = resources.viewer(subject);
    TaskRow row = lockTask(taskId, () -> tasks.blockedIds(taskId));
    TasksTable.Seen seen = seen(viewer, taskId);
    ProjectRow project = row.projectId() == null
        ? null
        : projects.view(row.projectId(), viewer).orElseThrow(Tasks::notFound);
    if (!capabilities(subject, row, seen, project).canDelete()) {
      if (project != null && project.archived()) {
        throw archived();
      }
      throw DomainException.forbidden(
          "task.not-deletable", "Only its creator or the project's editors delete a task.");
    }
    List<UUID> gone = new ArrayList<>(tasks.subtaskIds(taskId));
    gone.add(taskId);
    Set<UUID> participants = new HashSet<>(tasks.participants(taskId));
    List<UUID> blocked = tasks.blockedIds(taskId);
    files.release(FILE_OWNER, gone);
    tasks.delete(taskId);
    gone.forEach(id -> events.publishEvent(new TaskDeleted(id, row.projectId())));
    if (row.projectId() != null) {
      if (row.parentId() == null) {
        stream.append(row.projectId(), new TaskStreamEvent.TaskRemoved(taskId));
      }
    }
    List<UUID> touched = new ArrayList<>(blocked);
    if (row.parentId() != null) {
      touched.add(row.parentId());
    }
    changed(row.projectId(), touched, participants);
    signal(participants, taskId);
  }

  /**
   * Sets where a task came from (task-links: the chat message was edited or deleted), as a system
   * change with no actor: its card is appended to the project's stream, nothing to its history.
   */
  @Transactional
  public void setSource(UUID taskId, @Nullable JsonNode source) {
    TaskRow peek = tasks.find(taskId).orElseThrow(Tasks::notFound);
    if (peek.projectId() != null) {
      projects.lock(peek.projectId());
    }
    TaskRow row = lockTask(taskId);
    TaskDraft d = new TaskDraft(row);
    d.source = source == null ? null : json.writeValueAsString(source);
    d.updatedAt = now();
    tasks.update(d.row());
    changed(row.projectId(), List.of(taskId), Set.of());
  }

  /**
   * Appends the task's card as it now is to its project's stream and tells the people on it, for
   * writers of a task's row elsewhere in this module (a comment count), inside their transaction.
   */
  @Transactional
  public void cardChanged(UUID taskId) {
    TaskRow peek = tasks.find(taskId).orElseThrow(Tasks::notFound);
    if (peek.projectId() != null) {
      projects.lock(peek.projectId());
    }
    changed(peek.projectId(), List.of(taskId), Set.of());
  }

  // ---------------------------------------------------------------- rules

  /** The task's row, locked after its project's row (the order every writer takes them in). */
  private TaskRow lockTask(UUID taskId) {
    TaskRow peek = tasks.find(taskId).orElseThrow(Tasks::notFound);
    UUID locked = peek.projectId();
    if (locked != null) {
      projects.lock(locked);
    }
    TaskRow row = tasks.lock(taskId).orElseThrow(Tasks::notFound);
    while (row.projectId() != null && !row.projectId().equals(locked)) {
      // moved to another project meanwhile: that one's lock orders its writers now
      locked = row.projectId();
      projects.lock(locked);
      row = tasks.lock(taskId).orElseThrow(Tasks::notFound);
    }
    return row;
  }

  /**
   * The task's row, locked after the rows of its project and of the projects of {@code others} (the
   * tasks whose cards the change appends to their own projects' streams), all taken in id order
   * before any is written: two writers each touching the other's project then queue on the first
   * lock instead of each holding one and waiting for the other's. A dependency made meanwhile by a
   * writer not holding these locks (a new task waiting on this one) brings its project's lock last,
   * out of order; that rare case is left to PostgreSQL's deadlock detection.
   */
  private TaskRow lockTask(UUID taskId, Supplier<Collection<UUID>> others) {
    TaskRow peek = tasks.find(taskId).orElseThrow(Tasks::notFound);
    TreeSet<UUID> locked = new TreeSet<>(tasks.projectsOf(others.get()));
    if (peek.projectId() != null) {
      locked.add(peek.projectId());
    }
    locked.forEach(projects::lock);
    TaskRow row = lockTask(taskId);
    TreeSet<UUID> late = new TreeSet<>(tasks.projectsOf(others.get()));
    late.removeAll(locked);
    late.forEach(projects::lock);
    return row;
  }

  private TasksTable.Seen seen(Viewer viewer, UUID taskId) {
    return tasks.visible(taskId, viewer).orElseThrow(Tasks::notFound);
  }

  /** The task's project if the viewer may change the task, else a refusal; null for a personal task. */
  private @Nullable ProjectRow requireEditable(Viewer viewer, TaskRow row) {
    if (row.projectId() == null) {
      TasksTable.Seen seen = seen(viewer, row.id());
      if (!seen.personalEditor()) {
        throw readOnly();
      }
      return null;
    }
    return editable(projects
        .view(row.projectId(), viewer)
        .filter(p -> p.rank() > 0)
        .orElseThrow(Tasks::notFound));
  }

  private static ProjectRow editable(ProjectRow project) {
    if (project.rank() < TaskResources.PROJECT.rankFor("edit")) {
      throw readOnly();
    }
    if (project.archived()) {
      throw archived();
    }
    return project;
  }

  private SectionRow section(UUID sectionId, UUID projectId) {
    SectionRow section = projects
        .section(sectionId)
        .orElseThrow(() -> DomainException.notFound("task.section-not-found", "No such section."));
    if (!section.projectId().equals(projectId)) {
      throw DomainException.badRequest(
          "task.section-of-other-project", "The section belongs to another project.");
    }
    return section;
  }

  /**
   * Assignees and followers exist, and on a project's task may view the project: a task is never
   * given to someone who could not open it.
   */
  private void checkPeople(TaskDraft d, @Nullable ProjectRow project) {
    Set<UUID> everyone = new LinkedHashSet<>(d.assigneeIds);
    everyone.addAll(d.followerIds);
    for (UUID person : everyone) {
      PersonRef ref = directory
          .find(person)
          .orElseThrow(() -> new DomainException(
              HttpStatus.BAD_REQUEST,
              "task.person-not-found",
              "No such person.",
              Map.of("personId", person)));
      if (project != null
          && resources.rank(
                  resources.viewer(new dev.atrium.access.Subject(person, ref.guest())),
                  TaskResources.PROJECT,
                  project.id())
              < 1) {
        throw new DomainException(
            HttpStatus.BAD_REQUEST,
            "task.assignee-cannot-see",
            ref.name() + " cannot see this project; share it with them first.",
            Map.of("personId", person));
      }
    }
  }

  /** The new blockers exist and are visible to the actor, and none waits on the task already. */
  private void checkBlockers(Viewer viewer, UUID taskId, Collection<UUID> blockers) {
    if (blockers.isEmpty()) {
      return;
    }
    if (blockers.contains(taskId)) {
      throw cycle();
    }
    if (tasks.visibleAmong(blockers, viewer).size() != new HashSet<>(blockers).size()) {
      throw DomainException.badRequest(
          "task.dependency-not-found", "A task it would wait for does not exist.");
    }
    if (tasks.wouldCycle(taskId, blockers)) {
      throw cycle();
    }
  }

  private static void checkDates(TaskDraft d) {
    if (d.startAt != null && d.dueAt != null && d.startAt.isAfter(d.dueAt)) {
      throw DomainException.badRequest(
          "task.due-before-start", "The due date is before the start.");
    }
    if (d.recurrence != null && d.dueAt == null) {
      throw DomainException.badRequest(
          "task.recurrence-needs-due", "A recurring task needs a due date to repeat from.");
    }
  }

  /** Hangs the caller's new uploads on the task and keeps what it shows of each. */
  private void attach(Subject subject, TaskDraft d, List<UUID> wanted) {
    List<TaskAttachment> held = attachmentsOf(d.attachments);
    Map<UUID, TaskAttachment> byId = new LinkedHashMap<>();
    held.forEach(a -> byId.put(a.id(), a));
    List<UUID> fresh =
        wanted.stream().distinct().filter(id -> !byId.containsKey(id)).toList();
    if (!fresh.isEmpty()) {
      for (StoredFile file : files.attach(subject, fresh, FILE_OWNER, d.id)) {
        byId.put(
            file.id(), new TaskAttachment(file.id(), file.name(), file.size(), file.contentType()));
      }
    }
    List<TaskAttachment> kept =
        wanted.stream().distinct().map(byId::get).filter(Objects::nonNull).toList();
    d.attachmentFileIds = kept.stream().map(TaskAttachment::id).toList();
    d.attachments = json.writeValueAsString(kept);
  }

  private static String title(String title) {
    String value = title.strip();
    if (value.isEmpty()) {
      throw DomainException.badRequest("task.title-empty", "A task needs a title.");
    }
    if (value.codePointCount(0, value.length()) > MAX_TITLE || value.length() > MAX_TITLE) {
      throw new DomainException(
          HttpStatus.BAD_REQUEST,
          "task.title-too-long",
          "A task's title is at most " + MAX_TITLE + " characters.",
          Map.of("max", MAX_TITLE));
    }
    return value;
  }

  private static String zone(@Nullable String zone) {
    if (zone == null || zone.isBlank()) {
      return "UTC";
    }
    try {
      return ZoneId.of(zone.strip()).getId();
    } catch (DateTimeException e) {
      throw DomainException.badRequest(
          "task.time-zone-invalid", "The time zone is not one of the IANA database's.");
    }
  }

  /** An all-day date is kept as the start of its day in the task's zone. */
  private static @Nullable Instant day(@Nullable Instant at, boolean allDay, String zone) {
    if (at == null || !allDay) {
      return at;
    }
    ZoneId id = ZoneId.of(zone);
    return at.atZone(id).toLocalDate().atStartOfDay(id).toInstant();
  }

  private static List<String> tags(List<String> tags) {
    Set<String> kept = new LinkedHashSet<>();
    for (String tag : tags) {
      String value = tag.strip();
      if (value.isEmpty()) {
        continue;
      }
      if (value.length() > MAX_TAG) {
        throw new DomainException(
            HttpStatus.BAD_REQUEST,
            "task.tag-too-long",
            "A tag is at most " + MAX_TAG + " characters.",
            Map.of("max", MAX_TAG));
      }
      kept.add(value);
    }
    if (kept.size() > MAX_TAGS) {
      throw new DomainException(
          HttpStatus.BAD_REQUEST,
          "task.too-many-tags",
          "A task has at most " + MAX_TAGS + " tags.",
          Map.of("max", MAX_TAGS));
    }
    return List.copyOf(kept);
  }

  private String checklist(List<ChecklistItem> items) {
    if (items.size() > MAX_CHECKLIST) {
      throw new DomainException(
          HttpStatus.BAD_REQUEST,
          "task.checklist-too-long",
          "A checklist has at most " + MAX_CHECKLIST + " items.",
          Map.of("max", MAX_CHECKLIST));
    }
    Set<UUID> ids = new HashSet<>();
    List<ChecklistItem> kept = new ArrayList<>();
    for (ChecklistItem item : items) {
      String text = item.text().strip();
      if (text.isEmpty()) {
        throw DomainException.badRequest(
            "task.checklist-item-empty", "A checklist item needs some text.");
      }
      UUID id = item.id() == null || !ids.add(item.id()) ? Ids.newId() : item.id();
      ids.add(id);
      kept.add(new ChecklistItem(id, text, item.done()));
    }
    return json.writeValueAsString(kept);
  }

  private static List<Integer> reminders(List<Integer> minutes) {
    TreeSet<Integer> kept = new TreeSet<>();
    for (Integer m : minutes) {
      if (m < 0 || m > MAX_REMINDER_MINUTES) {
        throw new DomainException(
            HttpStatus.BAD_REQUEST,
            "task.reminder-invalid",
            "A reminder is 0 to " + MAX_REMINDER_MINUTES + " minutes before the due time.",
            Map.of("max", MAX_REMINDER_MINUTES));
      }
      kept.add(m);
    }
    return List.copyOf(kept);
  }

  private static <T> List<T> orEmpty(@Nullable List<T> list) {
    return list == null ? List.of() : list;
  }

  private static void diff(
      Map<String, Object[]> changes,
      String field,
      @Nullable Object before,
      @Nullable Object after) {
    if (!Objects.equals(before, after)) {
      changes.put(field, new Object[] {before, after});
    }
  }

  private @Nullable String jsonOf(@Nullable Object value) {
    return value == null ? null : json.writeValueAsString(value);
  }

  // ---------------------------------------------------------------- telling

  /**
   * Tells who watches: the cards of these tasks (their parents' for subtasks) to the project's
   * stream, and a {@code task.changed} frame after commit to everyone on them (and {@code also}: who
   * was on them before), so My tasks refetch.
   */
  private void changed(@Nullable UUID projectId, List<UUID> taskIds, Set<UUID> also) {
    Set<UUID> cardIds = new LinkedHashSet<>();
    Set<UUID> recipients = new HashSet<>(also);
    for (UUID id : taskIds) {
      Optional<TaskRow> row = tasks.find(id);
      if (row.isEmpty()) {
        continue;
      }
      cardIds.add(row.get().parentId() == null ? id : row.get().parentId());
      recipients.addAll(tasks.participants(id));
      if (!Objects.equals(row.get().projectId(), projectId) && row.get().projectId() != null) {
        // a blocker in another project: its card changed there
        stream.append(row.get().projectId(), cards.upserts(List.of(id)));
      }
    }
    if (projectId != null) {
      List<UUID> inProject = cardIds.stream()
          .filter(id -> tasks.find(id).map(t -> projectId.equals(t.projectId())).orElse(false))
          .toList();
      stream.append(projectId, cards.upserts(inProject));
    }
    for (UUID id : taskIds) {
      signal(recipients, id);
    }
  }

  private void signal(Collection<UUID> recipients, UUID taskId) {
    if (recipients.isEmpty()) {
      return;
    }
    ObjectNode payload = json.createObjectNode();
    payload.put("taskId", taskId.toString());
    Set<UUID> to = Set.copyOf(recipients);
    AfterCommit.run(() -> gateway.send(to, new Frame.Signal("task.changed", payload)));
  }

  // ---------------------------------------------------------------- views

  private Task view(
      Subject subject,
      Viewer viewer,
      TaskRow row,
      TasksTable.Seen seen,
      @Nullable ProjectRow project) {
    Set<UUID> named = new LinkedHashSet<>();
    named.add(row.creatorId());
    named.addAll(row.assigneeIds());
    named.addAll(row.followerIds());
    if (row.completedBy() != null) {
      named.add(row.completedBy());
    }
    Map<UUID, TaskPerson> persons = people.named(named);
    List<TaskRef> blockedBy = visibleRefs(viewer, tasks.blockers(row.id()));
    List<TaskRef> blocking = visibleRefs(viewer, tasks.blocking(row.id()));
    return new Task(
        row.id(),
        row.projectId(),
        project == null ? null : project.name(),
        row.sectionId(),
        row.rank(),
        row.parentId(),
        row.title(),
        row.description() == null ? null : json.readTree(row.description()),
        row.state(),
        row.priority(),
        row.startAt(),
        row.dueAt(),
        row.allDay(),
        row.timeZone(),
        row.tags(),
        checklistOf(row.checklist()),
        attachmentsOf(row.attachments()),
        row.reminders(),
        row.recurrence(),
        TaskPeople.of(persons, row.creatorId()),
        TaskPeople.of(persons, row.assigneeIds()),
        TaskPeople.of(persons, row.followerIds()),
        blockedBy,
        blocking,
        cards.of(tasks.subtasks(row.id())),
        row.source() == null ? null : json.readTree(row.source()),
        row.completedAt(),
        row.completedBy() == null ? null : TaskPeople.of(persons, row.completedBy()),
        row.commentCount(),
        row.createdAt(),
        row.updatedAt(),
        capabilities(subject, row, seen, project));
  }

  private List<TaskRef> visibleRefs(Viewer viewer, List<TaskRef> refs) {
    Set<UUID> visible =
        new HashSet<>(tasks.visibleAmong(refs.stream().map(TaskRef::id).toList(), viewer));
    return refs.stream().filter(ref -> visible.contains(ref.id())).toList();
  }

  /** The one rule of what a reader may do with a task they see. */
  static TaskCapabilities capabilities(
      Subject subject, TaskRow row, TasksTable.Seen seen, @Nullable ProjectRow project) {
    if (project == null) {
      return new TaskCapabilities(
          seen.personalEditor(), true, row.creatorId().equals(subject.personId()));
    }
    boolean edit = project.editable();
    return new TaskCapabilities(
        edit,
        !project.archived(),
        edit || !project.archived() && row.creatorId().equals(subject.personId()));
  }

  private List<ChecklistItem> checklistOf(String checklist) {
    return json.readValue(checklist, new TypeReference<List<ChecklistItem>>() {});
  }

  private List<TaskAttachment> attachmentsOf(String attachments) {
    return json.readValue(attachments, new TypeReference<List<TaskAttachment>>() {});
  }

  private static DomainException notFound() {
    return DomainException.notFound("task.not-found", "No such task.");
  }

  private static DomainException projectNotFound() {
    return DomainException.notFound("task.project-not-found", "No such project.");
  }

  private static DomainException readOnly() {
    return DomainException.forbidden("task.read-only", "You may see this task but not change it.");
  }

  private static DomainException archived() {
    return DomainException.conflict("task.project-archived", "This project is archived.");
  }

  private static DomainException cycle() {
    return DomainException.badRequest(
        "task.dependency-cycle", "That would make tasks wait for each other in a circle.");
  }

  Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
