package dev.atrium.mail;

import static dev.atrium.mail.MailRequests.folder;
import static dev.atrium.mail.MailRequests.id;
import static dev.atrium.mail.MailRequests.personal;
import static dev.atrium.mail.MailRequests.send;
import static dev.atrium.mail.MailRequests.threads;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.mail.internal.PersonalMailboxes;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Webmail over HTTP: a mail to a colleague delivered inside Atrium, a reply joining the
 * conversation on both sides, drafts saved with versions, and nobody reading a mailbox that is not
 * theirs; a shared mailbox read by its members only.
 */
@IntegrationTest
class MailFlowTest {

  @LocalServerPort
  int port;

  @Autowired
  PersonalMailboxes mailboxes;

  Api admin;
  People.Person ann;
  People.Person bo;
  People.Person cy;

  @BeforeEach
  void cast() {
    admin = People.admin(port);
    ann = People.create(port, admin, "邮件安");
    bo = People.create(port, admin, "邮件博");
    cy = People.create(port, admin, "邮件赛");
  }

  @Test
  void aMailToAColleagueArrivesAndTheReplyJoinsTheConversation() {
    JsonNode annBox = personal(ann.api());
    JsonNode boBox = personal(bo.api());
    assertThat(annBox.path("address").asString()).endsWith("@atrium.local");
    assertThat(annBox.path("role").asString()).isEqualTo("MANAGER");

    JsonNode sent =
        send(ann.api(), id(annBox), List.of(boBox.path("address").asString()), "周报", "本周进展顺利");
    assertThat(sent.path("outgoing").asBoolean()).isTrue();
    UUID annSent = folder(ann.api(), id(annBox), "SENT");
    assertThat(sent.path("folderId").asString()).isEqualTo(annSent.toString());

    JsonNode boInbox = threads(bo.api(), folder(bo.api(), id(boBox), "INBOX"));
    assertThat(boInbox).hasSize(1);
    JsonNode thread = boInbox.get(0);
    assertThat(thread.path("subject").asString()).isEqualTo("周报");
    assertThat(thread.path("unread").asBoolean()).isTrue();
    assertThat(thread.path("snippet").asString()).isEqualTo("本周进展顺利");
    assertThat(personal(bo.api()).path("unread").asLong()).isEqualTo(1);

    UUID received = UUID.fromString(thread.path("messageIds").get(0).asString());
    var reply = bo.api().post("/api/v1/mail/messages/" + received + "/reply", Map.of("all", true));
    assertThat(reply.status()).as("%s", reply.body()).isEqualTo(201);
    assertThat(reply.body().path("subject").asString()).isEqualTo("Re: 周报");
    assertThat(reply.body().path("to").get(0).path("address").asString())
        .isEqualTo(annBox.path("address").asString());
    var replied = bo.api().post("/api/v1/mail/drafts/" + id(reply.body()) + "/send", Map.of());
    assertThat(replied.status()).as("%s", replied.body()).isEqualTo(200);
    assertThat(replied.body().path("threadId").asString())
        .as("the reply is in the conversation it answers, in the replier's mailbox")
        .isEqualTo(thread.path("threadId").asString());

    JsonNode annInbox = threads(ann.api(), folder(ann.api(), id(annBox), "INBOX"));
    assertThat(annInbox).hasSize(1);
    assertThat(annInbox.get(0).path("threadId").asString())
        .as("and in the sender's, where it joins what she sent")
        .isEqualTo(sent.path("threadId").asString());
    JsonNode conversation = ann.api()
        .get("/api/v1/mail/mailboxes/" + id(annBox) + "/threads/"
            + sent.path("threadId").asString())
        .body();
    assertThat(conversation.path("messages")).hasSize(2);
    assertThat(conversation.path("messages").get(1).path("text").asString()).contains("本周进展顺利");

    var raw = ann.api().bytes("/api/v1/mail/messages/" + id(sent) + "/raw");
    assertThat(raw.statusCode()).isEqualTo(200);
    assertThat(new String(raw.body())).contains("Message-ID: <").contains("Subject: =?UTF-8?B?");
  }

  @Test
  void aStaleDraftSaveIsRefusedWithTheCurrentDraft() {
    UUID box = id(personal(ann.api()));
    var made = ann.api()
        .post(
            "/api/v1/mail/mailboxes/" + box + "/drafts", MailRequests.draft(List.of(), "草稿", "一"));
    assertThat(made.body().path("version").asInt()).isEqualTo(1);
    String path = "/api/v1/mail/drafts/" + id(made.body());
    Map<String, Object> second = new java.util.HashMap<>(MailRequests.draft(List.of(), "草稿二", "二"));
    second.put("version", 1);
    var saved = ann.api().put(path, second);
    assertThat(saved.status()).as("%s", saved.body()).isEqualTo(200);
    assertThat(saved.body().path("version").asInt()).isEqualTo(2);

    var stale = ann.api().put(path, second);
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.code()).isEqualTo("mail.draft-conflict");
    assertThat(stale.body().path("current").path("version").asInt()).isEqualTo(2);
    assertThat(stale.body().path("current").path("subject").asString()).isEqualTo("草稿二");

    assertThat(bo.api().get(path).status()).isEqualTo(404);
    assertThat(ann.api().delete(path).status()).isEqualTo(204);
    assertThat(ann.api().get(path).status()).isEqualTo(404);
  }

  @Test
  void nobodyReadsAnothersMailbox() {
    UUID annBox = id(personal(ann.api()));
    JsonNode sent =
        send(ann.api(), annBox, List.of(personal(bo.api()).path("address").asString()), "私信", "秘密");
    UUID inbox = folder(ann.api(), annBox, "INBOX");
    for (Api other : List.of(cy.api(), admin)) {
      assertThat(other.get("/api/v1/mail/mailboxes/" + annBox + "/folders").status())
          .isEqualTo(404);
      assertThat(other.get("/api/v1/mail/folders/" + inbox + "/threads").status())
          .isEqualTo(404);
      assertThat(other.get("/api/v1/mail/messages/" + id(sent)).status()).isEqualTo(404);
      assertThat(other.get("/api/v1/mail/messages/" + id(sent) + "/raw").status())
          .isEqualTo(404);
      assertThat(other
              .post("/api/v1/mail/messages/" + id(sent) + "/reply", Map.of("all", false))
              .status())
          .isEqualTo(404);
      var bulk = other.post(
          "/api/v1/mail/mailboxes/" + annBox + "/messages/bulk",
          Map.of("messageIds", List.of(id(sent)), "action", "TRASH"));
      assertThat(bulk.status()).isEqualTo(404);
      assertThat(bulk.code()).isEqualTo("mail.not-found");
    }
  }

  @Test
  void aSharedMailboxIsReadByItsMembersOnly() {
    String address = "support-" + UUID.randomUUID().toString().substring(0, 8) + "@atrium.local";
    UUID shared = mailboxes.shared("客服", address, Map.of(ann.id(), "sender"), ann.id());
    UUID boBox = id(personal(bo.api()));
    send(bo.api(), boBox, List.of(address), "求助", "打印机坏了");

    JsonNode listed = ann.api().get("/api/v1/mail/mailboxes").body();
    assertThat(listed.valueStream().map(b -> b.path("id").asString())).contains(shared.toString());
    JsonNode inbox = threads(ann.api(), folder(ann.api(), shared, "INBOX"));
    assertThat(inbox).hasSize(1);
    assertThat(inbox.get(0).path("subject").asString()).isEqualTo("求助");

    assertThat(cy.api()
            .get("/api/v1/mail/mailboxes")
            .body()
            .valueStream()
            .map(b -> b.path("id").asString()))
        .doesNotContain(shared.toString());
    assertThat(cy.api().get("/api/v1/mail/mailboxes/" + shared + "/folders").status())
        .isEqualTo(404);
  }

  @Test
  void anUnknownAddressInOurDomainIsRefusedAndAnOutsideOneQueued() {
    UUID box = id(personal(ann.api()));
    var made = ann.api()
        .post(
            "/api/v1/mail/mailboxes/" + box + "/drafts",
            MailRequests.draft(List.of("someone@example.com"), "外部", "你好"));
    var sent = ann.api().post("/api/v1/mail/drafts/" + id(made.body()) + "/send", Map.of());
    assertThat(sent.status()).isEqualTo(200);
    var unknown = ann.api()
        .post(
            "/api/v1/mail/mailboxes/" + box + "/drafts",
            MailRequests.draft(List.of("nobody-here-at-all@atrium.local"), "查无此人", "你好"));
    var refused = ann.api().post("/api/v1/mail/drafts/" + id(unknown.body()) + "/send", Map.of());
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.code()).isEqualTo("mail.recipient-unknown");
  }
}
