package dev.atrium.mail;

import static dev.atrium.mail.MailRequests.id;
import static dev.atrium.mail.MailRequests.personal;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.realtime.TestSocket;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A mailbox's stream (kind mail.mailbox): its reader hears a mail arrive and being marked, in
 * order, with no word of what it says.
 */
@IntegrationTest
class MailStreamTest {

  @LocalServerPort
  int port;

  @Test
  void theReaderHearsMailArriveAndChangeAndNobodyElseDoes() {
    Api admin = People.admin(port);
    People.Person ann = People.create(port, admin, "流安");
    People.Person bo = People.create(port, admin, "流博");
    People.Person cy = People.create(port, admin, "流赛");
    JsonNode boBox = personal(bo.api());
    UUID box = id(boBox);
    long cursor = boBox.path("lastSeq").asLong();
    assertThat(cy.api().get("/api/v1/mail/mailboxes").body().toString())
        .doesNotContain(box.toString());

    try (TestSocket reading = socket(bo, box, cursor)) {
      MailRequests.send(
          ann.api(),
          id(personal(ann.api())),
          List.of(boBox.path("address").asString()),
          "机密",
          "内容");
      JsonNode inbox = MailRequests.threads(bo.api(), MailRequests.folder(bo.api(), box, "INBOX"));
      String message = inbox.get(0).path("messageIds").get(0).asString();
      assertThat(bo.api()
              .post(
                  "/api/v1/mail/mailboxes/" + box + "/messages/bulk",
                  Map.of("messageIds", List.of(message), "action", "SEEN"))
              .status())
          .isEqualTo(204);
      long last = personal(bo.api()).path("lastSeq").asLong();

      List<JsonNode> events = reading.eventsUntil(box, last);
      assertThat(events)
          .extracting(e -> e.path("event").path("kind").asString())
          .containsExactly("mail.message-added", "mail.message-changed");
      assertThat(events.get(0).path("event").path("messageId").asString()).isEqualTo(message);
      assertThat(events.toString()).doesNotContain("机密");
    }
  }

  private TestSocket socket(People.Person person, UUID mailboxId, long cursor) {
    var cursors = TestSocket.withTheRestUpToDate(person.api(), Map.of(mailboxId, cursor));
    TestSocket socket =
        TestSocket.connect(port, TestSocket.sessionCookie(port, person.email(), People.PASSWORD));
    socket.resume(cursors);
    socket.untilReady();
    return socket;
  }
}
