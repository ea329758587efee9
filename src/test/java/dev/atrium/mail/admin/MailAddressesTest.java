package dev.atrium.mail.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.mail.internal.admin.AddressProposals;
import dev.atrium.support.Api;
import dev.atrium.support.Eventually;
import dev.atrium.support.People;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * People's addresses and mailing lists: a Chinese name proposes its pinyin, numbered on collision;
 * local parts follow RFC 5321; reserved names stay off people; every address is unique whether a
 * person's, an alias or a list's; a list follows its department as people join.
 */
@IntegrationTest
class MailAddressesTest {

  @LocalServerPort
  int port;

  @Autowired
  AddressProposals proposals;

  @Test
  void aChineseNameGetsItsPinyinAddressNumberedWhenTaken() {
    Api admin = People.admin(port);
    TestDomains.ensureDefault(admin);
    var first = People.create(port, admin, "张伟");
    String given = mailboxOf(admin, first.id()).path("primary").asString();
    assertThat(given).matches("zhangwei\\d*@.+");

    var second = People.create(port, admin, "张伟");
    String next = mailboxOf(admin, second.id()).path("primary").asString();
    assertThat(next).matches("zhangwei\\d+@.+").isNotEqualTo(given);
    assertThat(proposals.proposal("Alice Wang")).get().asString().startsWith("alice.wang");
  }

  /** A newcomer's addresses, once the mailbox made for them when they were created is there. */
  private JsonNode mailboxOf(Api admin, UUID personId) {
    return Eventually.eventually(
        () -> admin.get("/api/v1/mail/admin/people/" + personId + "/addresses").body(),
        addresses -> addresses.hasNonNull("mailboxId"));
  }

  @Test
  void aMailboxMadeOnFirstUseIsAddressedByItsOwnersName() {
    Api admin = People.admin(port);
    String domain = TestDomains.ensureDefault(admin);
    var person = People.create(port, admin, "王小明");
    var mine = person.api().get("/api/v1/mail/mailboxes").body().get(0);
    assertThat(mine.path("address").asString())
        .matches("wangxiaoming\\d*@" + domain.replace(".", "\\."));
    var western = People.create(port, admin, "Alice Wang");
    assertThat(western
            .api()
            .get("/api/v1/mail/mailboxes")
            .body()
            .get(0)
            .path("address")
            .asString())
        .matches("alice\\.wang\\d*@.*");
  }

  @Test
  void addressesAreCheckedAndUniqueAcrossPeopleAliasesAndLists() {
    Api admin = People.admin(port);
    String domain = TestDomains.ensureDefault(admin);
    var person = People.create(port, admin, "李娜");
    mailboxOf(admin, person.id());
    String path = "/api/v1/mail/admin/people/" + person.id() + "/addresses";
    assertThat(admin.post(path, Map.of("localPart", "..bad")).code())
        .isEqualTo("mail.local-part-invalid");
    assertThat(admin.post(path, Map.of("localPart", "李娜")).code())
        .isEqualTo("mail.local-part-invalid");
    assertThat(admin.post(path, Map.of("localPart", "Postmaster")).code())
        .isEqualTo("mail.address-reserved");
    assertThat(admin
            .post(path, Map.of("localPart", "lina", "domain", "not-ours.example"))
            .code())
        .isEqualTo("mail.domain-unknown");

    String primary = TestDomains.unique("lina");
    String alias = TestDomains.unique("na.li");
    assertThat(admin.post(path, Map.of("localPart", primary, "primary", true)).status())
        .isEqualTo(200);
    var aliased = admin.post(path, Map.of("localPart", alias.toUpperCase(), "domain", domain));
    assertThat(aliased.body().path("primary").asString()).isEqualTo(primary + "@" + domain);
    assertThat(aliased.body().path("aliases").toString()).contains(alias + "@" + domain);

    var other = People.create(port, admin, "王芳");
    var taken = admin.post(
        "/api/v1/mail/admin/people/" + other.id() + "/addresses", Map.of("localPart", alias));
    assertThat(taken.status()).isEqualTo(409);
    assertThat(taken.code()).isEqualTo("mail.address-taken");
    var listTaken = admin.post(
        "/api/v1/mail/admin/lists",
        Map.of(
            "name",
            "冲突",
            "localPart",
            primary,
            "sourceKind",
            "SUBTREE",
            "sourceId",
            People.rootDepartment(admin)));
    assertThat(listTaken.code()).isEqualTo("mail.address-taken");

    var notPrimary = admin.delete(path + "?address=" + primary + "@" + domain);
    assertThat(notPrimary.status()).isEqualTo(409);
    assertThat(notPrimary.code()).isEqualTo("mail.address-primary");
    var swapped = admin.put(
        "/api/v1/mail/admin/people/" + person.id() + "/primary-address",
        Map.of("address", alias + "@" + domain));
    assertThat(swapped.body().path("primary").asString()).isEqualTo(alias + "@" + domain);
    var removed = admin.delete(path + "?address=" + primary + "@" + domain);
    assertThat(removed.body().path("aliases").toString()).doesNotContain(primary + "@");
    assertThat(admin.delete(path + "?address=nobody@" + domain).code())
        .isEqualTo("mail.address-not-found");

    assertThat(person.api().get(path).status()).isEqualTo(403);
    assertThat(person.api().post(path, Map.of("localPart", "me")).status()).isEqualTo(403);
  }

  @Test
  void aListFollowsItsDepartmentAndIsForAdministratorsToChange() {
    Api admin = People.admin(port);
    TestDomains.ensureDefault(admin);
    UUID department = UUID.fromString(admin
        .post(
            "/api/v1/departments",
            Map.of(
                "name",
                "邮件列表部-" + TestDomains.unique("d"),
                "parentId",
                People.rootDepartment(admin)))
        .body()
        .path("id")
        .asString());
    var inside = People.create(port, admin, "列表成员", department);
    String local = TestDomains.unique("team");
    var made = admin.post(
        "/api/v1/mail/admin/lists",
        Map.of(
            "name",
            "团队",
            "localPart",
            local,
            "sourceKind",
            "DEPARTMENT",
            "sourceId",
            department,
            "posting",
            "MEMBERS"));
    assertThat(made.status()).as("%s", made.body()).isEqualTo(201);
    assertThat(made.body().path("members").asInt()).isEqualTo(1);
    String id = made.body().path("id").asString();
    People.create(port, admin, "新同事", department);
    var listed = admin
        .get("/api/v1/mail/admin/lists")
        .body()
        .valueStream()
        .filter(l -> l.path("id").asString().equals(id))
        .findFirst()
        .orElseThrow();
    assertThat(listed.path("members").asInt())
        .as("the list follows the department")
        .isEqualTo(2);

    var moved = admin.patch(
        "/api/v1/mail/admin/lists/" + id,
        Map.of("localPart", local + "-all", "posting", "COMPANY"));
    assertThat(moved.body().path("address").asString()).startsWith(local + "-all@");
    assertThat(moved.body().path("posting").asString()).isEqualTo("COMPANY");

    assertThat(admin
            .post(
                "/api/v1/mail/admin/lists",
                Map.of(
                    "name",
                    "无源",
                    "localPart",
                    TestDomains.unique("x"),
                    "sourceKind",
                    "GROUP",
                    "sourceId",
                    UUID.randomUUID()))
            .code())
        .isEqualTo("mail.list-source-not-found");
    assertThat(admin.post("/api/v1/mail/admin/lists", Map.of("name", "缺地址")).code())
        .isEqualTo("mail.list-invalid");
    assertThat(inside.api().get("/api/v1/mail/admin/lists").status()).isEqualTo(403);
    assertThat(inside
            .api()
            .patch("/api/v1/mail/admin/lists/" + id, Map.of("name", "x"))
            .status())
        .isEqualTo(403);
    assertThat(admin.delete("/api/v1/mail/admin/lists/" + id).status()).isEqualTo(204);
    assertThat(admin.delete("/api/v1/mail/admin/lists/" + id).code())
        .isEqualTo("mail.list-not-found");
  }
}
