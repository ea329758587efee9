package dev.atrium.task;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Comments through the API: who may write, edit and delete them, the coded refusals, and the count
 * the task's card shows, on the board and on the project's stream.
 */
@IntegrationTest
class TaskCommentsTest {

  @LocalServerPort
  int port;

  @Autowired
  JdbcClient jdbc;

  @Test
  void membersCommentOnlyAuthorsChangeAndTheCardCountsThem() {
    Api admin = People.admin(port);
    var owner = People.create(port, admin, "评论项目负责人");
    var member = People.create(port, admin, "评论项目成员");
    var outsider = People.create(port, admin, "评论外人");
    UUID project = TaskSteps.project(owner.api(), "评论项目", Map.of(member.id(), "VIEWER"));
    UUID task = TaskSteps.task(owner.api(), "projectId", project, "title", "准备周会材料");
    String comments = "/api/v1/tasks/" + task + "/comments";

    var written =
        member.api().post(comments, Map.of("body", "  **已开始**，见 <@" + owner.id() + ">  "));
    assertThat(written.status()).as(written.body().toString()).isEqualTo(201);
    JsonNode comment = written.body();
    assertThat(comment.path("body").asString()).isEqualTo("**已开始**，见 <@" + owner.id() + ">");
    assertThat(comment.path("author").path("name").asString()).isEqualTo("评论项目成员");
    assertThat(comment.path("mentions").path(0).path("name").asString()).isEqualTo("评论项目负责人");
    assertThat(comment.path("capabilities").path("canEdit").asBoolean()).isTrue();
    assertThat(owner.api().post(comments, Map.of("body", "好")).status()).isEqualTo(201);

    JsonNode list = owner.api().get(comments).body();
    assertThat(list.findValuesAsString("body"))
        .containsExactly("**已开始**，见 <@" + owner.id() + ">", "好");
    assertThat(list.path(0).path("capabilities").path("canEdit").asBoolean())
        .as("someone else's comment")
        .isFalse();
    assertThat(card(owner.api(), project, task).path("commentCount").asInt()).isEqualTo(2);
    assertThat(
            owner.api().get("/api/v1/tasks/" + task).body().path("commentCount").asInt())
        .isEqualTo(2);
    assertThat(lastStreamEvent(project)).contains("\"task.upserted\"", "\"commentCount\": 2");

    String id = comment.path("id").asString();
    assertThat(owner
            .api()
            .patch("/api/v1/task-comments/" + id, Map.of("body", "改"))
            .code())
        .isEqualTo("task.comment-not-author");
    assertThat(owner.api().delete("/api/v1/task-comments/" + id).code())
        .isEqualTo("task.comment-not-author");
    assertThat(outsider.api().get(comments).code()).isEqualTo("task.not-found");
    assertThat(outsider.api().post(comments, Map.of("body", "看不见")).code())
        .isEqualTo("task.not-found");
    assertThat(outsider.api().delete("/api/v1/task-comments/" + id).code())
        .isEqualTo("task.comment-not-found");
    assertThat(member.api().delete("/api/v1/task-comments/" + UUID.randomUUID()).code())
        .isEqualTo("task.comment-not-found");

    var edited = member.api().patch("/api/v1/task-comments/" + id, Map.of("body", "已完成一半"));
    assertThat(edited.status()).isEqualTo(200);
    assertThat(edited.body().path("editedAt").isString()).isTrue();
    assertThat(member.api().delete("/api/v1/task-comments/" + id).status()).isEqualTo(204);
    assertThat(owner.api().get(comments).body().findValuesAsString("body")).containsExactly("好");
    assertThat(card(owner.api(), project, task).path("commentCount").asInt()).isEqualTo(1);
    assertThat(lastStreamEvent(project)).contains("\"commentCount\": 1");
  }

  @Test
  void badCommentsAreRefusedWithCodesAndNothingIsStored() {
    Api admin = People.admin(port);
    var owner = People.create(port, admin, "坏评论负责人");
    UUID project = TaskSteps.project(owner.api(), "坏评论项目", Map.of());
    UUID task = TaskSteps.task(owner.api(), "projectId", project, "title", "检查输入");
    String comments = "/api/v1/tasks/" + task + "/comments";

    assertThat(owner.api().post(comments, Map.of("body", " \n\t ")).code())
        .isEqualTo("task.comment-empty");
    assertThat(owner.api().post(comments, Map.of("body", "长".repeat(10_001))).code())
        .isEqualTo("task.comment-too-long");
    assertThat(owner
            .api()
            .post(comments, Map.of("body", "<@" + UUID.randomUUID() + "> 你好"))
            .code())
        .isEqualTo("task.mention-unknown");
    StringBuilder crowd = new StringBuilder();
    for (int i = 0; i < 51; i++) {
      crowd.append("<@").append(UUID.randomUUID()).append("> ");
    }
    assertThat(owner.api().post(comments, Map.of("body", crowd.toString())).code())
        .isEqualTo("task.too-many-mentions");
    assertThat(owner.api().get(comments).body()).isEmpty();
    assertThat(owner
            .api()
            .post("/api/v1/tasks/" + UUID.randomUUID() + "/comments", Map.of("body", "x"))
            .code())
        .isEqualTo("task.not-found");

    assertThat(owner
            .api()
            .patch("/api/v1/task-projects/" + project, Map.of("archived", true))
            .status())
        .isEqualTo(200);
    assertThat(owner.api().post(comments, Map.of("body", "归档后")).code())
        .isEqualTo("task.project-archived");
  }

  private static JsonNode card(Api api, UUID project, UUID task) {
    for (JsonNode card :
        api.get("/api/v1/task-projects/" + project + "/tasks").body().path("cards")) {
      if (card.path("id").asString().equals(task.toString())) {
        return card;
      }
    }
    throw new AssertionError("no card of " + task + " on the board");
  }

  private String lastStreamEvent(UUID project) {
    return jdbc.sql("""
            select event::text from realtime.stream_entry where resource_id = ?
            order by seq desc limit 1""").param(project).query(String.class).single();
  }
}
