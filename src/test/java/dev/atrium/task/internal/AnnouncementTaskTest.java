package dev.atrium.task.internal;

import static dev.atrium.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.announce.Announce;
import dev.atrium.announce.AnnouncementPublished;
import dev.atrium.announce.Importance;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * An announcement that carries a task ("submit your form by Friday"): on publication each
 * recipient gets their own task, once however often the publication is delivered, and completing
 * it is not confirming the announcement.
 */
@IntegrationTest
class AnnouncementTaskTest {

  @LocalServerPort
  int port;

  @Autowired
  AnnouncementTaskDelivery delivery;

  private static List<JsonNode> tasksFrom(People.Person who, UUID announcement) {
    return who.api()
        .get("/api/v1/my-tasks?role=assignee&limit=100")
        .body()
        .path("groups")
        .valueStream()
        .flatMap(group -> group.path("cards").valueStream())
        .filter(card ->
            card.path("source").path("announcementId").asString().equals(announcement.toString()))
        .toList();
  }

  @Test
  void everyRecipientGetsTheTaskOnceAndCompletingItConfirmsNothing() {
    Api admin = People.admin(port);
    UUID team = Announce.department(admin, "人事部", People.rootDepartment(admin));
    People.Person author = People.create(port, admin, "人事主管", team);
    People.Person first = People.create(port, admin, "员工甲", team);
    People.Person second = People.create(port, admin, "员工乙", team);
    admin.put("/api/v1/announcement-publishers/" + team, Map.of("personIds", List.of(author.id())));
    String title = Announce.unique("年度体检 ");
    UUID id = Announce.create(
        author.api(),
        Announce.with(
            Announce.draft(
                title,
                Announce.audience(false, Map.of(team, false), List.of(), List.of(), List.of())),
            "mustRead",
            true));

    var refused = first.api().put("/api/v1/announcements/" + id + "/task", Map.of("title", "偷改"));
    assertThat(refused.status()).isEqualTo(404);
    var planned = author
        .api()
        .put(
            "/api/v1/announcements/" + id + "/task",
            Map.of(
                "title", "周五前提交体检表",
                "dueAt", "2026-12-11T00:00:00Z",
                "allDay", true,
                "timeZone", "Asia/Shanghai"));
    assertThat(planned.status()).as("%s", planned.body()).isEqualTo(200);
    var published = author.api().post("/api/v1/announcements/" + id + "/publish", Map.of());
    assertThat(published.status()).as("%s", published.body()).isEqualTo(200);

    List<JsonNode> firsts = eventually(() -> tasksFrom(first, id), tasks -> !tasks.isEmpty());
    assertThat(firsts).hasSize(1);
    JsonNode task = firsts.getFirst();
    assertThat(task.path("title").asString()).isEqualTo("周五前提交体检表");
    assertThat(task.path("source").path("kind").asString()).isEqualTo("announce");
    assertThat(task.path("dueAt").asString()).isEqualTo("2026-12-10T16:00:00Z");
    assertThat(task.path("projectId").isMissingNode() || task.path("projectId").isNull())
        .isTrue();
    assertThat(eventually(() -> tasksFrom(second, id), tasks -> !tasks.isEmpty()))
        .hasSize(1);
    String link = "/tasks/" + task.path("id").asString();
    assertThat(eventually(
            () -> first
                .api()
                .get("/api/v1/notifications?limit=100")
                .body()
                .path("items")
                .valueStream()
                .filter(n -> n.path("link").asString().equals(link))
                .map(n -> n.path("kind").asString())
                .toList(),
            kinds -> !kinds.isEmpty()))
        .as("told as an assignment is")
        .containsExactly("task.assigned");
    assertThat(eventually(
            () -> first
                .api()
                .get("/api/v1/search?q="
                    + java.net.URLEncoder.encode("体检表", java.nio.charset.StandardCharsets.UTF_8))
                .body()
                .toString(),
            found -> found.contains(link)))
        .as("found by its title")
        .contains(link);
    var closed = author.api().put("/api/v1/announcements/" + id + "/task", Map.of("title", "改"));
    assertThat(closed.code()).isEqualTo("task.plan-closed");

    // the publication told again (a retry, another node): nobody gets a second task
    delivery.deliver(new AnnouncementPublished(id, author.id(), title, Importance.NORMAL, null, 3));
    assertThat(tasksFrom(first, id)).hasSize(1);
    assertThat(tasksFrom(second, id)).hasSize(1);

    var done = first.api().post("/api/v1/tasks/" + task.path("id").asString() + "/complete", null);
    assertThat(done.status()).as("%s", done.body()).isEqualTo(200);
    JsonNode announcement = first.api().get("/api/v1/announcements/" + id).body();
    assertThat(announcement.path("read").path("confirmedAt").isMissingNode()
            || announcement.path("read").path("confirmedAt").isNull())
        .as("completing the task is not confirming the announcement")
        .isTrue();
  }
}
