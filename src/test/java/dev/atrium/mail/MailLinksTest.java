package dev.atrium.mail;

import static dev.atrium.mail.MailRequests.folder;
import static dev.atrium.mail.MailRequests.id;
import static dev.atrium.mail.MailRequests.personal;
import static dev.atrium.mail.MailRequests.send;
import static dev.atrium.mail.MailRequests.threads;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Mail joined up over HTTP: a mail shared in a chat channel shows its quote to every member and
 * its card (which opens it) to readers of its mailbox only; a task made of a mail takes its subject
 * and text and links back to it, for readers of the mailbox only.
 */
@IntegrationTest
class MailLinksTest {

  @LocalServerPort
  int port;

  People.Person ann;
  People.Person bo;
  People.Person cy;
  UUID mail;

  @BeforeEach
  void aMailFromAnnToBo() {
    Api admin = People.admin(port);
    ann = People.create(port, admin, "链接安");
    bo = People.create(port, admin, "链接博");
    cy = People.create(port, admin, "链接赛");
    personal(ann.api());
    JsonNode boBox = personal(bo.api());
    send(
        ann.api(),
        id(personal(ann.api())),
        List.of(boBox.path("address").asString()),
        "季度预算",
        "请在周五前确认预算。\n\n附表见共享盘。");
    JsonNode inbox = threads(bo.api(), folder(bo.api(), id(boBox), "INBOX"));
    mail = UUID.fromString(inbox.get(0).path("messageIds").get(0).asString());
  }

  @Test
  void aSharedMailQuotesItselfForEveryMemberAndOpensForItsReadersOnly() {
    UUID channel = channel(bo.api(), "预算讨论");
    cy.api().post("/api/v1/channels/" + channel + "/join", null);

    var shared = bo.api()
        .post(
            "/api/v1/mail/messages/" + mail + "/share",
            Map.of("channelId", channel, "note", "大家看看"));
    assertThat(shared.status()).as("%s", shared.body()).isEqualTo(201);
    String link = "/mail/messages/" + mail;
    assertThat(shared.body().path("link").asString()).isEqualTo(link);

    String body = cy
        .api()
        .get("/api/v1/channels/" + channel + "/messages")
        .body()
        .findValuesAsString("body")
        .stream()
        .filter(text -> text.contains(link))
        .findFirst()
        .orElseThrow();
    assertThat(body).startsWith("大家看看").contains("**季度预算**").contains("请在周五前确认预算");

    JsonNode card = unfurl(bo.api(), link);
    assertThat(card.size()).isEqualTo(1);
    assertThat(card.get(0).path("kind").asString()).isEqualTo("mail");
    assertThat(card.get(0).path("preview").path("title").asString()).isEqualTo("季度预算");
    assertThat(card.get(0).path("preview").path("containerName").asString()).contains("@");
    assertThat(unfurl(cy.api(), link).size())
        .as("the card opens nothing for a non-reader")
        .isZero();

    var place = bo.api().get("/api/v1/mail/messages/" + mail + "/place");
    assertThat(place.status()).isEqualTo(200);
    assertThat(place.body().path("mailboxId").asString())
        .isEqualTo(id(personal(bo.api())).toString());
    assertThat(cy.api().get("/api/v1/mail/messages/" + mail + "/place").status())
        .isEqualTo(404);
  }

  @Test
  void onlyAReaderSharesAndOnlyWherePostingIsAllowed() {
    UUID cysChannel = channel(cy.api(), "闲聊");
    var notMember =
        bo.api().post("/api/v1/mail/messages/" + mail + "/share", Map.of("channelId", cysChannel));
    assertThat(notMember.status()).as("%s", notMember.body()).isIn(403, 404);
    assertThat(notMember.body().path("code").asString()).startsWith("chat.");

    var notReader =
        cy.api().post("/api/v1/mail/messages/" + mail + "/share", Map.of("channelId", cysChannel));
    assertThat(notReader.status()).isEqualTo(404);
    assertThat(notReader.body().path("code").asString()).isEqualTo("mail.not-found");
  }

  @Test
  void aTaskMadeOfAMailTakesItsSubjectAndTextAndLinksBack() {
    Map<String, Object> blank = new HashMap<>();
    blank.put("title", "");
    var made = bo.api().post("/api/v1/mail/messages/" + mail + "/task", blank);
    assertThat(made.status()).as("%s", made.body()).isEqualTo(201);
    JsonNode task = made.body();
    assertThat(task.path("title").asString()).isEqualTo("季度预算");
    assertThat(task.path("source").path("kind").asString()).isEqualTo("mail.message");
    assertThat(task.path("source").path("messageId").asString()).isEqualTo(mail.toString());
    String description = task.path("description").toString();
    assertThat(description)
        .contains("请在周五前确认预算")
        .contains("附表见共享盘")
        .contains("/mail/messages/" + mail);

    var chosen = bo.api().post("/api/v1/mail/messages/" + mail + "/task", Map.of("title", "确认预算"));
    assertThat(chosen.status()).isEqualTo(201);
    assertThat(chosen.body().path("title").asString()).isEqualTo("确认预算");

    var refused = cy.api().post("/api/v1/mail/messages/" + mail + "/task", blank);
    assertThat(refused.status()).isEqualTo(404);
    assertThat(refused.body().path("code").asString()).isEqualTo("task.mail-not-found");
  }

  private static UUID channel(Api api, String name) {
    var made = api.post(
        "/api/v1/channels",
        Map.of("kind", "PUBLIC", "name", name + UUID.randomUUID().toString().substring(0, 6)));
    assertThat(made.status()).as("%s", made.body()).isEqualTo(201);
    return UUID.fromString(made.body().path("id").asString());
  }

  private static JsonNode unfurl(Api api, String link) {
    return api.post("/api/v1/unfurl", Map.of("urls", List.of("http://localhost" + link)))
        .body()
        .path("cards");
  }
}
