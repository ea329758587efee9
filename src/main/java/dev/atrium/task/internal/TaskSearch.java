package dev.atrium.task.internal;

import dev.atrium.access.ResourceAccess;
import dev.atrium.access.Subject;
import dev.atrium.search.SearchDocument;
import dev.atrium.search.SearchSource;
import dev.atrium.task.internal.TaskSearchRows.IndexedProject;
import dev.atrium.task.internal.TaskSearchRows.IndexedTask;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * Tasks' part of the search: tasks found by title (also by the start of its words), description and
 * tags, and projects by name
 * (which also names a task hit's container). A task in a project carries its project's key
 * ({@code task-project:<id>}, held by whoever may view the project, asked of access on every
 * search, so a grant's change applies at once with no reindexing); a personal task carries its own
 * ({@code task:<id>}; a subtask its parent's), held by its creator, assignees and followers, read
 * from the participants on every search. A project's archiving keeps its tasks findable, as
 * opening them does.
 */
@Component
class TaskSearch implements SearchSource {

  static final String TASK = "task";
  static final String PROJECT = "task-project";
  private static final int BATCH = 1000;

  private final TaskSearchRows rows;
  private final ResourceAccess resources;

  TaskSearch(TaskSearchRows rows, ResourceAccess resources) {
    this.rows = rows;
    this.resources = resources;
  }

  @Override
  public Set<String> kinds() {
    return Set.of(TASK, PROJECT);
  }

  @Override
  public long count() {
    return rows.count();
  }

  @Override
  public void each(Consumer<SearchDocument> sink) {
    UUID after = new UUID(0, 0);
    for (List<IndexedProject> batch = rows.projectsAfter(after, BATCH);
        !batch.isEmpty();
        batch = rows.projectsAfter(after, BATCH)) {
      batch.forEach(project -> sink.accept(document(project)));
      after = batch.getLast().id();
    }
    after = new UUID(0, 0);
    for (List<IndexedTask> batch = rows.tasksAfter(after, BATCH);
        !batch.isEmpty();
        batch = rows.tasksAfter(after, BATCH)) {
      batch.forEach(task -> sink.accept(document(task)));
      after = batch.getLast().id();
    }
  }

  @Override
  public Set<String> accessKeys(Subject subject) {
    Set<String> keys = new HashSet<>();
    rows.viewableProjects(resources.viewer(subject)).forEach(id -> keys.add(projectKey(id)));
    rows.personalTasksOf(subject.personId()).forEach(id -> keys.add(taskKey(id)));
    return keys;
  }

  SearchDocument document(IndexedTask task) {
    return new SearchDocument(
        TASK,
        task.id(),
        task.title(),
        task.descriptionText(),
        task.projectId(),
        task.creatorId(),
        task.updatedAt(),
        Set.of(task.projectId() == null ? taskKey(task.topId()) : projectKey(task.projectId())),
        Set.of(),
        "/tasks/" + task.id(),
        prefixWords(task.title()) + " " + String.join(" ", task.tags()));
  }

  SearchDocument document(IndexedProject project) {
    return new SearchDocument(
        PROJECT,
        project.id(),
        project.name(),
        project.description(),
        null,
        project.ownerId(),
        project.createdAt(),
        Set.of(projectKey(project.id())),
        Set.of(),
        "/tasks/projects/" + project.id(),
        "");
  }

  /**
   * The title's words for {@code extra}, which matches every prefix of a word, so a task is found
   * while its title is being typed (the dependency picker); Chinese is left out, as its character
   * pairs find it from the second character on, and its single characters would match any title
   * holding them in any order.
   */
  static String prefixWords(String title) {
    return title.replaceAll("\\p{IsHan}+", " ").strip();
  }

  static String projectKey(UUID projectId) {
    return "task-project:" + projectId;
  }

  static String taskKey(UUID taskId) {
    return "task:" + taskId;
  }
}
