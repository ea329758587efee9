package dev.atrium.mail.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The domains Atrium receives mail for: administrators who manage settings add, remove and choose
 * the default; a host name is checked; a domain addresses use, or the default while others remain,
 * is not removed.
 */
@IntegrationTest
class MailDomainsTest {

  @LocalServerPort
  int port;

  @Test
  void onlyAdministratorsSeeOrChangeDomains() {
    Api admin = People.admin(port);
    TestDomains.ensureDefault(admin);
    Api member = People.create(port, admin, "普通成员").api();
    assertThat(member.get("/api/v1/mail/admin/domains").status()).isEqualTo(403);
    assertThat(member
            .post("/api/v1/mail/admin/domains", Map.of("name", "evil.example"))
            .code())
        .isEqualTo("access.denied");
    assertThat(member.delete("/api/v1/mail/admin/domains?name=evil.example").status())
        .isEqualTo(403);
    assertThat(admin.get("/api/v1/mail/admin/domains").status()).isEqualTo(200);
  }

  @Test
  void aDomainIsAHostNameStoredInLowerCaseAndOnce() {
    Api admin = People.admin(port);
    TestDomains.ensureDefault(admin);
    for (String bad :
        new String[] {"", "localhost", "-bad.example", "a..b", "1.2.3.4", "x y.com", "a@b.com"}) {
      var refused = admin.post("/api/v1/mail/admin/domains", Map.of("name", bad));
      assertThat(refused.status()).as(bad).isEqualTo(400);
      assertThat(refused.code()).as(bad).isEqualTo("mail.domain-invalid");
    }
    String name = "Upper" + TestDomains.unique("case").replace("-", "") + ".Example";
    var added = admin.post("/api/v1/mail/admin/domains", Map.of("name", name));
    assertThat(added.status()).isEqualTo(201);
    assertThat(added.body().path("name").asString()).isEqualTo(name.toLowerCase());
    assertThat(added.body().path("isDefault").asBoolean()).isFalse();
    var again = admin.post("/api/v1/mail/admin/domains", Map.of("name", name.toLowerCase()));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.code()).isEqualTo("mail.domain-exists");
    var chinese = admin.post(
        "/api/v1/mail/admin/domains",
        Map.of("name", TestDomains.unique("例子").replace("-", "") + ".中国"));
    assertThat(chinese.status()).isEqualTo(201);
    assertThat(chinese.body().path("name").asString()).startsWith("xn--").endsWith(".xn--fiqs8s");
  }

  @Test
  void aDomainInUseOrTheDefaultStays() {
    Api admin = People.admin(port);
    String original = TestDomains.ensureDefault(admin);
    String used = TestDomains.fresh(admin);
    var list = admin.post(
        "/api/v1/mail/admin/lists",
        Map.of(
            "name", "域名测试",
            "localPart", "all",
            "domain", used,
            "sourceKind", "SUBTREE",
            "sourceId", People.rootDepartment(admin)));
    assertThat(list.status()).as("%s", list.body()).isEqualTo(201);
    var inUse = admin.delete("/api/v1/mail/admin/domains?name=" + used);
    assertThat(inUse.status()).isEqualTo(409);
    assertThat(inUse.code()).isEqualTo("mail.domain-in-use");

    String spare = TestDomains.fresh(admin);
    var made = admin.put("/api/v1/mail/admin/default-domain", Map.of("name", spare));
    try {
      assertThat(made.status()).isEqualTo(200);
      assertThat(made.body().get(0).path("name").asString()).isEqualTo(spare);
      assertThat(made.body().findValues("isDefault").stream()
              .filter(v -> v.asBoolean())
              .count())
          .isEqualTo(1);
      var isDefault = admin.delete("/api/v1/mail/admin/domains?name=" + spare);
      assertThat(isDefault.status()).isEqualTo(409);
      assertThat(isDefault.code()).isEqualTo("mail.domain-default");
    } finally {
      assertThat(admin
              .put("/api/v1/mail/admin/default-domain", Map.of("name", original))
              .status())
          .isEqualTo(200);
    }
    assertThat(admin.delete("/api/v1/mail/admin/domains?name=" + spare).status())
        .isEqualTo(204);
    var gone = admin.delete("/api/v1/mail/admin/domains?name=" + spare);
    assertThat(gone.status()).isEqualTo(404);
    assertThat(gone.code()).isEqualTo("mail.domain-not-found");
    admin.delete("/api/v1/mail/admin/lists/" + list.body().path("id").asString());
    assertThat(admin.delete("/api/v1/mail/admin/domains?name=" + used).status()).isEqualTo(204);
  }
}
