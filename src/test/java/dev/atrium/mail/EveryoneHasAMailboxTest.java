package dev.atrium.mail;

import static dev.atrium.mail.MailRequests.folder;
import static dev.atrium.mail.MailRequests.id;
import static dev.atrium.mail.MailRequests.personal;
import static dev.atrium.mail.MailRequests.send;
import static dev.atrium.mail.MailRequests.threads;
import static dev.atrium.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A newcomer is reachable by mail from the moment org creates them: contacts completion finds their
 * address and mail reaches them before they ever open mail.
 */
@IntegrationTest
class EveryoneHasAMailboxTest {

  @LocalServerPort
  int port;

  @Test
  void aNewColleagueIsFoundAndReceivesMailBeforeOpeningMail() {
    Api admin = People.admin(port);
    People.Person ann = People.create(port, admin, "写信人");
    People.Person newcomer = People.create(port, admin, "新同事");
    String q = URLEncoder.encode(newcomer.email(), StandardCharsets.UTF_8);

    JsonNode found = eventually(
        () -> ann.api().get("/api/v1/mail/contacts?q=" + q).body(),
        body -> body.toString().contains("@"));
    String address = found.get(0).path("address").asString();
    assertThat(address).contains("@");

    JsonNode annBox = personal(ann.api());
    send(ann.api(), id(annBox), List.of(address), "欢迎", "欢迎加入");

    JsonNode box = personal(newcomer.api());
    assertThat(box.path("address").asString()).isEqualTo(address);
    JsonNode inbox = threads(newcomer.api(), folder(newcomer.api(), id(box), "INBOX"));
    assertThat(inbox).hasSize(1);
    assertThat(inbox.get(0).path("subject").asString()).isEqualTo("欢迎");
  }
}
