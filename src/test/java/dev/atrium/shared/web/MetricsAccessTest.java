package dev.atrium.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Metrics describe the whole installation: only a system administrator reads them; health stays open to probes. */
@IntegrationTest
class MetricsAccessTest {

  @LocalServerPort
  int port;

  @Test
  void onlyASystemAdministratorReadsTheMetrics() {
    Api admin = People.admin(port);
    var member = People.create(port, admin, "Metrics Member");
    var guest = People.createGuest(port, admin, "Metrics Guest");

    assertThat(new Api(port).get("/actuator/prometheus").status()).isEqualTo(401);
    assertThat(guest.api().get("/actuator/prometheus").code()).isEqualTo("access.denied");
    assertThat(member.api().get("/actuator/prometheus").code()).isEqualTo("access.denied");
    assertThat(bearer(member.api(), "admin").get("/actuator/prometheus").status())
        .isEqualTo(403);
    assertThat(bearer(admin, "read").get("/actuator/prometheus").code())
        .isEqualTo("auth.token-scope");

    assertThat(admin.bytes("/actuator/prometheus").statusCode()).isEqualTo(200);
    assertThat(bearer(admin, "admin").bytes("/actuator/prometheus").statusCode())
        .isEqualTo(200);
  }

  @Test
  void healthStaysOpenToAnyone() {
    assertThat(new Api(port).get("/actuator/health").status()).isEqualTo(200);
    assertThat(new Api(port).get("/actuator/health/readiness").status()).isEqualTo(200);
  }

  private Api bearer(Api owner, String scope) {
    String secret = owner
        .post(
            "/api/v1/me/tokens",
            Map.of("name", "metrics " + scope, "scopes", List.of(scope), "expiresInDays", 1))
        .body()
        .path("secret")
        .asString();
    return new Api(port).withBearer(secret);
  }
}
