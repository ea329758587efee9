package dev.atrium.task;

import dev.atrium.access.Subject;
import dev.atrium.org.OrgDirectory;
import dev.atrium.org.PersonRef;
import dev.atrium.shared.DomainException;
import dev.atrium.task.internal.TaskSheets;
import dev.atrium.task.internal.TaskSheets.Format;
import dev.atrium.task.internal.TaskSheets.Row;
import dev.atrium.task.internal.TasksTable;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Moves a project's tasks in and out as spreadsheets: an export (CSV or XLSX) of every task, each
 * subtask after its parent, for whoever may view the project, and an import of a CSV file, all or
 * nothing.
 */
@Service
public class TaskTransfers {

  private final Tasks tasks;
  private final Projects projects;
  private final TaskReader reader;
  private final TasksTable table;
  private final OrgDirectory directory;
  private final ObjectMapper json;
  private final TransactionTemplate line;

  TaskTransfers(
      Tasks tasks,
      Projects projects,
      TaskReader reader,
      TasksTable table,
      OrgDirectory directory,
      ObjectMapper json,
      PlatformTransactionManager transactions) {
    this.tasks = tasks;
    this.projects = projects;
    this.reader = reader;
    this.table = table;
    this.directory = directory;
    this.json = json;
    // one line of an import: rolled back alone to its savepoint, so the next line is still checked
    this.line = new TransactionTemplate(transactions);
    this.line.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /**
   * The project's top-level tasks in board order (section, then rank), each followed by its
   * subtasks in their order (Parent: the parent's title), done ones included, with
   * their section, assignees (e-mail addresses, so the file imports again), dates in {@code zone},
   * priority, tags, state, description text and when they were completed and made. Headers in the
   * reader's language.
   */
  @Transactional(readOnly = true)
  public TaskFile export(
      Subject subject, UUID projectId, String format, Locale locale, ZoneId zone) {
    Format kind = Format.of(format);
    Project project = projects.get(subject, projectId);
    Map<UUID, String> sections = new HashMap<>();
    project.sections().forEach(s -> sections.put(s.id(), s.name()));
    Board board =
        tasks.board(subject, projectId, new TaskFilter(null, null, null, null, null), zone);
    List<Row> rows = new ArrayList<>();
    for (TaskCard card : board.cards()) {
      Optional<TaskView> parent = reader.view(card.id());
      if (parent.isEmpty()) {
        continue;
      }
      String section = card.sectionId() == null ? "" : sections.getOrDefault(card.sectionId(), "");
      rows.add(row(parent.get(), section, ""));
      if (card.subtaskCount() > 0) {
        // each subtask right after its parent, naming it, so the file imports as the project was
        for (UUID subtask : table.subtaskIds(card.id())) {
          reader
              .view(subtask)
              .ifPresent(task -> rows.add(row(task, "", parent.get().title())));
        }
      }
    }
    return new TaskFile(
        TaskSheets.fileName(project.name(), kind),
        kind.contentType(),
        kind == Format.CSV
            ? TaskSheets.csv(rows, locale, zone)
            : TaskSheets.xlsx(rows, locale, zone));
  }

  private Row row(TaskView task, String section, String parent) {
    return new Row(
        task.title(),
        section,
        task.assigneeIds().stream()
            .map(directory::find)
            .flatMap(Optional::stream)
            .map(PersonRef::email)
            .toList(),
        task.startAt(),
        task.dueAt(),
        task.allDay(),
        task.priority().name(),
        task.tags(),
        task.state() == TaskState.DONE,
        task.descriptionText(),
        task.completedAt(),
        task.createdAt(),
        parent);
  }

  /**
   * Imports a CSV file (see {@code docs/tasks.md} for its columns) into the project: every line
   * becomes a task as {@link Tasks#create} makes one, in a section of the name given (made when the
   * project has none of that name, which only its managers may), assigned to the people whose
   * e-mail addresses are given, completed when its state says so. A line whose Parent names the
   * title of an earlier top-level line becomes that task's subtask (the nearest such line, as an
   * export writes subtasks right after their parent); one naming no earlier top-level line is
   * refused ({@code task.import-parent-unknown}). All or nothing: when any line is
   * refused, nothing is stored and the answer (400 {@code task.import-invalid}) lists every refused
   * line with its code, as {@link TaskImportError}s in {@code errors}.
   */
  @Transactional
  public TaskImported importCsv(Subject subject, UUID projectId, byte[] file, ZoneId zone) {
    Project project = projects.get(subject, projectId);
    if (!project.capabilities().canEdit()) {
      throw DomainException.forbidden(
          "task.read-only", "You may see this project's tasks but not add to them.");
    }
    TaskSheets.Read read = TaskSheets.read(file);
    List<TaskImportError> errors = new ArrayList<>();
    read.problems().forEach(p -> errors.add(new TaskImportError(p.line(), p.code(), p.message())));
    Map<String, UUID> sections = new HashMap<>();
    project.sections().forEach(s -> sections.putIfAbsent(s.name(), s.id()));
    int created = 0;
    int sectionsBefore = sections.size();
    // the top-level lines read so far by title (the nearest wins), and those of them that were made
    Set<String> topLevel = new HashSet<>();
    Map<String, UUID> made = new HashMap<>();
    var refusedAbove = read.refusedTitles().entrySet().iterator();
    var refusedLine = refusedAbove.hasNext() ? refusedAbove.next() : null;
    for (TaskSheets.Line row : read.lines()) {
      while (refusedLine != null && refusedLine.getKey() < row.line()) {
        // a top-level line refused for its cells is still a parent its subtasks may name
        topLevel.add(refusedLine.getValue());
        made.remove(refusedLine.getValue());
        refusedLine = refusedAbove.hasNext() ? refusedAbove.next() : null;
      }
      UUID parentId = null;
      if (row.parent() != null) {
        if (!topLevel.contains(row.parent())) {
          errors.add(new TaskImportError(
              row.line(),
              "task.import-parent-unknown",
              "Parent: no line above is a top-level task titled \"" + row.parent() + "\"."));
          continue;
        }
        // a parent whose own line was refused: this line is still checked, as a top-level task
        parentId = made.get(row.parent());
      } else {
        topLevel.add(row.title());
        made.remove(row.title());
      }
      UUID parent = parentId;
      try {
        UUID task =
            line.execute(status -> make(subject, project.id(), sections, row, parent, zone));
        if (row.parent() == null) {
          made.put(row.title(), task);
        }
        created++;
      } catch (DomainException refused) {
        errors.add(
            new TaskImportError(row.line(), refused.code(), String.valueOf(refused.getMessage())));
      }
    }
    if (!errors.isEmpty()) {
      errors.sort(java.util.Comparator.comparingInt(TaskImportError::line));
      throw new DomainException(
          HttpStatus.BAD_REQUEST,
          "task.import-invalid",
          errors.size() + " problem(s) in the file; nothing was imported.",
          Map.of("errors", errors));
    }
    return new TaskImported(created, sections.size() - sectionsBefore);
  }

  private UUID make(
      Subject subject,
      UUID projectId,
      Map<String, UUID> sections,
      TaskSheets.Line row,
      @Nullable UUID parentId,
      ZoneId zone) {
    UUID sectionId = null;
    // a subtask is in its parent, in no section, so its line's Section is not used
    if (row.section() != null && parentId == null) {
      sectionId = sections.get(row.section());
      if (sectionId == null) {
        sectionId = projects
            .addSection(subject, projectId, new CreateSection(row.section()))
            .id();
        sections.put(row.section(), sectionId);
      }
    }
    List<UUID> assignees = new ArrayList<>();
    for (String email : row.assignees()) {
      assignees.add(directory
          .findByEmail(email)
          .filter(p -> !p.suspended())
          .map(PersonRef::id)
          .orElseThrow(() -> DomainException.badRequest(
              "task.import-person-unknown", "Nobody has the e-mail address " + email + ".")));
    }
    // a day without a time makes an all-day task, as the export writes one
    boolean allDay = row.due() != null
        ? row.due().time() == null
        : row.start() != null && row.start().time() == null;
    CreateTask command = new CreateTask(
        projectId,
        sectionId,
        parentId,
        row.title(),
        description(row.description()),
        assignees,
        null,
        TaskSheets.instant(row.start(), zone),
        TaskSheets.instant(row.due(), zone),
        allDay,
        zone.getId(),
        Priority.valueOf(row.priority()),
        row.tags(),
        null,
        null,
        null,
        null,
        null);
    Task task = tasks.create(subject, command);
    if (row.done()) {
      tasks.complete(subject, task.id());
    }
    return task.id();
  }

  /** Plain text as the rich-text editor's document: a paragraph per line; none when empty. */
  private @Nullable JsonNode description(String text) {
    if (text.isBlank()) {
      return null;
    }
    ObjectNode doc = json.createObjectNode().put("type", "doc");
    var content = doc.putArray("content");
    for (String paragraph : text.strip().split("\\R")) {
      ObjectNode p = content.addObject().put("type", "paragraph");
      if (!paragraph.isBlank()) {
        p.putArray("content").addObject().put("type", "text").put("text", paragraph);
      }
    }
    return doc;
  }
}
