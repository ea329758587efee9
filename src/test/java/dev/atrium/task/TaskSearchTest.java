package dev.atrium.task;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.support.Api;
import dev.atrium.support.Eventually;
import dev.atrium.support.People;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Tasks are found by title, description and tags, in Chinese too, only by people who may see them:
 * a project's viewers (a grant given or taken away counts at once), a personal task's creator and
 * people (a follower removed stops finding it); an outsider finds nothing.
 */
@IntegrationTest
class TaskSearchTest {

  @LocalServerPort
  int port;

  @Test
  void aProjectsTasksAreFoundByItsViewersOnly() {
    Api admin = People.admin(port);
    var owner = People.create(port, admin, "检索项目负责人");
    var member = People.create(port, admin, "检索项目成员");
    var outsider = People.create(port, admin, "检索项目外人");
    String mark = "rw" + UUID.randomUUID().toString().substring(0, 6);
    UUID project = TaskSteps.project(owner.api(), "财务部工作", Map.of(member.id(), "VIEWER"));
    String projectName =
        owner.api().get("/api/v1/task-projects/" + project).body().path("name").asString();
    UUID task = TaskSteps.task(
        owner.api(),
        "projectId",
        project,
        "title",
        "季度预算复盘 reconciliation " + mark,
        "description",
        Map.of(
            "type",
            "doc",
            "content",
            List.of(Map.of(
                "type",
                "paragraph",
                "content",
                List.of(Map.of("type", "text", "text", "核对差旅报销和采购合同"))))),
        "tags",
        List.of("财务" + mark));

    JsonNode hit =
        Eventually.eventually(() -> hit(member.api(), "预算 " + mark, task), h -> h != null);
    assertThat(hit.path("link").asString()).isEqualTo("/tasks/" + task);
    assertThat(hit.path("containerName").asString()).isEqualTo(projectName);
    assertThat(hit(member.api(), "采购合同", task)).as("by its description").isNotNull();
    assertThat(hit(member.api(), "reconc " + mark, task))
        .as("by the start of its title's words, as one types")
        .isNotNull();
    assertThat(hit(member.api(), "季度预 " + mark, task))
        .as("Chinese as one types")
        .isNotNull();
    assertThat(hit(member.api(), "财务" + mark, task)).as("by its tag").isNotNull();
    assertThat(found(outsider.api(), mark)).as("an outsider finds nothing").isEmpty();

    replaceGrants(owner.api(), project, owner.id(), outsider.id());
    assertThat(hit(outsider.api(), "预算 " + mark, task)).as("given a grant").isNotNull();
    assertThat(hit(member.api(), "预算 " + mark, task)).as("the grant taken away").isNull();
  }

  @Test
  void aPersonalTaskIsFoundByItsPeopleOnly() {
    Api admin = People.admin(port);
    var creator = People.create(port, admin, "个人检索创建人");
    var follower = People.create(port, admin, "个人检索关注人");
    var stranger = People.create(port, admin, "个人检索外人");
    String mark = "pw" + UUID.randomUUID().toString().substring(0, 6);
    UUID task = TaskSteps.task(
        creator.api(), "title", "续签房屋合同 " + mark, "followerIds", List.of(follower.id()));

    Eventually.eventually(() -> hit(creator.api(), "合同 " + mark, task), h -> h != null);
    assertThat(hit(follower.api(), "合同 " + mark, task)).isNotNull();
    assertThat(found(stranger.api(), mark)).isEmpty();

    assertThat(creator
            .api()
            .patch("/api/v1/tasks/" + task, Map.of("followerIds", List.of()))
            .status())
        .isEqualTo(200);
    assertThat(hit(follower.api(), "合同 " + mark, task))
        .as("no longer following")
        .isNull();
    assertThat(hit(creator.api(), "合同 " + mark, task)).isNotNull();
  }

  private static void replaceGrants(Api owner, UUID project, UUID manager, UUID viewer) {
    var replaced = owner.put(
        "/api/v1/task-projects/" + project + "/grants",
        Map.of(
            "grants",
            List.of(
                Map.of("kind", "PERSON", "id", manager, "role", "MANAGER"),
                Map.of("kind", "PERSON", "id", viewer, "role", "VIEWER"))));
    assertThat(replaced.status()).as(replaced.body().toString()).isBetween(200, 204);
  }

  /** The task's hit among the caller's task hits for the query, or null. */
  private static JsonNode hit(Api api, String query, UUID task) {
    for (JsonNode hit : search(api, query).findParents("link")) {
      if (hit.path("id").asString().equals(task.toString())) {
        return hit;
      }
    }
    return null;
  }

  private static List<String> found(Api api, String query) {
    return search(api, query).findValuesAsString("id");
  }

  private static JsonNode search(Api api, String query) {
    var answer =
        api.get("/api/v1/search?kind=task&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
    return answer.body();
  }
}
