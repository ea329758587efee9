package dev.atrium.access.matrix;

import static dev.atrium.access.matrix.Cast.id;
import static dev.atrium.access.matrix.Cast.ok;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * Task objects the matrix calls endpoints on: the owner's team project, private to the owner
 * (manager) and the insider (editor, by name), with two sections, a task in it assigned to the
 * insider and followed by the owner, carrying an attachment; fresh projects, sections, tasks and
 * saved views for the calls that change or remove them.
 */
final class TaskFixture {

  final UUID project;
  final UUID section;
  final UUID otherSection;
  final UUID task;
  final UUID attachment;

  private final Cast cast;

  TaskFixture(Cast cast) {
    this.cast = cast;
    JsonNode made = project();
    project = UUID.fromString(made.path("id").asString());
    section = UUID.fromString(made.path("sections").get(0).path("id").asString());
    otherSection = UUID.fromString(made.path("sections").get(1).path("id").asString());
    attachment = ChatFixture.upload(cast.owner(), "任务附件.png");
    task = id(
        cast.owner()
            .post(
                "/api/v1/tasks",
                Map.of(
                    "projectId", project,
                    "title", "矩阵任务 Task",
                    "assigneeIds", List.of(cast.id(Actor.INSIDER)),
                    "followerIds", List.of(cast.id(Actor.OWNER)),
                    "attachmentFileIds", List.of(attachment))),
        201);
  }

  /** A private team project of the owner's, the insider its editor. */
  JsonNode project() {
    return ok(
        cast.owner()
            .post(
                "/api/v1/task-projects",
                Map.of(
                    "name",
                    "矩阵项目 Project",
                    "kind",
                    "TEAM",
                    "sections",
                    List.of("待办", "完成"),
                    "grants",
                    grants())),
        201);
  }

  UUID freshProject() {
    return UUID.fromString(project().path("id").asString());
  }

  List<Map<String, Object>> grants() {
    return List.of(
        Map.of("kind", "PERSON", "id", cast.id(Actor.OWNER), "role", "MANAGER"),
        Map.of("kind", "PERSON", "id", cast.id(Actor.INSIDER), "role", "EDITOR"));
  }

  /** A new empty section of the project. */
  UUID freshSection() {
    return id(
        cast.owner().post("/api/v1/task-projects/" + project + "/sections", Map.of("name", "新列")),
        201);
  }

  /** A new task in the project, the owner's. */
  UUID freshTask() {
    return id(
        cast.owner().post("/api/v1/tasks", Map.of("projectId", project, "title", "待删 Task")), 201);
  }

  /** A saved view of the owner's. */
  UUID freshView() {
    return id(
        cast.owner()
            .post(
                "/api/v1/task-projects/" + project + "/views",
                Map.of("name", "我的视图", "filter", Map.of("state", "OPEN"))),
        201);
  }
}
