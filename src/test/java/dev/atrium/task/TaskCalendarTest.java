package dev.atrium.task;

import static dev.atrium.task.TaskRequests.grant;
import static dev.atrium.task.TaskRequests.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** {@code task::calendar}: the tasks a person's calendar shows, theirs only and only while seen. */
@IntegrationTest
class TaskCalendarTest {

  private static final Instant FROM = Instant.parse("2027-03-01T00:00:00Z");
  private static final Instant TO = Instant.parse("2027-03-08T00:00:00Z");

  @LocalServerPort
  int port;

  @Autowired
  TaskCalendar calendar;

  @Test
  void answersThePersonsDueTasksInTheRangeAndNothingOfOthers() {
    Api admin = People.admin(port);
    People.Person me = People.create(port, admin, "日历主人");
    People.Person other = People.create(port, admin, "别人");
    JsonNode project =
        TaskRequests.teamProject(other.api(), "季度计划", List.of(grant("PERSON", me.id(), "EDITOR")));
    UUID projectId = id(project);
    UUID gone = id(
        TaskRequests.teamProject(other.api(), "交接", List.of(grant("PERSON", me.id(), "EDITOR"))));

    UUID assigned = task(other.api(), projectId, "评审预算", "2027-03-02T06:00:00Z", me.id());
    UUID done = task(other.api(), projectId, "提交周报", "2027-03-03T00:00:00Z", me.id());
    assertThat(me.api().post("/api/v1/tasks/" + done + "/complete", Map.of()).status())
        .isEqualTo(200);
    UUID mineUnassigned = task(me.api(), null, "买机票", "2027-03-05T00:00:00Z", null);
    task(other.api(), projectId, "别人的事", "2027-03-02T06:00:00Z", other.id());
    task(me.api(), null, "交给别人", "2027-03-04T06:00:00Z", other.id());
    task(me.api(), projectId, "下个月", "2027-04-02T06:00:00Z", me.id());
    task(me.api(), projectId, "正好结束时", "2027-03-08T00:00:00Z", me.id());
    task(other.api(), gone, "看不到了", "2027-03-02T07:00:00Z", me.id());
    assertThat(other
            .api()
            .put(
                "/api/v1/task-projects/" + gone + "/grants",
                Map.of("grants", List.of(grant("PERSON", other.id(), "MANAGER"))))
            .status())
        .isEqualTo(200);

    List<DueTask> due = calendar.dueFor(me.id(), FROM, TO);

    assertThat(due.stream().map(DueTask::id)).containsExactly(assigned, done, mineUnassigned);
    DueTask first = due.getFirst();
    assertThat(first.title()).isEqualTo("评审预算");
    assertThat(first.dueAt()).isEqualTo(Instant.parse("2027-03-02T06:00:00Z"));
    assertThat(first.done()).isFalse();
    assertThat(first.projectName()).isEqualTo(project.path("name").asString());
    assertThat(due.get(1).done()).isTrue();
    assertThat(due.get(2).allDay()).isTrue();
    assertThat(due.get(2).timeZone()).isEqualTo("Asia/Shanghai");
    assertThat(due.get(2).projectName()).isNull();
    assertThat(calendar.dueFor(other.id(), FROM, TO).stream().map(DueTask::title))
        .containsExactly("别人的事", "交给别人");
  }

  private static UUID task(Api api, UUID projectId, String title, String dueAt, UUID assignee) {
    Map<String, Object> body = new HashMap<>();
    body.put("projectId", projectId);
    body.put("title", title);
    body.put("dueAt", dueAt);
    if (projectId == null) {
      body.put("allDay", true);
      body.put("timeZone", "Asia/Shanghai");
    }
    if (assignee != null) {
      body.put("assigneeIds", List.of(assignee));
    }
    return id(TaskRequests.task(api, body));
  }
}
