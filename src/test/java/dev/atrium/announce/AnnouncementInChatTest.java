package dev.atrium.announce;

import static dev.atrium.announce.Announce.audience;
import static dev.atrium.announce.Announce.draft;
import static dev.atrium.announce.Announce.with;
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
import tools.jackson.databind.JsonNode;

/**
 * A publication reaches chat: a link in the channel the author chose, which unfurls as the
 * announcement's card for a recipient, and for an urgent one a DING every recipient must
 * acknowledge.
 */
@IntegrationTest
class AnnouncementInChatTest {

  @LocalServerPort
  int port;

  @Test
  void anUrgentAnnouncementIsLinkedInTheChosenChannelAndDingsItsRecipients() {
    Api admin = People.admin(port);
    UUID team = Announce.department(admin, "行政部", People.rootDepartment(admin));
    People.Person author = People.create(port, admin, "行政主管", team);
    People.Person reader = People.create(port, admin, "行政专员", team);
    admin.put("/api/v1/announcement-publishers/" + team, Map.of("personIds", List.of(author.id())));
    UUID channel = UUID.fromString(author
        .api()
        .post("/api/v1/channels", Map.of("kind", "PUBLIC", "name", Announce.unique("通知")))
        .body()
        .path("id")
        .asString());
    reader.api().post("/api/v1/channels/" + channel + "/join", null);
    String title = Announce.unique("停电通知 ");

    UUID id = Announce.publish(
        author.api(),
        with(
            with(
                draft(title, audience(false, Map.of(team, false), List.of(), List.of(), List.of())),
                "importance",
                "URGENT"),
            "channelId",
            channel));

    String link = "/announcements/" + id;
    JsonNode posted = Eventually.eventually(
        () -> reader.api().get("/api/v1/channels/" + channel + "/messages").body(),
        history -> history.findValuesAsString("body").contains("[" + title + "](" + link + ")"));
    assertThat(posted.findValuesAsString("authorId")).contains(author.id().toString());
    JsonNode card = reader
        .api()
        .post(
            "/api/v1/unfurl",
            Map.of(
                "urls",
                List.of(
                    "http://localhost/no-module/" + id,
                    "http://localhost" + link,
                    "http://localhost/admin/settings")))
        .body();
    assertThat(card.path("cards").size())
        .as("the client sends every link of the site; only the modules' objects become cards")
        .isEqualTo(1);
    assertThat(card.path("cards").path(0).path("kind").asString()).isEqualTo("announcement");
    assertThat(card.path("cards").path(0).path("preview").path("title").asString())
        .isEqualTo(title);
    JsonNode dings = Eventually.eventually(
        () -> reader.api().get("/api/v1/dings").body(),
        waiting -> waiting.toString().contains(link));
    assertThat(dings.toString()).contains(title);
    assertThat(author.api().get("/api/v1/dings").body().toString())
        .as("the author rings others, not themself")
        .doesNotContain(link);
  }

  @Test
  void anAuthorWhoMayNotPostInTheChosenChannelIsToldWhyTheCardIsMissing() {
    Api admin = People.admin(port);
    UUID team = Announce.department(admin, "后勤部", People.rootDepartment(admin));
    People.Person author = People.create(port, admin, "后勤主管", team);
    People.Person owner = People.create(port, admin, "频道主", team);
    admin.put("/api/v1/announcement-publishers/" + team, Map.of("personIds", List.of(author.id())));
    // a channel the author never joined
    UUID channel = UUID.fromString(owner
        .api()
        .post("/api/v1/channels", Map.of("kind", "PUBLIC", "name", Announce.unique("后勤")))
        .body()
        .path("id")
        .asString());
    String title = Announce.unique("搬迁通知 ");

    UUID id = Announce.publish(
        author.api(),
        with(
            draft(title, audience(false, Map.of(team, false), List.of(), List.of(), List.of())),
            "channelId",
            channel));

    JsonNode notice = Eventually.eventually(
        () -> {
          for (JsonNode item :
              author.api().get("/api/v1/notifications?limit=100").body().path("items")) {
            if (item.path("kind").asString().equals("announce.card-failed")) {
              return item;
            }
          }
          return null;
        },
        found -> found != null);
    assertThat(notice.path("link").asString()).isEqualTo("/announcements/" + id);
    assertThat(notice.path("title").path("key").asString())
        .isEqualTo("announce.notices.card-failed");
    assertThat(notice.path("title").path("params").path("title").asString()).isEqualTo(title);
    assertThat(notice.path("text").path("key").asString())
        .as("chat's reason, as its translated error")
        .isEqualTo("errors.chat.not-member");
    assertThat(
            owner.api().get("/api/v1/channels/" + channel + "/messages").body().toString())
        .doesNotContain("/announcements/" + id);
  }
}
