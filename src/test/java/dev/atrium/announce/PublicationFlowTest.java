package dev.atrium.announce;

import static dev.atrium.announce.Announce.audience;
import static dev.atrium.announce.Announce.draft;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.files.TestFiles;
import dev.atrium.support.Api;
import dev.atrium.support.Eventually;
import dev.atrium.support.People;
import java.net.URLEncoder;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Scheduled publication happens once, whoever calls it how often; an audience above the approval
 * threshold waits for a reviewer, who returns it with a comment or approves it; recipients hear of
 * it in their notifications.
 */
@IntegrationTest
class PublicationFlowTest {

  @LocalServerPort
  int port;

  @Autowired
  Publication publication;

  Api admin;
  UUID team;
  People.Person publisher;
  People.Person first;
  People.Person second;

  @BeforeEach
  void team() {
    admin = People.admin(port);
    team = Announce.department(admin, "运营部", People.rootDepartment(admin));
    publisher = People.create(port, admin, "运营发布人", team);
    first = People.create(port, admin, "运营一", team);
    second = People.create(port, admin, "运营二", team);
    admin.put(
        "/api/v1/announcement-publishers/" + team, Map.of("personIds", List.of(publisher.id())));
  }

  @Test
  void aScheduledAnnouncementIsPublishedOnceWhenItsTimeComes() {
    UUID id = Announce.create(
        publisher.api(),
        draft("定时发布", audience(false, Map.of(team, false), List.of(), List.of(), List.of())));
    Instant at = Instant.now().plus(2, ChronoUnit.SECONDS);

    var scheduled = publisher
        .api()
        .post("/api/v1/announcements/" + id + "/publish", Map.of("at", at.toString()));

    assertThat(scheduled.body().path("state").asString()).isEqualTo("SCHEDULED");
    assertThat(first.api().get("/api/v1/announcements/" + id).status()).isEqualTo(404);
    assertThat(publication.publishDue(id)).as("not yet due").isFalse();
    Eventually.eventually(() -> publication.publishDue(id), published -> published);
    assertThat(publication.publishDue(id)).as("published already").isFalse();
    var published = first.api().get("/api/v1/announcements/" + id).body();
    assertThat(published.path("state").asString()).isEqualTo("PUBLISHED");
    assertThat(published.path("recipientCount").asInt()).isEqualTo(3);
    assertThat(publication.due(100)).doesNotContain(id);
  }

  @Test
  void aRecipientReadsEachAttachmentsNameSizeAndTypeFromTheAnnouncement() {
    byte[] png = TestFiles.png(40, 30);
    UUID picture = upload(publisher, "值班表.png", "image/png", png);
    UUID sheet = upload(publisher, "日程 v2.pdf", "application/pdf", TestFiles.pdf("Schedule"));
    UUID id = Announce.publish(
        publisher.api(),
        Announce.with(
            draft("年终安排", audience(false, Map.of(team, false), List.of(), List.of(), List.of())),
            "attachmentFileIds",
            List.of(sheet, picture)));

    var files = first.api().get("/api/v1/announcements/" + id).body().path("attachments");
    assertThat(files.size()).isEqualTo(2);
    assertThat(files.path(0).path("id").asString())
        .as("in the author's order")
        .isEqualTo(sheet.toString());
    assertThat(files.path(0).path("name").asString()).isEqualTo("日程 v2.pdf");
    assertThat(files.path(0).path("contentType").asString()).isEqualTo("application/pdf");
    assertThat(files.path(1).path("name").asString()).isEqualTo("值班表.png");
    assertThat(files.path(1).path("size").asLong()).isEqualTo(png.length);
    assertThat(files.path(1).path("contentType").asString()).isEqualTo("image/png");
    assertThat(files.path(1).path("width").asInt()).isEqualTo(40);
  }

  @Test
  void aCommentTellsTheAnnouncementsAuthorWithItsStartAndNobodyElse() {
    UUID id = Announce.publish(
        publisher.api(),
        Announce.with(
            draft("食堂调整", audience(false, Map.of(team, false), List.of(), List.of(), List.of())),
            "commentsEnabled",
            true));
    var posted = first
        .api()
        .post("/api/v1/announcements/" + id + "/comments", Map.of("text", "  周末也开放吗？  "));
    assertThat(posted.status()).as("%s", posted.body()).isEqualTo(201);
    JsonNode told =
        Eventually.eventually(() -> commentNotices(publisher, id), found -> !found.isEmpty());
    assertThat(told.size()).isEqualTo(1);
    assertThat(told.path(0).path("title").path("key").asString())
        .isEqualTo("announce.notices.comment");
    assertThat(told.path(0).path("title").path("params").path("title").asString())
        .isEqualTo("食堂调整");
    assertThat(told.path(0).path("text").path("params").path("text").asString())
        .isEqualTo("周末也开放吗？");
    assertThat(told.path(0).path("actors").path(0).path("id").asString())
        .isEqualTo(first.id().toString());

    // the author's own answer tells no one: the commenters are not subscribed to one another
    publisher.api().post("/api/v1/announcements/" + id + "/comments", Map.of("text", "开放"));
    second.api().post("/api/v1/announcements/" + id + "/comments", Map.of("text", "好的"));
    Eventually.eventually(() -> commentNotices(publisher, id), found -> found.size() == 2);
    assertThat(commentNotices(first, id)).isEmpty();
    assertThat(commentNotices(publisher, id).size()).isEqualTo(2);
  }

  private static JsonNode commentNotices(People.Person person, UUID id) {
    var found = tools.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
    person.api().get("/api/v1/notifications?limit=100").body().path("items").forEach(item -> {
      if (item.path("kind").asString().equals("announce.comment")
          && item.path("link").asString().equals("/announcements/" + id)) {
        found.add(item);
      }
    });
    return found;
  }

  private UUID upload(People.Person uploader, String name, String type, byte[] bytes) {
    var answer = uploader
        .api()
        .sendRaw("POST", "/api/v1/files?name=" + URLEncoder.encode(name, UTF_8), type, bytes);
    assertThat(answer.status()).as("%s", answer.body()).isEqualTo(201);
    return UUID.fromString(answer.body().path("id").asString());
  }

  @Test
  void anAudienceAboveTheThresholdWaitsForAReviewerWhoReturnsOrApprovesIt() {
    var before = admin.get("/api/v1/admin/announcement-settings").body();
    admin.put(
        "/api/v1/admin/announcement-settings",
        Map.of("approvalThreshold", 2, "companyWideNeedsApproval", false));
    try {
      UUID id = Announce.create(
          publisher.api(),
          draft("需要审核", audience(false, Map.of(team, false), List.of(), List.of(), List.of())));

      var waiting = publisher.api().post("/api/v1/announcements/" + id + "/publish", Map.of());
      assertThat(waiting.body().path("state").asString()).isEqualTo("PENDING_APPROVAL");
      assertThat(admin
              .get("/api/v1/announcements?box=review&limit=100")
              .body()
              .path("items")
              .findValuesAsString("id"))
          .contains(id.toString());
      assertThat(first.api().get("/api/v1/announcements/" + id).status()).isEqualTo(404);
      var notByPublisher = publisher.api().post("/api/v1/announcements/" + id + "/approve", null);
      assertThat(notByPublisher.code()).isEqualTo("announce.not-reviewer");

      var returned =
          admin.post("/api/v1/announcements/" + id + "/return", Map.of("comment", "日期写错了"));
      assertThat(returned.body().path("state").asString())
          .as("%s", returned.body())
          .isEqualTo("RETURNED");
      assertThat(publisher
              .api()
              .get("/api/v1/announcements/" + id)
              .body()
              .path("returnComment")
              .asString())
          .isEqualTo("日期写错了");
      Eventually.eventually(
          () -> publisher.api().get("/api/v1/notifications").body().findValuesAsString("kind"),
          kinds -> kinds.contains("announce.returned"));

      publisher.api().post("/api/v1/announcements/" + id + "/publish", Map.of());
      var approved = admin.post("/api/v1/announcements/" + id + "/approve", null);
      assertThat(approved.body().path("state").asString()).isEqualTo("PUBLISHED");
      assertThat(first.api().get("/api/v1/announcements/" + id).status()).isEqualTo(200);
      Eventually.eventually(
          () -> second.api().get("/api/v1/notifications").body().findValuesAsString("link"),
          links -> links.contains("/announcements/" + id));
    } finally {
      Map<String, Object> restore = new HashMap<>();
      restore.put(
          "approvalThreshold",
          before.path("approvalThreshold").isNumber()
              ? before.path("approvalThreshold").asInt()
              : null);
      restore.put(
          "companyWideNeedsApproval", before.path("companyWideNeedsApproval").asBoolean());
      var restored = admin.put("/api/v1/admin/announcement-settings", restore);
      assertThat(restored.status()).as("%s", restored.body()).isEqualTo(200);
    }
  }
}
