package dev.atrium.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.Atrium;
import dev.atrium.support.Api;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * An installation whose first administrator's password was set in its configuration
 * ({@code atrium.bootstrap.admin-password}, e.g. by a deployment script) does not keep that known
 * password: it works once, to sign in and choose another. (The tests' shared application keeps its
 * password with {@code admin-password-change-required=false}, the opt-out for tests and benchmarks.)
 */
class FirstAdministratorPasswordTest {

  @Test
  void aConfiguredPasswordMustBeChangedAtFirstSignIn() {
    String email = "first-admin@atrium.test";
    String configured = "Configured-in-a-script-1";
    try (var atrium = new SpringApplicationBuilder(Atrium.class)
        .run(
            "--atrium.data-dir=target/test-data/first-admin-" + UUID.randomUUID(),
            "--server.port=0",
            "--atrium.bootstrap.admin-email=" + email,
            "--atrium.bootstrap.admin-password=" + configured,
            "--atrium.auth.argon2-memory-kib=1024",
            "--atrium.auth.argon2-iterations=1")) {
      int port = ((WebServerApplicationContext) atrium).getWebServer().getPort();
      Api admin = Api.signedIn(port, email, configured);

      assertThat(admin.get("/api/v1/me").body().path("passwordChangeRequired").asBoolean())
          .isTrue();
      assertThat(admin.get("/api/v1/departments").code())
          .isEqualTo("auth.password-change-required");

      String chosen = "Chosen-by-the-admin-2";
      assertThat(admin
              .put(
                  "/api/v1/me/password",
                  Map.of("currentPassword", configured, "newPassword", chosen))
              .status())
          .isEqualTo(204);
      assertThat(admin.get("/api/v1/departments").status()).isEqualTo(200);
      assertThat(new Api(port).signIn(email, configured).status())
          .as("the configured password is spent")
          .isEqualTo(401);
    }
  }
}
