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
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Real SMTP in and out: Atrium's server on loopback, GreenMail playing the outside world. */
@IntegrationTest
class SmtpBridgeTest {

  @LocalServerPort
  int port;

  @Autowired
  InboundServer smtp;

  @Autowired
  MailSettings settings;

  People.Person me;
  UUID mailbox;
  String address;
  String domain;

  @BeforeEach
  void cast() {
    me = People.create(port, People.admin(port), "收信人");
    JsonNode box = personal(me.api());
    mailbox = id(box);
    address = box.path("address").asString();
    domain = address.substring(address.indexOf('@') + 1);
  }

  @AfterEach
  void relayBackUp() {
    OutsideMail.up(settings);
  }

  @Test
  void mailFromOutsideReachesTheInboxSanitisedWithItsAttachments() {
    String sent =
        deliver("partner@supplier.example", address, fixture("alternative-inline-attachments.eml"));
    assertThat(sent).startsWith("250");

    JsonNode message = onlyMessage(me.api(), "报价与合同");
    assertThat(message.path("external").asBoolean()).isTrue();
    assertThat(message.path("spoofedInternal").asBoolean()).isFalse();
    assertThat(message.path("remoteImages").asBoolean()).isTrue();
    assertThat(message.path("html").asString())
        .doesNotContain("<script")
        .contains("data-remote-src");
    List<String> names = new ArrayList<>();
    message.path("attachments").forEach(a -> names.add(a.path("name").asString()));
    assertThat(names).contains("合同.pdf", "报价单.xlsx");
  }

  @Test
  void aBrokenMessageIsDeliveredWithItsProblemAndKeptRaw() {
    byte[] broken = fixture("broken.eml");
    assertThat(deliver("someone@broken.example", address, broken)).startsWith("250");

    JsonNode message = onlyMessage(me.api(), "broken");
    assertThat(message.path("parseProblem").asString()).contains("x-made-up");
    var raw = me.api().bytes("/api/v1/mail/messages/" + message.path("id").asString() + "/raw");
    assertThat(new String(raw.body(), StandardCharsets.ISO_8859_1))
        .contains("Content-Transfer-Encoding: x-made-up");
  }

  @Test
  void mailClaimingOneOfOurAddressesFromOutsideIsMarked() {
    byte[] forged = ("From: The Boss <boss@" + domain + ">\r\nTo: " + address
            + "\r\nSubject: Wire the money\r\n\r\nNow, please.\r\n")
        .getBytes(StandardCharsets.UTF_8);
    assertThat(deliver("boss@" + domain, address, forged)).startsWith("250");

    assertThat(onlyMessage(me.api(), "Wire the money").path("spoofedInternal").asBoolean())
        .isTrue();
  }

  @Test
  void refusesAtRcptWhatItWouldNotDeliver() {
    try (var smtp = dialog()) {
      assertThat(smtp.command("MAIL FROM:<spammer@elsewhere.example>")).startsWith("250");
      assertThat(smtp.command("RCPT TO:<nobody-" + UUID.randomUUID() + "@" + domain + ">"))
          .startsWith("550 5.1.1");
      // never an open relay: mail from outside for outside addresses is refused
      assertThat(smtp.command("RCPT TO:<victim@gmail.example>")).startsWith("550 5.7.1");
      assertThat(smtp.command("DATA")).startsWith("503");
    }
  }

  @Test
  void refusesAnOversizedMessageWith552() {
    try (var smtp = dialog()) {
      int limit = settings.smtp().maxMessageBytes();
      assertThat(smtp.command("MAIL FROM:<big@outside.example> SIZE=" + (limit + 1)))
          .startsWith("552");
      assertThat(smtp.command("MAIL FROM:<big@outside.example>")).startsWith("250");
      assertThat(smtp.command("RCPT TO:<" + address + ">")).startsWith("250");
      byte[] big = ("Subject: big\r\n\r\n" + "x".repeat(998) + "\r\n")
          .repeat(limit / 1000 + 10)
          .getBytes(StandardCharsets.US_ASCII);
      assertThat(smtp.data(big)).startsWith("552");
      assertThat(smtp.command("NOOP")).as("the session goes on").startsWith("250");
    }
  }

  @Test
  void tenThousandRecipientsGet452PastTheLimitAndTheMailArrivesOnce() {
    try (var smtp = dialog()) {
      assertThat(smtp.command("MAIL FROM:<list@outside.example>")).startsWith("250");
      List<String> rcpts = new ArrayList<>();
      for (int i = 0; i < 10_000; i++) {
        rcpts.add("RCPT TO:<" + address + ">");
      }
      List<String> replies = smtp.pipelined(rcpts);
      int limit = settings.smtp().maxRecipients();
      assertThat(replies.subList(0, limit)).allMatch(r -> r.startsWith("250"));
      assertThat(replies.subList(limit, replies.size())).allMatch(r -> r.startsWith("452"));
      assertThat(smtp.data(("Subject: To everyone\r\nTo: " + address + "\r\n\r\nHi\r\n")
              .getBytes(StandardCharsets.UTF_8)))
          .startsWith("250");
    }
    onlyMessage(me.api(), "To everyone");
  }

  @Test
  void mailToAnOutsideAddressLeavesAsAStandardMessage() throws Exception {
    OutsideMail.up(settings);
    String partner = "partner-" + UUID.randomUUID().toString().substring(0, 8) + "@outside.example";

    JsonNode sent = MailRequests.send(me.api(), mailbox, List.of(partner), "合作建议 Proposal", "你好");

    MimeMessage received =
        eventually(() -> OutsideMail.receivedBy(partner), l -> l.size() == 1).getFirst();
    assertThat(received.getSubject()).isEqualTo("合作建议 Proposal");
    assertThat(received.getFrom()[0].toString()).contains(address);
    assertThat(received.getContentType()).startsWith("multipart/alternative");
    assertThat(received.getMessageID()).isNotBlank();
    assertThat(sent.path("subject").asString()).isEqualTo("合作建议 Proposal");
  }

  @Test
  void aRelayRefusalForGoodComesBackToTheSender() {
    OutsideMail.refusing(settings);
    String nobody = "nobody-" + UUID.randomUUID().toString().substring(0, 8) + "@outside.example";

    MailRequests.send(me.api(), mailbox, List.of(nobody), "Lost letter", "anyone there?");

    JsonNode bounce = onlyMessage(me.api(), "Undelivered mail: Lost letter");
    assertThat(bounce.path("text").asString()).contains(nobody).contains("550");
  }

  @Test
  void mailTheRelayNeverTakesComesBackAfterTheLastTry() {
    OutsideMail.down(settings);
    String partner = "away-" + UUID.randomUUID().toString().substring(0, 8) + "@outside.example";

    MailRequests.send(me.api(), mailbox, List.of(partner), "Never arrives", "hello?");

    int tries = settings.relay().maxAttempts();
    JsonNode bounce = arrived(me.api(), "Undelivered mail: Never arrives", 60);
    assertThat(bounce.path("text").asString())
        .contains(partner)
        .contains("gave up after " + tries + " tries");
  }

  private SmtpDialog dialog() {
    var dialog = new SmtpDialog(smtp.port());
    assertThat(dialog.greeting()).startsWith("220");
    assertThat(dialog.command("EHLO outside.example")).startsWith("250");
    return dialog;
  }

  private String deliver(String from, String to, byte[] message) {
    try (var smtp = dialog()) {
      assertThat(smtp.command("MAIL FROM:<" + from + ">")).startsWith("250");
      assertThat(smtp.command("RCPT TO:<" + to + ">")).startsWith("250");
      return smtp.data(message);
    }
  }

  /** The message with this subject, once it has arrived in the inbox (and only once). */
  private JsonNode onlyMessage(Api api, String subject) {
    return arrived(api, subject, 10);
  }

  private JsonNode arrived(Api api, String subject, int seconds) {
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
        seconds);
    assertThat(thread.path("count").asInt()).isEqualTo(1);
    var messages = api.get("/api/v1/mail/mailboxes/" + mailbox + "/threads/"
        + thread.path("threadId").asString());
    assertThat(messages.status()).as("%s", messages.body()).isEqualTo(200);
    // a bounce joins the conversation of the mail it is about, whose sent copy comes first
    for (JsonNode message : messages.body().path("messages")) {
      if (subject.equals(message.path("subject").asString())) {
        return message;
      }
    }
    throw new AssertionError("no message " + subject + " in " + messages.body());
  }

  private static byte[] fixture(String name) {
    try (InputStream in =
        SmtpBridgeTest.class.getResourceAsStream("/dev/atrium/mail/internal/mime/" + name)) {
      return Objects.requireNonNull(in, name).readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
