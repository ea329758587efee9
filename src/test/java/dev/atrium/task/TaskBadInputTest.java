package dev.atrium.task;

import static dev.atrium.task.TaskRequests.assertRefused;
import static dev.atrium.task.TaskRequests.id;
import static dev.atrium.task.TaskRequests.section;
import static dev.atrium.task.TaskRequests.task;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The bad input, each refused with its own code, and nothing stored half-way: a refused
 * task is not on the board, a refused change leaves the task and its history as they were, a file
 * offered with a refused task stays free to attach.
 */
@IntegrationTest
class TaskBadInputTest {

  @LocalServerPort
  int port;

  Api admin;
  People.Person owner;
  People.Person outsider;
  JsonNode project;
  UUID projectId;

  @BeforeEach
  void cast() {
    admin = People.admin(port);
    owner = People.create(port, admin, "负责人");
    outsider = People.create(port, admin, "外人");
    project = TaskRequests.teamProject(owner.api(), "坏输入", List.of());
    projectId = id(project);
  }

  @Test
  void aDueDateBeforeTheStartIsRefusedOnCreateAndChange() {
    assertRefused(
        create(Map.of("startAt", "2026-12-05T00:00:00Z", "dueAt", "2026-12-04T00:00:00Z")),
        400,
        "task.due-before-start");
    JsonNode made =
        task(owner.api(), Map.of("projectId", projectId, "dueAt", "2026-12-04T00:00:00Z"));
    assertRefused(
        patch(made, Map.of("title", "改了", "startAt", "2026-12-06T00:00:00Z")),
        400,
        "task.due-before-start");
    assertUnchanged(made);
    assertThat(TaskRequests.board(owner.api(), projectId))
        .containsExactly(made.path("title").asString());
  }

  @Test
  void aDependencyCycleIsRefusedHoweverLong() {
    JsonNode a = task(owner.api(), Map.of("projectId", projectId, "title", "A"));
    JsonNode b = task(
        owner.api(), Map.of("projectId", projectId, "title", "B", "blockedByIds", List.of(id(a))));
    JsonNode c = task(
        owner.api(), Map.of("projectId", projectId, "title", "C", "blockedByIds", List.of(id(b))));
    assertRefused(patch(a, Map.of("blockedByIds", List.of(id(c)))), 400, "task.dependency-cycle");
    assertRefused(patch(a, Map.of("blockedByIds", List.of(id(a)))), 400, "task.dependency-cycle");
    assertRefused(
        patch(a, Map.of("title", "A2", "blockedByIds", List.of(id(b)))),
        400,
        "task.dependency-cycle");
    assertUnchanged(a);
    assertThat(owner.api().get("/api/v1/tasks/" + id(a)).body().path("blockedBy"))
        .isEmpty();
  }

  @Test
  void anAssigneeOrFollowerWhoCannotSeeTheProjectIsRefused() {
    int before = TaskRequests.board(owner.api(), projectId).size();
    var refused = create(Map.of("projectId", projectId, "assigneeIds", List.of(outsider.id())));
    assertRefused(refused, 400, "task.assignee-cannot-see");
    assertThat(refused.body().path("personId").asString())
        .isEqualTo(outsider.id().toString());
    assertRefused(
        create(Map.of("projectId", projectId, "followerIds", List.of(outsider.id()))),
        400,
        "task.assignee-cannot-see");
    assertThat(TaskRequests.board(owner.api(), projectId)).hasSize(before);
    JsonNode made = task(owner.api(), Map.of("projectId", projectId));
    assertRefused(
        patch(made, Map.of("title", "改了", "assigneeIds", List.of(outsider.id()))),
        400,
        "task.assignee-cannot-see");
    assertUnchanged(made);
    assertRefused(
        create(Map.of("assigneeIds", List.of(UUID.randomUUID()))), 400, "task.person-not-found");

    // moving a task into a project its assignee cannot see is refused the same way
    JsonNode personal = task(owner.api(), Map.of("assigneeIds", List.of(outsider.id())));
    assertRefused(
        owner
            .api()
            .post(
                "/api/v1/tasks/" + id(personal) + "/move",
                Map.of("projectId", projectId, "sectionId", section(project, 0))),
        400,
        "task.assignee-cannot-see");
    assertThat(owner.api().get("/api/v1/tasks/" + id(personal)).body().has("projectId"))
        .isFalse();
  }

  @Test
  void aMoveToAColumnOfAnotherProjectIsRefused() {
    JsonNode other = TaskRequests.teamProject(owner.api(), "别的项目", List.of());
    JsonNode made = task(owner.api(), Map.of("projectId", projectId));
    assertRefused(
        owner
            .api()
            .post("/api/v1/tasks/" + id(made) + "/move", Map.of("sectionId", section(other, 0))),
        400,
        "task.section-of-other-project");
    assertRefused(
        create(Map.of("projectId", projectId, "sectionId", section(other, 1))),
        400,
        "task.section-of-other-project");
    assertRefused(
        patch(made, Map.of("sectionId", section(other, 1))), 400, "task.section-of-other-project");
    assertThat(owner
            .api()
            .get("/api/v1/tasks/" + id(made))
            .body()
            .path("sectionId")
            .asString())
        .isEqualTo(section(project, 0).toString());
    assertThat(TaskRequests.board(owner.api(), id(other))).isEmpty();
  }

  @Test
  void anOversizedDescriptionIsRefusedAndTheRestIsKept() {
    String big = "长".repeat(90_000);
    Map<String, Object> doc = Map.of(
        "type",
        "doc",
        "content",
        List.of(
            Map.of("type", "paragraph", "content", List.of(Map.of("type", "text", "text", big)))));
    assertRefused(
        create(Map.of("projectId", projectId, "description", doc)),
        400,
        "task.description-too-long");
    JsonNode made = task(owner.api(), Map.of("projectId", projectId));
    assertRefused(
        patch(made, Map.of("title", "改了", "description", doc)), 400, "task.description-too-long");
    assertUnchanged(made);
    assertRefused(
        create(Map.of("description", Map.of("type", "paragraph"))),
        400,
        "task.description-invalid");
  }

  @Test
  void unknownIdsAnswerNotFound() {
    UUID nobody = UUID.randomUUID();
    assertRefused(owner.api().get("/api/v1/tasks/" + nobody), 404, "task.not-found");
    assertRefused(
        owner.api().patch("/api/v1/tasks/" + nobody, Map.of("title", "x")), 404, "task.not-found");
    assertRefused(
        owner.api().post("/api/v1/tasks/" + nobody + "/complete", Map.of()), 404, "task.not-found");
    assertRefused(
        owner.api().get("/api/v1/task-projects/" + nobody), 404, "task.project-not-found");
    assertRefused(create(Map.of("projectId", nobody)), 404, "task.project-not-found");
    assertRefused(create(Map.of("parentId", nobody)), 404, "task.not-found");
    assertRefused(
        create(Map.of("projectId", projectId, "sectionId", nobody)), 404, "task.section-not-found");
    assertRefused(
        create(Map.of("projectId", projectId, "blockedByIds", List.of(nobody))),
        400,
        "task.dependency-not-found");
    assertRefused(
        owner.api().patch("/api/v1/task-sections/" + nobody, Map.of("name", "x")),
        404,
        "task.section-not-found");
  }

  @Test
  void theFieldsOwnLimitsAreCoded() {
    assertRefused(create(Map.of("title", "   ")), 400, "task.title-empty");
    assertRefused(create(Map.of("title", "长".repeat(501))), 400, "task.title-too-long");
    assertRefused(
        create(Map.of("tags", IntStream.range(0, 21).mapToObj(i -> "t" + i).toList())),
        400,
        "task.too-many-tags");
    assertRefused(create(Map.of("tags", List.of("长".repeat(31)))), 400, "task.tag-too-long");
    assertRefused(
        create(Map.of("checklist", Collections.nCopies(101, Map.of("text", "一项", "done", false)))),
        400,
        "task.checklist-too-long");
    assertRefused(
        create(Map.of("recurrence", "FREQ=SOMETIMES", "dueAt", "2026-12-04T00:00:00Z")),
        400,
        "task.recurrence-invalid");
    assertRefused(create(Map.of("recurrence", "FREQ=DAILY")), 400, "task.recurrence-needs-due");
    assertRefused(create(Map.of("timeZone", "Mars/Olympus")), 400, "task.time-zone-invalid");
    assertRefused(create(Map.of("reminders", List.of(-5))), 400, "task.reminder-invalid");
    JsonNode parent = task(owner.api(), Map.of("projectId", projectId));
    JsonNode child = task(owner.api(), Map.of("parentId", id(parent)));
    assertRefused(create(Map.of("parentId", id(child))), 400, "task.subtask-too-deep");
    assertThat(owner.api().get("/api/v1/tasks/" + id(child)).body().path("subtasks"))
        .isEmpty();
  }

  @Test
  void aSectionHoldingTasksGoesOnlyWithSomewhereForThem() {
    JsonNode made =
        task(owner.api(), Map.of("projectId", projectId, "sectionId", section(project, 1)));
    String path = "/api/v1/task-sections/" + section(project, 1);
    assertRefused(owner.api().delete(path), 409, "task.section-not-empty");
    assertThat(owner.api().delete(path + "?moveTo=" + section(project, 2)).status())
        .isEqualTo(204);
    assertThat(owner
            .api()
            .get("/api/v1/tasks/" + id(made))
            .body()
            .path("sectionId")
            .asString())
        .isEqualTo(section(project, 2).toString());
    JsonNode left = owner.api().get("/api/v1/task-projects/" + projectId).body();
    assertThat(left.path("sections").valueStream().map(s -> s.path("position").asInt()))
        .containsExactly(0, 1);
  }

  @Test
  void aRefusedTaskLeavesItsFileFreeToAttach() {
    var uploaded = owner
        .api()
        .sendRaw(
            "POST",
            "/api/v1/files?name=notes.txt",
            "text/plain",
            "会议纪要".getBytes(StandardCharsets.UTF_8));
    assertThat(uploaded.status()).as("%s", uploaded.body()).isEqualTo(201);
    UUID file = id(uploaded.body());
    Map<String, Object> body = new HashMap<>();
    body.put("attachmentFileIds", List.of(file));
    body.put("dueAt", "2026-12-04T00:00:00Z");
    body.put("startAt", "2026-12-05T00:00:00Z");
    assertRefused(create(body), 400, "task.due-before-start");
    body.remove("startAt");
    JsonNode made = task(owner.api(), body);
    assertThat(made.path("attachments").get(0).path("name").asString()).isEqualTo("notes.txt");
    assertThat(owner.api().bytes("/api/v1/files/" + file).statusCode()).isEqualTo(200);
    assertThat(outsider.api().bytes("/api/v1/files/" + file).statusCode()).isEqualTo(404);
  }

  private Api.Response create(Map<String, Object> body) {
    Map<String, Object> withTitle = new HashMap<>(body);
    withTitle.putIfAbsent("title", TaskRequests.unique("坏"));
    return owner.api().post("/api/v1/tasks", withTitle);
  }

  private Api.Response patch(JsonNode task, Map<String, Object> body) {
    return owner.api().patch("/api/v1/tasks/" + id(task), body);
  }

  /** The task reads as it was made, with only its creation in its history. */
  private void assertUnchanged(JsonNode made) {
    JsonNode now = owner.api().get("/api/v1/tasks/" + id(made)).body();
    assertThat(now.path("title").asString()).isEqualTo(made.path("title").asString());
    assertThat(now.path("updatedAt").asString())
        .isEqualTo(made.path("updatedAt").asString());
    List<String> fields = new ArrayList<>();
    owner
        .api()
        .get("/api/v1/tasks/" + id(made) + "/history")
        .body()
        .forEach(h -> fields.add(h.path("field").asString()));
    assertThat(fields).containsExactly("created");
  }
}
