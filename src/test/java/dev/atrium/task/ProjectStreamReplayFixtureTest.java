package dev.atrium.task;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.realtime.TestSocket;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import dev.atrium.support.ReducerFixtures;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a board's viewer had, the project stream's entries that then reached their socket (cards
 * added, moved within and between columns, completed, deleted; columns renamed, reordered, added and
 * deleted with their cards moved on; the settings changed) and a fresh fetch, recorded for the web
 * client's apply-events-equals-refetch test (web/src/features/tasks/realtime/replay.test.ts).
 */
@IntegrationTest
class ProjectStreamReplayFixtureTest {

  @LocalServerPort
  int port;

  @Test
  void aBoardsEntriesApplyToWhatAFreshFetchShows() {
    Api admin = People.admin(port);
    // names of their own, not random ones: the recorded fixture stays the same from run to run
    People.Person alice = People.create(port, admin, "Alice 爱丽丝");
    People.Person bob = People.create(port, admin, "Bob 鲍勃");
    JsonNode project = created(alice
        .api()
        .post(
            "/api/v1/task-projects",
            Map.of(
                "name",
                "发布 Board",
                "kind",
                "TEAM",
                "sections",
                List.of("To do", "Doing", "Done"),
                "grants",
                List.of(Map.of("kind", "PERSON", "id", bob.id(), "role", "EDITOR")))));
    UUID projectId = UUID.fromString(project.path("id").asString());
    String todo = project.path("sections").get(0).path("id").asString();
    String doing = project.path("sections").get(1).path("id").asString();
    String done = project.path("sections").get(2).path("id").asString();
    String first = task(alice.api(), projectId, todo, "写发布说明", alice.id());
    String second = task(alice.api(), projectId, todo, "Check the phone layout", bob.id());
    String third = task(alice.api(), projectId, todo, "准备演示", alice.id());
    String fourth = task(alice.api(), projectId, doing, "Book the room", bob.id());

    String path = "/api/v1/task-projects/" + projectId;
    ObjectNode before = ReducerFixtures.fixture();
    before.set("project", bob.api().get(path).body());
    before.set("board", bob.api().get(path + "/tasks").body());
    long cursor = Math.min(
        before.path("project").path("lastSeq").asLong(),
        before.path("board").path("lastSeq").asLong());

    try (TestSocket socket =
        TestSocket.connect(port, TestSocket.sessionCookie(port, bob.email(), People.PASSWORD))) {
      Map<UUID, Long> cursors = new HashMap<>(TestSocket.withTheRestUpToDate(bob.api(), Map.of()));
      cursors.put(projectId, cursor);
      socket.resume(cursors);
      socket.untilReady();

      move(alice.api(), first, Map.of("sectionId", doing, "beforeId", fourth));
      move(bob.api(), third, Map.of("sectionId", todo, "afterId", second));
      move(bob.api(), second, Map.of("sectionId", doing, "beforeId", fourth, "afterId", first));
      ok(bob.api().post("/api/v1/tasks/" + fourth + "/complete", null));
      ok(alice.api().patch("/api/v1/task-sections/" + doing, Map.of("name", "In progress")));
      ok(alice.api().patch("/api/v1/task-sections/" + done, Map.of("position", 0)));
      JsonNode later = created(alice.api().post(path + "/sections", Map.of("name", "Later")));
      ok(alice
          .api()
          .delete(
              "/api/v1/task-sections/" + todo + "?moveTo=" + later.path("id").asString()));
      ok(alice.api().delete("/api/v1/tasks/" + first));
      ok(alice.api().patch(path, Map.of("name", "发布 Board 2")));

      JsonNode fresh = bob.api().get(path).body();
      List<JsonNode> events =
          socket.eventsUntil(projectId, fresh.path("lastSeq").asLong());
      assertThat(events)
          .extracting(e -> e.path("event").path("kind").asString())
          .contains(
              "task.upserted",
              "task.removed",
              "section.upserted",
              "section.removed",
              "project.updated");

      ObjectNode after = ReducerFixtures.fixture();
      after.set("project", fresh);
      after.set("board", bob.api().get(path + "/tasks").body());
      ObjectNode fixture = ReducerFixtures.fixture();
      fixture.set("before", before);
      fixture.putArray("events").addAll(events);
      fixture.set("after", after);
      // a person's colour follows from their random id
      fixture
          .findParents("avatarColor")
          .forEach(parent -> ((ObjectNode) parent).put("avatarColor", "#avatar"));
      ReducerFixtures.record("tasks", "board-moves-and-sections", fixture);
    }
  }

  private static JsonNode created(Api.Response response) {
    assertThat(response.status()).as("%s", response.body()).isEqualTo(201);
    return response.body();
  }

  private static void ok(Api.Response response) {
    assertThat(response.status()).as("%s", response.body()).isBetween(200, 204);
  }

  private static void move(Api api, String taskId, Map<String, String> target) {
    ok(api.post("/api/v1/tasks/" + taskId + "/move", target));
  }

  private static String task(
      Api api, UUID projectId, String sectionId, String title, UUID assignee) {
    return created(api.post(
            "/api/v1/tasks",
            Map.of(
                "projectId", projectId,
                "sectionId", sectionId,
                "title", title,
                "assigneeIds", List.of(assignee))))
        .path("id")
        .asString();
  }
}
