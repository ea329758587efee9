package dev.atrium.mail;

import static dev.atrium.mail.MailRequests.folder;
import static dev.atrium.mail.MailRequests.id;
import static dev.atrium.mail.MailRequests.personal;
import static dev.atrium.mail.MailRequests.threads;
import static dev.atrium.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.mail.internal.smtp.InboundServer;
import dev.atrium.mail.internal.smtp.MailSettings;
import dev.atrium.support.Api;
import dev.atrium.support.OutsideMail;
import dev.atrium.support.People;
import dev.atrium.support.SmtpDialog;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** An invitation from outside by real SMTP (iMIP), answered in Atrium, its reply out by real SMTP. */
@IntegrationTest
class MailInvitationsTest {

  @LocalServerPort
  int port;

  @Autowired
  InboundServer smtp;

  @Autowired
  MailSettings settings;

  People.Person me;
  UUID mailbox;
  String address;
  String organizer;
  String uid;

  @BeforeEach
  void cast() {
    OutsideMail.up(settings);
    me = People.create(port, People.admin(port), "受邀人");
    JsonNode box = personal(me.api());
    mailbox = id(box);
    address = box.path("address").asString();
    organizer = "organiser-" + UUID.randomUUID().toString().substring(0, 8) + "@outside.example";
    uid = UUID.randomUUID() + "@outside.example";
  }

  @Test
  void acceptingPutsTheEventInMyCalendarAndRepliesToTheOrganiser() throws Exception {
    deliver(invitation("REQUEST", "CONFIRMED", "供应商评审 Review"));
    JsonNode message = arrived("供应商评审 Review");
    JsonNode card = message.path("invitation");
    assertThat(card.path("method").asString()).isEqualTo("REQUEST");
    assertThat(card.path("uid").asString()).isEqualTo(uid);
    assertThat(card.path("organizer").asString()).isEqualTo(organizer);
    assertThat(card.path("start").asString()).isEqualTo("2031-03-04T06:00:00Z");
    assertThat(card.hasNonNull("answer")).isFalse();

    var answered = me.api()
        .post("/api/v1/mail/messages/" + id(message) + "/invitation", Map.of("answer", "ACCEPTED"));
    assertThat(answered.status()).as("%s", answered.body()).isEqualTo(200);
    assertThat(answered.body().path("answer").asString()).isEqualTo("ACCEPTED");
    assertThat(window().toString()).contains("供应商评审 Review");

    MimeMessage reply =
        eventually(() -> OutsideMail.receivedBy(organizer), l -> l.size() == 1).getFirst();
    String raw = raw(reply);
    assertThat(raw).contains("text/calendar").contains("method=REPLY");
    assertThat(unfolded(raw))
        .contains("METHOD:REPLY")
        .contains("PARTSTAT=ACCEPTED")
        .contains(uid);

    deliver(invitation("CANCEL", "CANCELLED", "供应商评审 Cancelled"));
    JsonNode cancel = arrived("供应商评审 Cancelled");
    assertThat(cancel.path("invitation").path("method").asString()).isEqualTo("CANCEL");
    var accept = me.api()
        .post("/api/v1/mail/messages/" + id(cancel) + "/invitation", Map.of("answer", "ACCEPTED"));
    assertThat(accept.code()).isEqualTo("mail.invitation-cancelled");
    var removed = me.api()
        .post("/api/v1/mail/messages/" + id(cancel) + "/invitation", Map.of("answer", "DECLINED"));
    assertThat(removed.status()).as("%s", removed.body()).isEqualTo(200);
    assertThat(window().toString()).doesNotContain("供应商评审 Review");
  }

  @Test
  void onlyTheMailboxsPersonAnswers() {
    deliver(invitation("REQUEST", "CONFIRMED", "Someone else's"));
    JsonNode message = arrived("Someone else's");
    var other = People.create(port, People.admin(port), "旁人");
    var refused = other
        .api()
        .post("/api/v1/mail/messages/" + id(message) + "/invitation", Map.of("answer", "ACCEPTED"));
    assertThat(refused.status()).isEqualTo(404);
  }

  private JsonNode window() {
    var window =
        me.api().get("/api/v1/calendar/window?from=2031-03-01T00:00:00Z&to=2031-03-10T00:00:00Z");
    assertThat(window.status()).as("%s", window.body()).isEqualTo(200);
    return window.body();
  }

  private byte[] invitation(String method, String status, String subject) {
    String ics = String.join(
        "\r\n",
        "BEGIN:VCALENDAR",
        "PRODID:-//Outside//Calendar//EN",
        "VERSION:2.0",
        "METHOD:" + method,
        "BEGIN:VEVENT",
        "UID:" + uid,
        "DTSTAMP:20310101T000000Z",
        "DTSTART:20310304T060000Z",
        "DTEND:20310304T070000Z",
        "SUMMARY:供应商评审 Review",
        "STATUS:" + status,
        "ORGANIZER:mailto:" + organizer,
        "ATTENDEE;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:" + address,
        "END:VEVENT",
        "END:VCALENDAR",
        "");
    String mail = String.join(
        "\r\n",
        "From: Organiser <" + organizer + ">",
        "To: <" + address + ">",
        "Subject: =?UTF-8?B?"
            + java.util.Base64.getEncoder().encodeToString(subject.getBytes(StandardCharsets.UTF_8))
            + "?=",
        "Message-ID: <" + UUID.randomUUID() + "@outside.example>",
        "Date: Mon, 7 Dec 2026 10:00:00 +0000",
        "MIME-Version: 1.0",
        "Content-Type: multipart/alternative; boundary=b1",
        "",
        "--b1",
        "Content-Type: text/plain; charset=UTF-8",
        "",
        "You are invited.",
        "--b1",
        "Content-Type: text/calendar; charset=UTF-8; method=" + method,
        "Content-Transfer-Encoding: base64",
        "",
        java.util.Base64.getMimeEncoder().encodeToString(ics.getBytes(StandardCharsets.UTF_8)),
        "--b1--",
        "");
    return mail.getBytes(StandardCharsets.UTF_8);
  }

  private void deliver(byte[] message) {
    try (var dialog = new SmtpDialog(smtp.port())) {
      assertThat(dialog.greeting()).startsWith("220");
      assertThat(dialog.command("EHLO outside.example")).startsWith("250");
      assertThat(dialog.command("MAIL FROM:<" + organizer + ">")).startsWith("250");
      assertThat(dialog.command("RCPT TO:<" + address + ">")).startsWith("250");
      assertThat(dialog.data(message)).startsWith("250");
    }
  }

  private JsonNode arrived(String subject) {
    Api api = me.api();
    UUID inbox = folder(api, mailbox, "INBOX");
    JsonNode thread = eventually(
        () -> {
          for (JsonNode t : threads(api, inbox)) {
            if (subject.equals(t.path("subject").asString())) {
              return t;
            }
          }
          return null;
        },
        Objects::nonNull,
        10);
    var messages = api.get("/api/v1/mail/mailboxes/" + mailbox + "/threads/"
        + thread.path("threadId").asString());
    for (JsonNode message : messages.body().path("messages")) {
      if (subject.equals(message.path("subject").asString())) {
        return message;
      }
    }
    throw new AssertionError("no message " + subject + " in " + messages.body());
  }

  private static String raw(MimeMessage message) throws Exception {
    var out = new ByteArrayOutputStream();
    message.writeTo(out);
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Quoted-printable soft breaks and iCalendar folds undone, so properties read whole. */
  private static String unfolded(String raw) {
    return raw.replace("=\r\n", "").replace("=3D", "=").replace("\r\n ", "");
  }
}
