package dev.atrium.access.matrix;

import static dev.atrium.access.matrix.Cast.id;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Task comments the matrix calls endpoints on: a team project of the owner's that the insider may
 * view (nobody else: a project is not administered for content, so a system administrator is an
 * outsider too), a task in it and the owner's comments on it.
 */
final class TaskCommentFixture {

  final UUID project;
  final UUID task;
  final UUID comment;

  private final Cast cast;

  TaskCommentFixture(Cast cast) {
    this.cast = cast;
    project = id(
        cast.owner()
            .post(
                "/api/v1/task-projects",
                Map.of(
                    "name", "矩阵任务项目",
                    "kind", "TEAM",
                    "grants",
                        List.of(Map.of(
                            "kind", "PERSON", "id", cast.id(Actor.INSIDER), "role", "VIEWER")))),
        201);
    task =
        id(cast.owner().post("/api/v1/tasks", Map.of("projectId", project, "title", "矩阵任务")), 201);
    comment = comment();
  }

  /** A comment of the owner's on the task. */
  UUID comment() {
    return id(
        cast.owner().post("/api/v1/tasks/" + task + "/comments", Map.of("body", "矩阵评论")), 201);
  }
}
