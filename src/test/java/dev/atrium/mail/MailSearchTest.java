package dev.atrium.mail;

import static dev.atrium.mail.MailRequests.id;
import static dev.atrium.mail.MailRequests.personal;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.support.Api;
import dev.atrium.support.Eventually;
import dev.atrium.support.People;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Mail in the global search: the sender and the recipient find it in their own mailboxes, by a
 * Chinese word of its text; a colleague and the administrator find nothing; deleted for good, it
 * is gone from the index.
 */
@IntegrationTest
class MailSearchTest {

  @LocalServerPort
  int port;

  @Test
  void onlyReadersOfTheMailboxFindAMail() {
    Api admin = People.admin(port);
    People.Person ann = People.create(port, admin, "搜信安");
    People.Person bo = People.create(port, admin, "搜信博");
    People.Person cy = People.create(port, admin, "搜信赛");
    String word = "蓝鲸" + UUID.randomUUID().toString().substring(0, 6);
    UUID boBox = id(personal(bo.api()));
    var sent = MailRequests.send(
        ann.api(),
        id(personal(ann.api())),
        List.of(personal(bo.api()).path("address").asString()),
        "项目代号",
        "新的代号是" + word + "，请保密");

    Eventually.eventually(() -> found(bo.api(), word), ids -> ids.size() == 1);
    Eventually.eventually(
        () -> found(ann.api(), word), ids -> ids.contains(id(sent).toString()));
    assertThat(found(cy.api(), word)).isEmpty();
    assertThat(found(admin, word)).isEmpty();

    String boMessage = found(bo.api(), word).getFirst();
    var deleted = bo.api()
        .post(
            "/api/v1/mail/mailboxes/" + boBox + "/messages/bulk",
            java.util.Map.of("messageIds", List.of(boMessage), "action", "DELETE_FOREVER"));
    assertThat(deleted.status()).isEqualTo(204);
    Eventually.eventually(() -> found(bo.api(), word), List::isEmpty);
    assertThat(found(ann.api(), word)).as("the sender's copy stays").hasSize(1);
  }

  private static List<String> found(Api api, String query) {
    var answer = api.get(
        "/api/v1/search?kind=mail.message&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
    return answer.body().findValuesAsString("id");
  }
}
