package dev.atrium.task;

import static dev.atrium.task.TaskRequests.assertRefused;
import static dev.atrium.task.TaskRequests.grant;
import static dev.atrium.task.TaskRequests.id;
import static dev.atrium.task.TaskRequests.section;
import static dev.atrium.task.TaskRequests.task;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** A person's and a team's way through tasks over HTTP: every field, a change, history, My tasks. */
@IntegrationTest
class TaskFlowTest {

  @LocalServerPort
  int port;

  @Autowired
  JdbcClient jdbc;

  Api admin;
  People.Person owner;
  People.Person colleague;

  @BeforeEach
  void cast() {
    admin = People.admin(port);
    owner = People.create(port, admin, "项目负责人");
    colleague = People.create(port, admin, "同事");
  }

  @Test
  void aTaskCarriesEveryFieldAndAChangeKeepsWhatWasLeftOut() {
    JsonNode project = TaskRequests.teamProject(
        owner.api(), "发布计划", List.of(grant("PERSON", colleague.id(), "EDITOR")));
    UUID projectId = id(project);
    JsonNode blocker = TaskRequests.inProject(owner.api(), projectId, section(project, 0), "先做这个");
    Map<String, Object> body = new HashMap<>();
    body.put("projectId", projectId);
    body.put("sectionId", section(project, 1));
    body.put("title", "  写发布说明  ");
    body.put(
        "description",
        Map.of(
            "type",
            "doc",
            "content",
            List.of(Map.of(
                "type", "paragraph", "content", List.of(Map.of("type", "text", "text", "见附件"))))));
    body.put("assigneeIds", List.of(colleague.id()));
    body.put("followerIds", List.of(owner.id()));
    body.put("startAt", "2026-12-01T01:00:00Z");
    body.put("dueAt", "2026-12-03T09:30:00Z");
    body.put("timeZone", "Asia/Shanghai");
    body.put("priority", "HIGH");
    body.put("tags", List.of("发布", "文档", "发布"));
    body.put(
        "checklist",
        List.of(Map.of("text", "草稿", "done", true), Map.of("text", "审阅", "done", false)));
    body.put("reminders", List.of(60, 15));
    body.put("blockedByIds", List.of(id(blocker)));
    JsonNode made = task(owner.api(), body);

    assertThat(made.path("title").asString()).isEqualTo("写发布说明");
    assertThat(made.path("projectName").asString())
        .isEqualTo(project.path("name").asString());
    assertThat(made.path("assignees").get(0).path("name").asString()).isEqualTo("同事");
    assertThat(made.path("followers").get(0).path("id").asString())
        .isEqualTo(owner.id().toString());
    assertThat(made.path("tags").valueStream().map(JsonNode::asString)).containsExactly("发布", "文档");
    assertThat(made.path("checklist")).hasSize(2);
    assertThat(made.path("checklist").get(0).path("id").isString()).isTrue();
    assertThat(made.path("reminders").valueStream().map(JsonNode::asInt)).containsExactly(15, 60);
    assertThat(made.path("blockedBy").get(0).path("title").asString()).isEqualTo("先做这个");
    assertThat(made.path("timeZone").asString()).isEqualTo("Asia/Shanghai");
    assertThat(made.path("capabilities").path("canEdit").asBoolean()).isTrue();

    // a change of one field leaves the others; null clears
    Map<String, Object> change = new HashMap<>();
    change.put("priority", "URGENT");
    change.put("startAt", null);
    var changed = colleague.api().patch("/api/v1/tasks/" + id(made), change);
    assertThat(changed.status()).as("%s", changed.body()).isEqualTo(200);
    assertThat(changed.body().path("priority").asString()).isEqualTo("URGENT");
    assertThat(changed.body().has("startAt")).isFalse();
    assertThat(changed.body().path("dueAt").asString()).isEqualTo("2026-12-03T09:30:00Z");
    assertThat(changed.body().path("tags")).hasSize(2);
    assertThat(changed.body().path("description").path("type").asString()).isEqualTo("doc");

    var history = owner.api().get("/api/v1/tasks/" + id(made) + "/history");
    assertThat(history.status()).isEqualTo(200);
    assertThat(history.body().valueStream().map(h -> h.path("field").asString()))
        .containsExactlyInAnyOrder("priority", "start", "created");
    JsonNode priority = history.body().get(0).path("field").asString().equals("priority")
        ? history.body().get(0)
        : history.body().get(1);
    assertThat(priority.path("actor").path("name").asString()).isEqualTo("同事");
    assertThat(priority.path("before").asString()).isEqualTo("HIGH");
    assertThat(priority.path("after").asString()).isEqualTo("URGENT");

    List<JsonNode> mine = TaskRequests.myCards(colleague.api(), "role=assignee");
    assertThat(mine.stream().map(c -> c.path("id").asString()))
        .contains(id(made).toString());
    JsonNode card = mine.stream()
        .filter(c -> c.path("id").asString().equals(id(made).toString()))
        .findFirst()
        .orElseThrow();
    assertThat(card.path("blocked").asBoolean()).isTrue();
    assertThat(card.path("checklistCount").asInt()).isEqualTo(2);
    assertThat(card.path("checklistDone").asInt()).isEqualTo(1);
    assertThat(card.path("projectName").asString())
        .isEqualTo(project.path("name").asString());

    owner.api().post("/api/v1/tasks/" + id(blocker) + "/complete", Map.of());
    assertThat(owner
            .api()
            .get("/api/v1/tasks/" + id(made))
            .body()
            .path("blockedBy")
            .get(0)
            .path("state")
            .asString())
        .isEqualTo("DONE");
  }

  @Test
  void aManagerHandsTheProjectOverAndKeepsNoRoleOnIt() {
    JsonNode project = TaskRequests.teamProject(owner.api(), "交接的项目", List.of());
    String grants = "/api/v1/task-projects/" + TaskRequests.id(project) + "/grants";

    var handed = owner
        .api()
        .put(
            grants,
            Map.of("grants", List.of(TaskRequests.grant("PERSON", colleague.id(), "MANAGER"))));

    assertThat(handed.status()).as("%s", handed.body()).isEqualTo(200);
    assertThat(handed.body().findValuesAsString("id"))
        .containsExactly(colleague.id().toString());
    assertThat(colleague.api().get(grants).status()).isEqualTo(200);
    assertThat(owner.api().get(grants).status()).isIn(403, 404);
  }

  @Test
  void aPersonalTaskIsSeenByItsPeopleOnly() {
    People.Person stranger = People.create(port, admin, "路人");
    JsonNode mine =
        task(owner.api(), Map.of("title", "买票", "followerIds", List.of(colleague.id())));
    assertThat(mine.has("projectId")).isFalse();
    assertThat(colleague.api().get("/api/v1/tasks/" + id(mine)).status()).isEqualTo(200);
    assertThat(colleague
            .api()
            .get("/api/v1/tasks/" + id(mine))
            .body()
            .path("capabilities")
            .path("canEdit")
            .asBoolean())
        .isFalse();
    assertRefused(stranger.api().get("/api/v1/tasks/" + id(mine)), 404, "task.not-found");
    assertRefused(
        colleague.api().post("/api/v1/tasks/" + id(mine) + "/complete", Map.of()),
        403,
        "task.read-only");
    assertThat(
            TaskRequests.myCards(owner.api(), "").stream().map(c -> c.path("id").asString()))
        .contains(id(mine).toString());
    JsonNode sub = task(owner.api(), Map.of("parentId", id(mine), "title", "选座位"));
    assertThat(colleague.api().get("/api/v1/tasks/" + id(sub)).status()).isEqualTo(200);
    assertRefused(stranger.api().get("/api/v1/tasks/" + id(sub)), 404, "task.not-found");
    assertThat(owner
            .api()
            .get("/api/v1/tasks/" + id(mine))
            .body()
            .path("subtasks")
            .get(0)
            .path("title")
            .asString())
        .isEqualTo("选座位");
  }

  @Test
  void completingARecurringTaskMakesTheNextOccurrenceOnce() {
    JsonNode weekly = task(
        owner.api(),
        Map.of(
            "title", "周报",
            "dueAt", "2026-12-04T09:00:00Z",
            "timeZone", "Asia/Shanghai",
            "recurrence", "RRULE:FREQ=WEEKLY;BYDAY=FR",
            "assigneeIds", List.of(owner.id())));
    assertThat(weekly.path("recurrence").asString()).isEqualTo("FREQ=WEEKLY;BYDAY=FR");
    String path = "/api/v1/tasks/" + id(weekly);
    assertThat(owner.api().post(path + "/complete", Map.of()).status()).isEqualTo(200);
    assertThat(owner.api().post(path + "/reopen", Map.of()).status()).isEqualTo(200);
    assertThat(owner.api().post(path + "/complete", Map.of()).status()).isEqualTo(200);
    List<JsonNode> open = TaskRequests.myCards(owner.api(), "role=assignee").stream()
        .filter(c -> c.path("state").asString().equals("OPEN"))
        .filter(c -> c.path("title").asString().equals("周报"))
        .toList();
    assertThat(open).hasSize(1);
    assertThat(open.getFirst().path("dueAt").asString()).isEqualTo("2026-12-11T09:00:00Z");
  }

  @Test
  void twoPeopleCompletingARecurringTaskAtOnceMakeOneNextOccurrence() throws Exception {
    JsonNode daily = task(
        owner.api(),
        Map.of(
            "title", "日报 " + UUID.randomUUID(),
            "dueAt", "2026-12-07T10:00:00Z",
            "timeZone", "Europe/Berlin",
            "recurrence", "FREQ=DAILY;COUNT=3",
            "assigneeIds", List.of(colleague.id())));
    String path = "/api/v1/tasks/" + id(daily);
    for (int round = 0; round < 3; round++) {
      CyclicBarrier together = new CyclicBarrier(2);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      List<Future<Integer>> both = new ArrayList<>();
      for (Api api : List.of(owner.api(), colleague.api())) {
        both.add(pool.submit(() -> {
          together.await();
          return api.post(path + "/complete", Map.of()).status();
        }));
      }
      for (Future<Integer> status : both) {
        assertThat(status.get()).isEqualTo(200);
      }
      pool.shutdown();
      assertThat(owner.api().post(path + "/reopen", Map.of()).status()).isEqualTo(200);
    }
    UUID series = id(daily);
    List<Integer> occurrences = jdbc.sql(
            "select occurrence from task.task where series_id = ? order by occurrence")
        .param(series)
        .query(Integer.class)
        .list();
    assertThat(occurrences).containsExactly(1, 2);
    assertThat(TaskRequests.myCards(colleague.api(), "role=assignee").stream()
            .filter(c -> c.path("state").asString().equals("OPEN"))
            .filter(c -> c.path("title").asString().equals(daily.path("title").asString()))
            .map(c -> c.path("dueAt").asString()))
        .containsExactlyInAnyOrder("2026-12-07T10:00:00Z", "2026-12-08T10:00:00Z");
  }

  /**
   * My tasks answers each group's count and first page, and a group's next page continues after
   * the card the first one ended with: overdue, today and upcoming soonest first in the reader's
   * days, no date most recently changed first, done apart.
   */
  @Test
  void myTasksComeInGroupsWithCountsAndPagesThatContinueWhereTheyStopped() {
    People.Person me = People.create(port, admin, "分页的人");
    Instant now = Instant.now();
    // a zone where it is not yet 22:00, so an hour from now is still today there
    ZoneId zone = Stream.of(
            "Asia/Shanghai", "Europe/Berlin", "America/New_York", "Pacific/Auckland")
        .map(ZoneId::of)
        .filter(z -> now.atZone(z).getHour() < 22)
        .findFirst()
        .orElseThrow();
    Map<String, String> due = new LinkedHashMap<>();
    due.put("过期二", now.minus(Duration.ofDays(2)).toString());
    due.put("过期一", now.minus(Duration.ofHours(1)).toString());
    due.put("今天", now.plus(Duration.ofMinutes(30)).toString());
    due.put("以后三", now.plus(Duration.ofDays(9)).toString());
    due.put("以后一", now.plus(Duration.ofDays(3)).toString());
    due.put("以后二", now.plus(Duration.ofDays(5)).toString());
    List<UUID> made = new ArrayList<>();
    due.forEach((title, at) -> made.add(
        id(task(me.api(), Map.of("title", title, "dueAt", at, "assigneeIds", List.of(me.id()))))));
    for (String title : List.of("无期一", "无期二", "无期三")) {
      made.add(id(task(me.api(), Map.of("title", title, "assigneeIds", List.of(me.id())))));
    }
    assertThat(me.api()
            .post("/api/v1/tasks/" + made.get(2) + "/complete", Map.of())
            .status())
        .isEqualTo(200);

    String query = "/api/v1/my-tasks?role=assignee&limit=2&zone=" + zone.getId();
    JsonNode groups = me.api().get(query).body().path("groups");
    assertThat(groups.valueStream().map(g -> g.path("key").asString() + " " + g.path("count")))
        .containsExactly("OVERDUE 2", "TODAY 0", "UPCOMING 3", "NONE 3", "DONE 1");
    assertThat(titles(groups.get(0))).containsExactly("过期二", "过期一");
    assertThat(groups.get(0).has("next")).as("the whole group is on its page").isFalse();
    assertThat(titles(groups.get(2))).containsExactly("以后一", "以后二");
    assertThat(titles(groups.get(3))).containsExactly("无期三", "无期二");
    assertThat(titles(groups.get(4))).containsExactly("今天");

    JsonNode more = me.api()
        .get(query + "&group=upcoming&after=" + groups.get(2).path("next").asString())
        .body()
        .path("groups");
    assertThat(more).hasSize(1);
    assertThat(titles(more.get(0))).containsExactly("以后三");
    assertThat(more.get(0).has("next")).isFalse();
    assertThat(titles(me.api()
            .get(query + "&group=none&after=" + groups.get(3).path("next").asString())
            .body()
            .path("groups")
            .get(0)))
        .containsExactly("无期一");
    assertRefused(me.api().get(query + "&group=later"), 400, "task.filter-invalid");
    assertRefused(
        me.api().get("/api/v1/my-tasks?after=" + made.getFirst()), 400, "task.filter-invalid");
  }

  private static List<String> titles(JsonNode group) {
    return group
        .path("cards")
        .valueStream()
        .map(c -> c.path("title").asString())
        .toList();
  }
}
