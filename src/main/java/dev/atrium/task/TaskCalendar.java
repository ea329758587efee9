package dev.atrium.task;

import dev.atrium.access.ResourceAccess;
import dev.atrium.access.Subject;
import dev.atrium.org.OrgDirectory;
import dev.atrium.task.internal.TasksTable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tasks a person's calendar shows (named interface {@code task::calendar}, ADR 0010): what is
 * theirs to do and has a due date, read by the rule every read of tasks uses, so a task they may no
 * longer see is not shown.
 */
@NamedInterface("calendar")
@Service
public class TaskCalendar {

  private final TasksTable tasks;
  private final ResourceAccess resources;
  private final OrgDirectory directory;

  TaskCalendar(TasksTable tasks, ResourceAccess resources, OrgDirectory directory) {
    this.tasks = tasks;
    this.resources = resources;
    this.directory = directory;
  }

  /**
   * The tasks assigned to the person, and those they created with nobody assigned, open or done,
   * due in {@code [from, to)}, by due time. Empty for an unknown or suspended person.
   */
  @Transactional(readOnly = true)
  public List<DueTask> dueFor(UUID personId, Instant from, Instant to) {
    return directory
        .find(personId)
        .filter(person -> !person.suspended())
        .map(person ->
            tasks.dueFor(resources.viewer(new Subject(personId, person.guest())), from, to))
        .orElse(List.of());
  }
}
