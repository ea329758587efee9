package dev.atrium.task.internal;

import dev.atrium.search.IndexingListener;
import dev.atrium.search.SearchIndex;
import dev.atrium.task.ProjectChanged;
import dev.atrium.task.TaskChanged;
import dev.atrium.task.TaskCreated;
import dev.atrium.task.TaskDeleted;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Keeps tasks and projects in the index current ({@link IndexingListener}): after each change it
 * writes what the database holds now (a task with its subtasks, whose key follows it), so a replay
 * or two events of one task at once are harmless and a deleted one leaves the index. Who may find
 * them is not in the documents' text but in their keys, asked at search time ({@link TaskSearch}):
 * a grant or a participant that changes needs no writing here.
 */
@Component
class TaskSearchFeed {

  private final TaskSearchRows rows;
  private final TaskSearch documents;
  private final SearchIndex index;

  TaskSearchFeed(TaskSearchRows rows, TaskSearch documents, SearchIndex index) {
    this.rows = rows;
    this.documents = documents;
    this.index = index;
  }

  @IndexingListener
  void on(TaskCreated event) {
    tasks(List.of(event.taskId()));
  }

  /** Many tasks made at once: one pass of the index for them all. */
  @IndexingListener
  void on(PersonalTasksMade event) {
    tasks(event.taskIds());
  }

  @IndexingListener
  void on(TaskChanged event) {
    List<UUID> ids = new ArrayList<>();
    ids.add(event.taskId());
    ids.addAll(rows.subtasksOf(List.of(event.taskId())));
    tasks(ids);
  }

  @IndexingListener
  void on(TaskDeleted event) {
    tasks(List.of(event.taskId()));
  }

  @IndexingListener
  void on(ProjectChanged event) {
    index.refresh(
        TaskSearch.PROJECT,
        event.projectId(),
        () -> rows.project(event.projectId()).map(documents::document));
  }

  private void tasks(List<UUID> taskIds) {
    index.refresh(
        TaskSearch.TASK,
        taskIds,
        ids -> rows.tasks(ids).stream().map(documents::document).toList());
  }
}
