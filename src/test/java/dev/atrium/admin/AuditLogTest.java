package dev.atrium.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atrium.IntegrationTest;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class AuditLogTest {

  @LocalServerPort
  int port;

  @Autowired
  JdbcClient jdbc;

  @Test
  void grantingARoleIsRecordedWithActorTargetAndAddress() {
    Api admin = People.admin(port);
    var person = People.create(port, admin, "审计对象");
    var granted = admin.post(
        "/api/v1/admin/role-grants", Map.of("personId", person.id(), "role", "SYSTEM_ADMIN"));
    assertThat(granted.status()).isEqualTo(201);

    var page = admin
        .get("/api/v1/admin/audit?action=access.role.granted&targetId=" + person.id())
        .body();
    assertThat(page.path("total").asLong()).isEqualTo(1);
    var entry = page.path("items").get(0);
    assertThat(entry.path("actorName").asString()).isEqualTo("Administrator");
    assertThat(entry.path("ipAddress").asString()).isEqualTo("127.0.0.1");
    assertThat(entry.path("details").path("role").asString()).isEqualTo("SYSTEM_ADMIN");
  }

  @Test
  void theLogCannotBeChangedAndItsChainVerifies() {
    Api admin = People.admin(port);
    People.create(port, admin, "Chain Link");
    assertThatThrownBy(
            () -> jdbc.sql("update admin.audit_entry set action = 'tampered'").update())
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.sql("delete from admin.audit_entry").update())
        .hasMessageContaining("append-only");
    assertThat(admin.get("/api/v1/admin/audit/integrity").body().path("intact").asBoolean())
        .isTrue();
  }

  @Test
  void membersCannotReadTheLog() {
    var member = People.create(port, People.admin(port), "Curious Member");
    var refused = member.api().get("/api/v1/admin/audit");
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.code()).isEqualTo("access.denied");
  }

  @Test
  void theLastSystemAdministratorCannotBeRemoved() {
    Api admin = People.admin(port);
    String adminId = admin.get("/api/v1/me").body().path("person").path("id").asString();
    String ownGrant = null;
    for (var grant : admin.get("/api/v1/admin/role-grants").body()) {
      if (!grant.path("role").asString().equals("SYSTEM_ADMIN")) {
        continue;
      }
      if (grant.path("personId").asString().equals(adminId)) {
        ownGrant = grant.path("id").asString();
      } else {
        assertThat(admin
                .delete("/api/v1/admin/role-grants/" + grant.path("id").asString())
                .status())
            .isEqualTo(204);
      }
    }
    var refused = admin.delete("/api/v1/admin/role-grants/" + ownGrant);
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.code()).isEqualTo("access.last-system-admin");
  }
}
