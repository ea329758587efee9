package dev.atrium.mail.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.access.ResourceAccess;
import dev.atrium.mail.internal.MailResources;
import dev.atrium.support.Api;
import dev.atrium.support.Eventually;
import dev.atrium.support.People;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Shared mailboxes: administrators make them with members, kept as grants on mail.mailbox; a
 * manager changes the members, a reader may not, an outsider does not see the mailbox; senders set
 * its signature. Completion finds people by pinyin with their address, lists and shared mailboxes.
 */
@IntegrationTest
class SharedMailboxesTest {

  @LocalServerPort
  int port;

  @Autowired
  ResourceAccess resources;

  private static Map<String, Object> member(UUID id, String role) {
    return Map.of("kind", "PERSON", "id", id, "role", role);
  }

  @Test
  void membersAreGrantsAndOnlyManagersChangeThem() {
    Api admin = People.admin(port);
    TestDomains.ensureDefault(admin);
    var manager = People.create(port, admin, "人事经理");
    var reader = People.create(port, admin, "人事读者");
    var sender = People.create(port, admin, "人事发件人");
    var outsider = People.create(port, admin, "局外人");
    String local = TestDomains.unique("hr");
    var refused = admin.post(
        "/api/v1/mail/admin/shared-mailboxes",
        Map.of(
            "name", "人事部", "localPart", local, "members", List.of(member(reader.id(), "READER"))));
    assertThat(refused.code()).isEqualTo("mail.needs-manager");
    assertThat(admin
            .post(
                "/api/v1/mail/admin/shared-mailboxes",
                Map.of(
                    "name",
                    "人事部",
                    "localPart",
                    local,
                    "members",
                    List.of(Map.of("kind", "COMPANY", "role", "MANAGER"))))
            .code())
        .isEqualTo("mail.member-invalid");
    assertThat(manager
            .api()
            .post(
                "/api/v1/mail/admin/shared-mailboxes",
                Map.of(
                    "name",
                    "人事部",
                    "localPart",
                    local,
                    "members",
                    List.of(member(manager.id(), "MANAGER"))))
            .status())
        .isEqualTo(403);

    var made = admin.post(
        "/api/v1/mail/admin/shared-mailboxes",
        Map.of(
            "name",
            "人事部 " + local,
            "localPart",
            local,
            "members",
            List.of(member(manager.id(), "MANAGER"), member(reader.id(), "READER"))));
    assertThat(made.status()).as("%s", made.body()).isEqualTo(201);
    UUID mailbox = UUID.fromString(made.body().path("id").asString());
    assertThat(made.body().path("address").asString()).startsWith(local + "@");
    assertThat(resources.people(MailResources.MAILBOX, mailbox, "reader"))
        .containsExactlyInAnyOrder(manager.id(), reader.id());

    String members = "/api/v1/mail/mailboxes/" + mailbox + "/members";
    var changed = manager
        .api()
        .put(
            members,
            Map.of(
                "members",
                List.of(
                    member(manager.id(), "MANAGER"),
                    member(reader.id(), "READER"),
                    member(sender.id(), "SENDER"))));
    assertThat(changed.status()).as("%s", changed.body()).isEqualTo(200);
    assertThat(changed.body().findValuesAsString("name")).contains("人事发件人");
    assertThat(resources.people(MailResources.MAILBOX, mailbox, "sender"))
        .containsExactlyInAnyOrder(manager.id(), sender.id());

    var byReader =
        reader.api().put(members, Map.of("members", List.of(member(reader.id(), "MANAGER"))));
    assertThat(byReader.status()).isEqualTo(403);
    assertThat(byReader.code()).isEqualTo("mail.cannot-send");
    assertThat(outsider.api().get(members).code()).isEqualTo("mail.not-found");
    assertThat(admin.get(members).status()).isEqualTo(200);
    assertThat(manager
            .api()
            .put(members, Map.of("members", List.of(member(reader.id(), "READER"))))
            .code())
        .isEqualTo("mail.needs-manager");

    String signature = "/api/v1/mail/mailboxes/" + mailbox + "/signature";
    Map<String, Object> doc = Map.of(
        "type",
        "doc",
        "content",
        List.of(Map.of(
            "type", "paragraph", "content", List.of(Map.of("type", "text", "text", "人事部 敬上")))));
    var signed = sender.api().put(signature, Map.of("signature", doc));
    assertThat(signed.status()).as("%s", signed.body()).isEqualTo(200);
    assertThat(manager.api().get(signature).body().toString()).contains("人事部 敬上");
    assertThat(reader.api().put(signature, Map.of("signature", doc)).code())
        .isEqualTo("mail.cannot-send");
    assertThat(outsider.api().get(signature).code()).isEqualTo("mail.not-found");
    assertThat(admin.get(signature).code()).isEqualTo("mail.not-found");
    assertThat(sender
            .api()
            .put(signature, Map.of("signature", Map.of("type", "paragraph")))
            .code())
        .isEqualTo("mail.signature-invalid");
    assertThat(sender.api().put(signature, Map.of()).body().hasNonNull("signature"))
        .isFalse();

    assertThat(admin.delete("/api/v1/mail/admin/shared-mailboxes/" + mailbox).status())
        .isEqualTo(204);
    assertThat(manager.api().get(members).code()).isEqualTo("mail.not-found");
    assertThat(resources.grantsOn(MailResources.MAILBOX, mailbox)).isEmpty();
  }

  @Test
  void reservedNamesMayBelongToASharedMailbox() {
    Api admin = People.admin(port);
    TestDomains.ensureDefault(admin);
    String domain = TestDomains.fresh(admin);
    var postmaster = People.create(port, admin, "邮件管理员");
    var made = admin.post(
        "/api/v1/mail/admin/shared-mailboxes",
        Map.of(
            "name",
            "Postmaster",
            "localPart",
            "postmaster",
            "domain",
            domain,
            "members",
            List.of(member(postmaster.id(), "MANAGER"))));
    assertThat(made.status()).as("%s", made.body()).isEqualTo(201);
    assertThat(made.body().path("address").asString()).isEqualTo("postmaster@" + domain);
  }

  @Test
  void contactsCompleteFromTheDirectoryByPinyin() {
    Api admin = People.admin(port);
    String domain = TestDomains.ensureDefault(admin);
    String tag = UUID.randomUUID().toString().substring(0, 6);
    var nana = People.create(port, admin, "欧阳娜娜");
    String local = "ouyang." + tag;
    Eventually.eventually(
        () -> admin.get("/api/v1/mail/admin/people/" + nana.id() + "/addresses").body(),
        addresses -> addresses.hasNonNull("mailboxId"));
    admin.post(
        "/api/v1/mail/admin/people/" + nana.id() + "/addresses",
        Map.of("localPart", local, "primary", true));
    var colleague = People.create(port, admin, "同事");
    for (String q : List.of("欧阳娜娜", "ouyangnana", "oynn", local)) {
      var found = colleague.api().get("/api/v1/mail/contacts?q=" + q);
      assertThat(found.status()).isEqualTo(200);
      assertThat(found.body().toString()).as(q).contains(local + "@" + domain);
    }
    String listLocal = TestDomains.unique("caiwu");
    admin.post(
        "/api/v1/mail/admin/lists",
        Map.of(
            "name",
            "财务部" + tag,
            "localPart",
            listLocal,
            "sourceKind",
            "SUBTREE",
            "sourceId",
            People.rootDepartment(admin)));
    var lists = colleague.api().get("/api/v1/mail/contacts?q=caiwubu" + tag).body();
    assertThat(lists.findValuesAsString("kind")).containsExactly("LIST");
    assertThat(lists.toString()).contains(listLocal + "@");
    var guest = People.createGuest(port, admin, "访客");
    assertThat(guest.api().get("/api/v1/mail/contacts?q=caiwubu" + tag).body().isEmpty())
        .isTrue();
    assertThat(guest.api().get("/api/v1/mail/contacts?q=ouyangnana").body().toString())
        .doesNotContain(local);
  }
}
