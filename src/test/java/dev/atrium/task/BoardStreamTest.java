package dev.atrium.task;

import static dev.atrium.task.TaskRequests.grant;
import static dev.atrium.task.TaskRequests.id;
import static dev.atrium.task.TaskRequests.inProject;
import static dev.atrium.task.TaskRequests.section;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.realtime.TestSocket;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import dev.atrium.support.ReducerFixtures;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A project's stream: whoever may view the board hears every change as whole cards and sections, an
 * outsider nothing, and applying what a real socket received to the board fetched before equals a
 * fresh fetch (Zulip's apply-events-equals-refetch), also while two people move cards in the same
 * section at the same moment. The sequential run is recorded for the web client's reducer
 * ({@code web/src/features/tasks/realtime/__fixtures__/board-changes.json}).
 */
@IntegrationTest
class BoardStreamTest {

  @LocalServerPort
  int port;

  Api admin;
  People.Person owner;
  People.Person editor;
  People.Person viewer;
  People.Person outsider;

  @BeforeEach
  void cast() {
    admin = People.admin(port);
    owner = People.create(port, admin, "看板负责人");
    editor = People.create(port, admin, "看板编辑");
    viewer = People.create(port, admin, "看板观众");
    outsider = People.create(port, admin, "看板外人");
  }

  @Test
  void everyKindOfChangeReachesTheViewersAndApplyingItEqualsARefetch() throws Exception {
    JsonNode project = TaskRequests.teamProjectNamed(
        owner.api(),
        "看板",
        List.of(grant("PERSON", editor.id(), "EDITOR"), grant("PERSON", viewer.id(), "VIEWER")));
    UUID projectId = id(project);
    JsonNode other = TaskRequests.teamProject(owner.api(), "另一个看板", List.of());
    Api api = owner.api();
    UUID todo = section(project, 0);
    UUID doing = section(project, 1);
    UUID done = section(project, 2);
    UUID a = id(inProject(api, projectId, todo, "A"));
    UUID b = id(inProject(api, projectId, todo, "B"));
    UUID c = id(inProject(api, projectId, todo, "C"));
    UUID d = id(inProject(api, projectId, todo, "D"));
    UUID e = id(inProject(api, projectId, doing, "E"));

    ObjectNode fixture = ReducerFixtures.fixture();
    ObjectNode before = fixture.putObject("before");
    before.set("project", api.get("/api/v1/task-projects/" + projectId).body());
    before.set("board", api.get("/api/v1/task-projects/" + projectId + "/tasks").body());
    long cursor = before.path("board").path("lastSeq").asLong();
    assertThat(before.path("project").path("lastSeq").asLong()).isEqualTo(cursor);

    try (TestSocket watching = socket(viewer, projectId, cursor);
        TestSocket outside = socket(outsider, projectId, 0)) {
      ok(api.post(
          "/api/v1/tasks/" + d + "/move", Map.of("sectionId", todo, "beforeId", a, "afterId", b)));
      ok(api.post("/api/v1/tasks/" + a + "/move", Map.of("sectionId", doing, "beforeId", e)));
      UUID f = id(inProject(api, projectId, done, "F"));
      ok(editor
          .api()
          .patch(
              "/api/v1/tasks/" + b,
              Map.of("title", "B 改", "priority", "HIGH", "tags", List.of("紧急"))));
      ok(editor.api().post("/api/v1/tasks/" + c + "/complete", Map.of()));
      JsonNode review = api.post(
              "/api/v1/task-projects/" + projectId + "/sections", Map.of("name", "评审"))
          .body();
      ok(api.patch("/api/v1/task-sections/" + doing, Map.of("name", "进行中 2")));
      ok(api.patch("/api/v1/task-sections/" + done, Map.of("position", 0)));
      TaskRequests.task(api, Map.of("parentId", b, "title", "B 的子任务"));
      ok(api.patch("/api/v1/tasks/" + b, Map.of("blockedByIds", List.of(d))));
      ok(api.post("/api/v1/tasks/" + d + "/complete", Map.of()));
      assertThat(api.delete("/api/v1/tasks/" + e).status()).isEqualTo(204);
      assertThat(api.delete("/api/v1/task-sections/" + id(review)).status()).isEqualTo(204);
      ok(api.post(
          "/api/v1/tasks/" + c + "/move",
          Map.of("projectId", id(other), "sectionId", section(other, 0))));
      ok(api.post("/api/v1/tasks/" + f + "/move", Map.of("sectionId", doing, "afterId", a)));
      ok(api.patch("/api/v1/task-projects/" + projectId, Map.of("description", "第二季度")));

      ObjectNode after = fixture.putObject("after");
      after.set("project", api.get("/api/v1/task-projects/" + projectId).body());
      after.set(
          "board", api.get("/api/v1/task-projects/" + projectId + "/tasks").body());
      long last = after.path("board").path("lastSeq").asLong();
      List<JsonNode> events = watching.eventsUntil(projectId, last);
      ArrayNode recorded = fixture.putArray("events");
      events.forEach(recorded::add);

      assertThat(events)
          .extracting(ev -> ev.path("seq").asLong())
          .as("gap-free, in order")
          .containsExactlyElementsOf(
              java.util.stream.LongStream.rangeClosed(cursor + 1, last).boxed().toList());
      assertThat(events)
          .extracting(ev -> ev.path("event").path("kind").asString())
          .contains(
              "task.upserted",
              "task.removed",
              "section.upserted",
              "section.removed",
              "project.updated");
      assertThat(applied(before, events)).isEqualTo(state(after));
      assertThat(outside.quiet(Duration.ofMillis(500)))
          .as("an outsider hears nothing")
          .isTrue();
    }
    ReducerFixtures.record("tasks", "board-changes", fixture);
  }

  @Test
  void concurrentMovesInOneSectionEndInOneOrderForEveryone() throws Exception {
    JsonNode project = TaskRequests.teamProject(
        owner.api(),
        "并发看板",
        List.of(grant("PERSON", editor.id(), "EDITOR"), grant("PERSON", viewer.id(), "VIEWER")));
    UUID projectId = id(project);
    UUID todo = section(project, 0);
    List<UUID> cards = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      cards.add(id(inProject(owner.api(), projectId, todo, "卡片 " + i)));
    }
    ObjectNode before = ReducerFixtures.fixture();
    before.set("project", owner.api().get("/api/v1/task-projects/" + projectId).body());
    before.set(
        "board",
        owner.api().get("/api/v1/task-projects/" + projectId + "/tasks").body());
    long cursor = before.path("board").path("lastSeq").asLong();

    try (TestSocket watching = socket(viewer, projectId, cursor)) {
      int rounds = 12;
      CyclicBarrier together = new CyclicBarrier(2);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      List<Future<List<Integer>>> movers = new ArrayList<>();
      for (Api mover : List.of(owner.api(), editor.api())) {
        boolean first = mover == owner.api();
        movers.add(pool.submit(() -> {
          List<Integer> statuses = new ArrayList<>();
          for (int round = 0; round < rounds; round++) {
            // both move into the same gap, half the time the same card
            UUID moved = cards.get(first ? round % 8 : (round * 3 + 1) % 8);
            UUID above = cards.get((round + 4) % 8);
            UUID below = cards.get((round + 5) % 8);
            together.await();
            statuses.add(mover
                .post(
                    "/api/v1/tasks/" + moved + "/move",
                    Map.of("sectionId", todo, "beforeId", above, "afterId", below))
                .status());
          }
          return statuses;
        }));
      }
      for (Future<List<Integer>> mover : movers) {
        assertThat(mover.get()).containsOnly(200);
      }
      pool.shutdown();

      ObjectNode after = ReducerFixtures.fixture();
      after.set(
          "project", editor.api().get("/api/v1/task-projects/" + projectId).body());
      after.set(
          "board",
          editor.api().get("/api/v1/task-projects/" + projectId + "/tasks").body());
      List<JsonNode> events =
          watching.eventsUntil(projectId, after.path("board").path("lastSeq").asLong());
      assertThat(events).hasSizeGreaterThanOrEqualTo(2 * rounds);
      assertThat(applied(before, events)).isEqualTo(state(after));
      JsonNode ownersView =
          owner.api().get("/api/v1/task-projects/" + projectId + "/tasks").body();
      assertThat(ownersView.path("cards")).isEqualTo(after.path("board").path("cards"));
      List<String> ranks = after
          .path("board")
          .path("cards")
          .valueStream()
          .map(card -> card.path("rank").asString())
          .toList();
      assertThat(ranks).as("one order: no two cards share a rank").doesNotHaveDuplicates();
      assertThat(ranks).isSortedAccordingTo(Comparator.naturalOrder());
    }
  }

  /** A viewer's socket, caught up, with the project's cursor at {@code cursor}. */
  private TestSocket socket(People.Person person, UUID projectId, long cursor) {
    Map<UUID, Long> cursors =
        TestSocket.withTheRestUpToDate(person.api(), Map.of(projectId, cursor));
    TestSocket socket =
        TestSocket.connect(port, TestSocket.sessionCookie(port, person.email(), People.PASSWORD));
    socket.resume(cursors);
    socket.untilReady();
    return socket;
  }

  private static void ok(Api.Response response) {
    assertThat(response.status()).as("%s", response.body()).isEqualTo(200);
  }

  /**
   * The contract's reducer, as the web client applies it: sections and cards replaced or removed by
   * id, cards in (section position, rank) order; {@code project.updated} refetches the project's
   * settings, which carry no cards or sections. Answers the sections and cards.
   */
  private static Map<String, Object> applied(JsonNode before, List<JsonNode> frames) {
    Map<String, JsonNode> sections = new LinkedHashMap<>();
    before
        .path("project")
        .path("sections")
        .forEach(s -> sections.put(s.path("id").asString(), s));
    Map<String, JsonNode> cards = new LinkedHashMap<>();
    before.path("board").path("cards").forEach(c -> cards.put(c.path("id").asString(), c));
    for (JsonNode frame : frames) {
      JsonNode event = frame.path("event");
      switch (event.path("kind").asString()) {
        case "task.upserted" ->
          cards.put(event.path("card").path("id").asString(), event.path("card"));
        case "task.removed" -> cards.remove(event.path("taskId").asString());
        case "section.upserted" ->
          sections.put(event.path("section").path("id").asString(), event.path("section"));
        case "section.removed" -> sections.remove(event.path("sectionId").asString());
        case "project.updated" -> {}
        default -> throw new AssertionError("Unknown event " + event);
      }
    }
    return ordered(new ArrayList<>(sections.values()), new ArrayList<>(cards.values()));
  }

  private static Map<String, Object> state(JsonNode fetched) {
    List<JsonNode> sections = new ArrayList<>();
    fetched.path("project").path("sections").forEach(sections::add);
    List<JsonNode> cards = new ArrayList<>();
    fetched.path("board").path("cards").forEach(cards::add);
    return ordered(sections, cards);
  }

  private static Map<String, Object> ordered(List<JsonNode> sections, List<JsonNode> cards) {
    sections.sort(Comparator.comparingInt(s -> s.path("position").asInt()));
    Map<String, Integer> position = new HashMap<>();
    sections.forEach(
        s -> position.put(s.path("id").asString(), s.path("position").asInt()));
    cards.sort(Comparator.comparing(
            (JsonNode c) -> position.getOrDefault(c.path("sectionId").asString(), -1))
        .thenComparing(c -> c.path("rank").asString()));
    return Map.of("sections", sections, "cards", cards);
  }
}
