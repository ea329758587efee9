package dev.atrium.task;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.support.Api;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Projects and tasks made over HTTP for the task tests. */
final class TaskRequests {

  private TaskRequests() {}

  static String unique(String prefix) {
    return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A team project of the caller's with these grants ({kind, id, role}), answered whole. */
  static JsonNode teamProject(Api api, String name, List<Map<String, Object>> grants) {
    return teamProjectNamed(api, unique(name), grants);
  }

  /** {@link #teamProject} under exactly this name (recorded fixtures must not change). */
  static JsonNode teamProjectNamed(Api api, String name, List<Map<String, Object>> grants) {
    var created = api.post(
        "/api/v1/task-projects",
        Map.of(
            "name",
            name,
            "kind",
            "TEAM",
            "sections",
            List.of("待办", "进行中", "完成"),
            "grants",
            grants));
    assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
    return created.body();
  }

  static Map<String, Object> grant(String kind, @Nullable UUID id, String role) {
    Map<String, Object> grant = new HashMap<>();
    grant.put("kind", kind);
    if (id != null) {
      grant.put("id", id);
    }
    grant.put("role", role);
    return grant;
  }

  static UUID section(JsonNode project, int position) {
    return UUID.fromString(project.path("sections").get(position).path("id").asString());
  }

  static UUID id(JsonNode node) {
    return UUID.fromString(node.path("id").asString());
  }

  /**
   * The cards of My tasks ({@code query}: e.g. {@code role=assignee}) in every group, each group's
   * first 100.
   */
  static List<JsonNode> myCards(Api api, String query) {
    var mine = api.get("/api/v1/my-tasks?limit=100&" + query);
    assertThat(mine.status()).as("%s", mine.body()).isEqualTo(200);
    return mine.body()
        .path("groups")
        .valueStream()
        .flatMap(group -> group.path("cards").valueStream())
        .toList();
  }

  /** A task made with this body (title added when missing), answered whole. */
  static JsonNode task(Api api, Map<String, Object> body) {
    Map<String, Object> withTitle = new HashMap<>(body);
    withTitle.putIfAbsent("title", unique("任务"));
    var created = api.post("/api/v1/tasks", withTitle);
    assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
    return created.body();
  }

  static JsonNode inProject(Api api, UUID projectId, UUID sectionId, String title) {
    return task(api, Map.of("projectId", projectId, "sectionId", sectionId, "title", title));
  }

  /** The titles of a project's board in order. */
  static List<String> board(Api api, UUID projectId) {
    var board = api.get("/api/v1/task-projects/" + projectId + "/tasks");
    assertThat(board.status()).as("%s", board.body()).isEqualTo(200);
    return board
        .body()
        .path("cards")
        .valueStream()
        .map(c -> c.path("title").asString())
        .toList();
  }

  static void assertRefused(Api.Response response, int status, String code) {
    assertThat(response.status()).as("%s", response.body()).isEqualTo(status);
    assertThat(response.code()).as("%s", response.body()).isEqualTo(code);
  }
}
