package dev.atrium.task;

import static dev.atrium.task.TaskSteps.kinds;
import static dev.atrium.task.TaskSteps.kindsOnceTold;
import static dev.atrium.task.TaskSteps.titleKey;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.support.Api;
import dev.atrium.support.Eventually;
import dev.atrium.support.People;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Who is told of what about a task: the assigned of their assignment, the task's people of a
 * comment (the mentioned as mentioned), the creator and followers of its completion; never whoever
 * did it, and never someone who cannot see the task, mentioned or not.
 */
@IntegrationTest
class TaskNoticesTest {

  @LocalServerPort
  int port;

  @Test
  void thePeopleOnATaskAreToldAndAnOutsiderNever() {
    Api admin = People.admin(port);
    var owner = People.create(port, admin, "任务创建人");
    var assignee = People.create(port, admin, "任务负责人");
    var follower = People.create(port, admin, "任务关注人");
    var viewer = People.create(port, admin, "项目成员");
    var later = People.create(port, admin, "后来提到的成员");
    var outsider = People.create(port, admin, "项目外人");
    UUID project = TaskSteps.project(
        owner.api(),
        "通知项目",
        Map.of(
            assignee.id(), "EDITOR",
            follower.id(), "VIEWER",
            viewer.id(), "VIEWER",
            later.id(), "VIEWER"));
    UUID task = TaskSteps.task(
        owner.api(),
        "projectId",
        project,
        "title",
        "整理季度预算",
        "assigneeIds",
        List.of(assignee.id()),
        "followerIds",
        List.of(follower.id()));

    assertThat(kindsOnceTold(assignee.api(), task, "task.assigned"))
        .containsExactly("task.assigned");
    assertThat(titleKey(assignee.api(), task, "task.assigned")).isEqualTo("taskNotices.assigned");

    var comment = assignee
        .api()
        .post(
            "/api/v1/tasks/" + task + "/comments",
            Map.of("body", "<@" + viewer.id() + "> <@" + outsider.id() + "> 预算表已更新，请看"));
    assertThat(comment.status()).as(comment.body().toString()).isEqualTo(201);
    assertThat(comment.body().path("mentions").findValuesAsString("id"))
        .containsExactly(viewer.id().toString(), outsider.id().toString());
    assertThat(comment.body().path("mentions").findValues("canSee").stream()
            .map(node -> node.asBoolean()))
        .containsExactly(true, false);

    kindsOnceTold(viewer.api(), task, "task.commented");
    assertThat(titleKey(viewer.api(), task, "task.commented")).isEqualTo("taskNotices.mentioned");
    kindsOnceTold(owner.api(), task, "task.commented");
    assertThat(titleKey(owner.api(), task, "task.commented")).isEqualTo("taskNotices.commented");
    kindsOnceTold(follower.api(), task, "task.commented");
    assertThat(TaskSteps.notices(owner.api(), task)
            .getFirst()
            .path("text")
            .path("params")
            .path("text")
            .asString())
        .isEqualTo("@项目成员 @项目外人 预算表已更新，请看");

    assertThat(assignee.api().post("/api/v1/tasks/" + task + "/complete", null).status())
        .isEqualTo(200);
    kindsOnceTold(owner.api(), task, "task.completed");
    kindsOnceTold(follower.api(), task, "task.completed");

    // an edit that mentions someone new tells only them: nobody hears of one comment twice
    UUID commentId = UUID.fromString(comment.body().path("id").asString());
    var edited = assignee
        .api()
        .patch(
            "/api/v1/task-comments/" + commentId,
            Map.of(
                "body",
                "<@" + viewer.id() + "> <@" + later.id() + "> <@" + follower.id() + "> 预算表已更新"));
    assertThat(edited.status()).isEqualTo(200);
    assertThat(edited.body().path("editedAt").isString()).isTrue();
    Eventually.eventually(
        () -> titleKeys(later.api(), task), keys -> keys.equals(List.of("taskNotices.mentioned")));

    assertThat(kinds(assignee.api(), task))
        .as("the one who did it all")
        .containsExactly("task.assigned");
    assertThat(kinds(owner.api(), task))
        .containsExactlyInAnyOrder("task.commented", "task.completed");
    assertThat(kinds(viewer.api(), task))
        .as("a viewer not on the task")
        .containsExactly("task.commented");
    assertThat(titleKeys(follower.api(), task))
        .containsExactlyInAnyOrder("taskNotices.commented", "taskNotices.completed");
    assertThat(kinds(outsider.api(), task)).as("an outsider, mentioned or not").isEmpty();
  }

  @Test
  void aPersonalTaskTellsItsPeopleAndNobodyElse() {
    Api admin = People.admin(port);
    var creator = People.create(port, admin, "个人任务创建人");
    var assignee = People.create(port, admin, "个人任务负责人");
    var stranger = People.create(port, admin, "个人任务外人");
    UUID task =
        TaskSteps.task(creator.api(), "title", "寄出报销单", "assigneeIds", List.of(assignee.id()));
    kindsOnceTold(assignee.api(), task, "task.assigned");

    assertThat(assignee
            .api()
            .post(
                "/api/v1/tasks/" + task + "/comments",
                Map.of("body", "好的 <@" + stranger.id() + ">"))
            .status())
        .isEqualTo(201);
    assertThat(stranger.api().get("/api/v1/tasks/" + task + "/comments").code())
        .isEqualTo("task.not-found");
    assertThat(assignee.api().post("/api/v1/tasks/" + task + "/complete", null).status())
        .isEqualTo(200);
    kindsOnceTold(creator.api(), task, "task.completed");
    assertThat(kinds(creator.api(), task))
        .containsExactlyInAnyOrder("task.commented", "task.completed");
    assertThat(kinds(stranger.api(), task)).isEmpty();
  }

  private static List<String> titleKeys(Api api, UUID task) {
    return TaskSteps.notices(api, task).stream()
        .map(n -> n.path("title").path("key").asString())
        .toList();
  }
}
