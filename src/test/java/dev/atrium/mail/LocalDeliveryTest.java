package dev.atrium.mail;

import static dev.atrium.mail.MailRequests.folder;
import static dev.atrium.mail.MailRequests.id;
import static dev.atrium.mail.MailRequests.personal;
import static dev.atrium.mail.MailRequests.threads;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.mail.internal.InboundChecks;
import dev.atrium.mail.internal.LocalDelivery;
import dev.atrium.mail.internal.MailAddress;
import dev.atrium.mail.internal.ParsedMail;
import dev.atrium.support.Api;
import dev.atrium.support.Eventually;
import dev.atrium.support.People;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The seam the SMTP bridge calls: which recipients are ours, a parsed mail from outside filed in
 * the recipient's inbox with its attachment as a file only its readers may download, a reply to it
 * threaded by In-Reply-To, and a bounce told to the sender.
 */
@IntegrationTest
class LocalDeliveryTest {

  @LocalServerPort
  int port;

  @Autowired
  LocalDelivery delivery;

  @Test
  void mailFromOutsideLandsInTheInboxWithItsAttachment() {
    Api admin = People.admin(port);
    People.Person ann = People.create(port, admin, "外信安");
    People.Person bo = People.create(port, admin, "外信博");
    JsonNode annBox = personal(ann.api());
    String address = annBox.path("address").asString();
    assertThat(delivery.recipient(address)).isEqualTo(LocalDelivery.Recipient.LOCAL);
    assertThat(delivery.recipient("nobody-" + UUID.randomUUID() + "@atrium.local"))
        .isEqualTo(LocalDelivery.Recipient.UNKNOWN_LOCAL);
    assertThat(delivery.recipient("x@example.com")).isEqualTo(LocalDelivery.Recipient.FOREIGN);

    String first = UUID.randomUUID() + "@example.com";
    delivery.deliver(
        List.of(address),
        mail(first, null, "合同", "请查收附件"),
        new byte[0],
        new InboundChecks(UUID.randomUUID(), "partner@example.com", false, "pass"));
    delivery.deliver(
        List.of(address),
        mail(UUID.randomUUID() + "@example.com", first, "补充", "还有一份"),
        new byte[0],
        new InboundChecks(UUID.randomUUID(), "partner@example.com", false, null));

    JsonNode inbox = threads(ann.api(), folder(ann.api(), id(annBox), "INBOX"));
    assertThat(inbox).hasSize(1);
    assertThat(inbox.get(0).path("count").asInt()).as("threaded by In-Reply-To").isEqualTo(2);
    assertThat(inbox.get(0).path("hasAttachments").asBoolean()).isTrue();
    JsonNode message = ann.api()
        .get("/api/v1/mail/messages/" + inbox.get(0).path("messageIds").get(0).asString())
        .body();
    assertThat(message.path("external").asBoolean()).isTrue();
    String file = message.path("attachments").get(0).path("fileId").asString();
    assertThat(ann.api().bytes("/api/v1/files/" + file).statusCode()).isEqualTo(200);
    assertThat(bo.api().bytes("/api/v1/files/" + file).statusCode()).isEqualTo(404);
  }

  @Test
  void aBounceReachesTheSendersInboxAndNotices() {
    Api admin = People.admin(port);
    People.Person ann = People.create(port, admin, "退信安");
    People.Person bo = People.create(port, admin, "退信博");
    UUID box = id(personal(ann.api()));
    JsonNode sent = MailRequests.send(
        ann.api(), box, List.of(personal(bo.api()).path("address").asString()), "报价", "见附件");
    JsonNode thread = ann.api()
        .get("/api/v1/mail/mailboxes/" + box + "/threads/"
            + sent.path("threadId").asString())
        .body();
    assertThat(thread.path("messages")).hasSize(1);
    UUID contentId = contentOf(sent);
    delivery.bounced(contentId, box, List.of("far@example.com"), "550 no such user");
    JsonNode inbox = threads(ann.api(), folder(ann.api(), box, "INBOX"));
    assertThat(inbox.get(0).path("subject").asString()).startsWith("Undelivered mail: 报价");
    Eventually.eventually(
        () -> ann.api().get("/api/v1/notifications").body().findValuesAsString("kind"),
        kinds -> kinds.contains("mail.bounced"));
  }

  @Autowired
  org.springframework.jdbc.core.simple.JdbcClient jdbc;

  private UUID contentOf(JsonNode message) {
    return jdbc.sql("select content_id from mail.message where id = ?")
        .param(UUID.fromString(message.path("id").asString()))
        .query(UUID.class)
        .single();
  }

  private static ParsedMail mail(String messageId, String inReplyTo, String subject, String text) {
    return new ParsedMail(
        messageId,
        inReplyTo,
        inReplyTo == null ? List.of() : List.of(inReplyTo),
        subject,
        new MailAddress("partner@example.com", "合作方"),
        List.of(),
        List.of(),
        List.of(),
        Instant.now(),
        "<p>" + text + "</p>",
        text,
        false,
        List.of(new ParsedMail.ParsedAttachment(
            "合同.txt", "text/plain", null, false, "条款".getBytes(StandardCharsets.UTF_8))),
        null,
        100);
  }
}
