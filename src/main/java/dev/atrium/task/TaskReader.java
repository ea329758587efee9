package dev.atrium.task;

import dev.atrium.access.ResourceAccess;
import dev.atrium.access.Subject;
import dev.atrium.access.Viewer;
import dev.atrium.org.OrgDirectory;
import dev.atrium.task.internal.ProjectsTable;
import dev.atrium.task.internal.TaskResources;
import dev.atrium.task.internal.TaskRow;
import dev.atrium.task.internal.TasksTable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other parts of Atrium may read of tasks (notices, search, links, files): a task as someone
 * sees it, and who may see it now, by the same rule every read of the task module uses.
 */
@Service
public class TaskReader {

  private final TasksTable tasks;
  private final ProjectsTable projects;
  private final ResourceAccess resources;
  private final OrgDirectory directory;

  TaskReader(
      TasksTable tasks, ProjectsTable projects, ResourceAccess resources, OrgDirectory directory) {
    this.tasks = tasks;
    this.projects = projects;
    this.resources = resources;
    this.directory = directory;
  }

  /** The task if the subject may see it; empty for an unknown id, a null one or an invisible task. */
  @Transactional(readOnly = true)
  public Optional<TaskView> find(Subject subject, @Nullable UUID taskId) {
    if (taskId == null) {
      return Optional.empty();
    }
    Viewer viewer = resources.viewer(subject);
    return tasks.visible(taskId, viewer).flatMap(seen -> view(taskId));
  }

  /** The task whoever asks, for listeners that decide who hears of it themselves. */
  @Transactional(readOnly = true)
  public Optional<TaskView> view(UUID taskId) {
    return tasks.find(taskId).map(this::view);
  }

  /**
   * The active people who may see the task now: a project's viewers, or a personal task's creator
   * and people (its parent's too). Empty for an unknown task.
   */
  @Transactional(readOnly = true)
  public List<UUID> audience(UUID taskId) {
    Optional<TaskRow> row = tasks.find(taskId);
    if (row.isEmpty()) {
      return List.of();
    }
    if (row.get().projectId() != null) {
      return List.copyOf(resources.people(TaskResources.PROJECT, row.get().projectId(), "viewer"));
    }
    Set<UUID> people = new LinkedHashSet<>(tasks.participants(taskId));
    people.removeIf(person -> directory.find(person).map(p -> p.suspended()).orElse(true));
    return List.copyOf(people);
  }

  /** Whether the person (active) may see the task now. */
  @Transactional(readOnly = true)
  public boolean maySee(UUID personId, UUID taskId) {
    return directory
        .find(personId)
        .filter(person -> !person.suspended())
        .map(person -> tasks
            .visible(taskId, resources.viewer(new Subject(personId, person.guest())))
            .isPresent())
        .orElse(false);
  }

  private TaskView view(TaskRow row) {
    String projectName =
        row.projectId() == null ? null : projects.name(row.projectId()).orElse(null);
    return new TaskView(
        row.id(),
        row.projectId(),
        projectName,
        row.parentId(),
        row.title(),
        row.descriptionText(),
        row.state(),
        row.priority(),
        row.startAt(),
        row.dueAt(),
        row.allDay(),
        row.timeZone(),
        row.tags(),
        row.reminders(),
        row.creatorId(),
        row.assigneeIds(),
        row.followerIds(),
        row.completedAt(),
        row.completedBy(),
        row.createdAt(),
        row.updatedAt());
  }
}
