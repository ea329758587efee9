package dev.atrium.mail;

import static dev.atrium.mail.MailRequests.folder;
import static dev.atrium.mail.MailRequests.id;
import static dev.atrium.mail.MailRequests.personal;
import static dev.atrium.mail.MailRequests.threads;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.support.Api;
import dev.atrium.support.Eventually;
import dev.atrium.support.People;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A mailing list follows the org tree at delivery: a department's list reaches whoever is in the
 * department then, including people who never opened mail (their mailbox is made by the delivery),
 * and refuses senders its posting rule leaves out. Each recipient hears of the new mail.
 */
@IntegrationTest
class MailingListTest {

  @LocalServerPort
  int port;

  @Autowired
  JdbcClient jdbc;

  Api admin;
  UUID department;
  People.Person member;
  People.Person colleague;
  People.Person outsider;

  @BeforeEach
  void cast() {
    admin = People.admin(port);
    var made = admin.post(
        "/api/v1/departments",
        Map.of("name", "邮件组 " + UUID.randomUUID(), "parentId", People.rootDepartment(admin)));
    department = UUID.fromString(made.body().path("id").asString());
    member = People.create(port, admin, "组员甲", department);
    colleague = People.create(port, admin, "组员乙", department);
    outsider = People.create(port, admin, "组外人");
  }

  /** A list of the department's direct members; ADMIN's console makes these. */
  String list(String posting) {
    UUID id = UUID.randomUUID();
    String address = "team-" + id.toString().substring(0, 8) + "@atrium.local";
    jdbc.sql("insert into mail.list (id, name, source_kind, source_id, posting, created_at)"
            + " values (?, '部门列表', 'DEPARTMENT', ?, ?, ?)")
        .params(id, department, posting, OffsetDateTime.now())
        .update();
    jdbc.sql("insert into mail.address (address, domain, list_id, created_at)"
            + " values (?, 'atrium.local', ?, ?)")
        .params(address, id, OffsetDateTime.now())
        .update();
    return address;
  }

  @Test
  void aDepartmentsListReachesItsMembersAndTellsThem() {
    String address = list("MEMBERS");
    MailRequests.send(member.api(), id(personal(member.api())), List.of(address), "团建", "周五聚餐");

    UUID box = id(personal(colleague.api()));
    JsonNodes.assertSubjects(threads(colleague.api(), folder(colleague.api(), box, "INBOX")), "团建");
    Eventually.eventually(
        () -> colleague.api().get("/api/v1/notifications").body().findValuesAsString("kind"),
        kinds -> kinds.contains("mail.received"));

    UUID memberBox = id(personal(member.api()));
    assertThat(threads(member.api(), folder(member.api(), memberBox, "INBOX")))
        .as("the sender's own copy is in Sent, not again in the inbox")
        .isEmpty();
  }

  @Test
  void aSenderThePostingRuleLeavesOutIsRefused() {
    String address = list("MEMBERS");
    UUID box = id(personal(outsider.api()));
    var draft = outsider
        .api()
        .post(
            "/api/v1/mail/mailboxes/" + box + "/drafts",
            MailRequests.draft(List.of(address), "你好", "打扰"));
    var sent = outsider.api().post("/api/v1/mail/drafts/" + id(draft.body()) + "/send", Map.of());
    assertThat(sent.status()).isEqualTo(400);
    assertThat(sent.code()).isEqualTo("mail.list-posting-refused");
    assertThat(sent.body().path("addresses").get(0).asString()).isEqualTo(address);

    String open = list("COMPANY");
    MailRequests.send(outsider.api(), box, List.of(open), "公司内可发", "好的");
    JsonNodes.assertSubjects(
        threads(member.api(), folder(member.api(), id(personal(member.api())), "INBOX")), "公司内可发");
  }

  /** Small assertions on thread lists. */
  static final class JsonNodes {
    static void assertSubjects(tools.jackson.databind.JsonNode items, String... subjects) {
      assertThat(items.valueStream().map(i -> i.path("subject").asString()))
          .containsExactly(subjects);
    }
  }
}
