package dev.atrium.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class SessionsAndTokensTest {

  @LocalServerPort
  int port;

  @Test
  void personSeesTheirSessionsAndRevokingOneSignsThatBrowserOut() {
    var person = People.create(port, People.admin(port), "Two Browsers");
    Api laptop = person.api();
    Api phone = Api.signedIn(port, person.email(), People.PASSWORD);

    var sessions = laptop.get("/api/v1/me/sessions").body();
    assertThat(sessions.size()).isEqualTo(2);
    var other = java.util.stream.StreamSupport.stream(sessions.spliterator(), false)
        .filter(s -> !s.path("current").asBoolean())
        .findFirst()
        .orElseThrow();

    assertThat(
            laptop.delete("/api/v1/me/sessions/" + other.path("id").asString()).status())
        .isEqualTo(204);
    assertThat(phone.get("/api/v1/me").status()).isEqualTo(401);
    assertThat(laptop.get("/api/v1/me").status()).isEqualTo(200);
  }

  @Test
  void changingThePasswordEndsOtherSessions() {
    var person = People.create(port, People.admin(port), "Password Changer");
    Api other = Api.signedIn(port, person.email(), People.PASSWORD);
    var changed = person
        .api()
        .put(
            "/api/v1/me/password",
            Map.of("currentPassword", People.PASSWORD, "newPassword", "An-entirely-new-one-7"));
    assertThat(changed.status()).isEqualTo(204);
    assertThat(other.get("/api/v1/me").status()).isEqualTo(401);
    assertThat(person.api().get("/api/v1/me").status()).isEqualTo(200);
  }

  @Test
  void aBorrowedSessionCannotGuessThePasswordWithoutLimit() {
    var person = People.create(port, People.admin(port), "Password Guessed");
    for (int i = 0; i < 5; i++) {
      var wrong = person
          .api()
          .put(
              "/api/v1/me/password",
              Map.of("currentPassword", "guess-" + i, "newPassword", "An-entirely-new-one-7"));
      assertThat(wrong.code()).isEqualTo("auth.bad-credentials");
    }
    var right = person
        .api()
        .put(
            "/api/v1/me/password",
            Map.of("currentPassword", People.PASSWORD, "newPassword", "An-entirely-new-one-7"));
    assertThat(right.status()).isEqualTo(429);
    assertThat(right.code()).isEqualTo("auth.throttled");
    assertThat(person
            .api()
            .delete("/api/v1/me/mfa/totp", Map.of("password", People.PASSWORD))
            .code())
        .isEqualTo("auth.throttled");
    assertThat(new Api(port).signIn(person.email(), People.PASSWORD).status()).isEqualTo(429);
  }

  @Test
  void weakNewPasswordIsRefused() {
    var person = People.create(port, People.admin(port), "Weak Password");
    var refused = person
        .api()
        .put(
            "/api/v1/me/password",
            Map.of("currentPassword", People.PASSWORD, "newPassword", "short"));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.code()).isEqualTo("auth.password-too-weak");
  }

  @Test
  void readTokenReadsButCannotWriteAndStopsWorkingWhenRevoked() {
    var person = People.create(port, People.admin(port), "Token Owner");
    var created = person
        .api()
        .post(
            "/api/v1/me/tokens",
            Map.of("name", "HR sync", "scopes", List.of("read"), "expiresInDays", 30));
    assertThat(created.status()).isEqualTo(201);
    String secret = created.body().path("secret").asString();
    assertThat(secret).startsWith("atr_");

    Api hr = new Api(port).withBearer(secret);
    assertThat(hr.get("/api/v1/me").body().path("person").path("email").asString())
        .isEqualTo(person.email());
    var write = hr.post(
        "/api/v1/me/tokens",
        Map.of("name", "escalate", "scopes", List.of("admin"), "expiresInDays", 1));
    assertThat(write.status()).isEqualTo(403);
    assertThat(write.code()).isEqualTo("auth.token-scope");

    var listed = person.api().get("/api/v1/me/tokens").body();
    assertThat(listed.toString()).doesNotContain(secret);
    person
        .api()
        .delete("/api/v1/me/tokens/" + created.body().path("token").path("id").asString());
    var revoked = hr.get("/api/v1/me");
    assertThat(revoked.status()).isEqualTo(401);
    assertThat(revoked.code()).isEqualTo("auth.token-invalid");
  }

  @Test
  void aTokenCannotMintTokensNotEvenWithItsOwnScopes() {
    var person = People.create(port, People.admin(port), "Token Minter");
    String secret = token(person.api(), "write");
    Api script = new Api(port).withBearer(secret);

    for (String scope : List.of("admin", "write", "read")) {
      var refused = script.post(
          "/api/v1/me/tokens",
          Map.of("name", "minted", "scopes", List.of(scope), "expiresInDays", 365));
      assertThat(refused.status()).as(scope).isEqualTo(403);
      assertThat(refused.code()).isEqualTo("auth.session-required");
    }
    assertThat(person.api().get("/api/v1/me/tokens").body().size()).isEqualTo(1);
    assertThat(script.get("/api/v1/me").status())
        .as("the refused token itself still works")
        .isEqualTo(200);
  }

  @Test
  void changingThePasswordRevokesApiTokensUnlessThePersonKeepsThem() {
    var person = People.create(port, People.admin(port), "Token Keeper");
    String dropped = token(person.api(), "read");
    assertThat(person
            .api()
            .put(
                "/api/v1/me/password",
                Map.of("currentPassword", People.PASSWORD, "newPassword", "Second-password-2026"))
            .status())
        .isEqualTo(204);
    assertThat(new Api(port).withBearer(dropped).get("/api/v1/me").status()).isEqualTo(401);

    String kept = token(person.api(), "read");
    assertThat(person
            .api()
            .put(
                "/api/v1/me/password",
                Map.of(
                    "currentPassword",
                    "Second-password-2026",
                    "newPassword",
                    "Third-password-2026",
                    "keepApiTokens",
                    true))
            .status())
        .isEqualTo(204);
    assertThat(new Api(port).withBearer(kept).get("/api/v1/me").status()).isEqualTo(200);
  }

  @Test
  void anAdministratorsResetEndsThePersonsApiTokens() {
    Api admin = People.admin(port);
    var person = People.create(port, admin, "Reset Token Owner");
    String secret = token(person.api(), "write");
    assertThat(admin
            .post("/api/v1/people/" + person.id() + "/reset-password", null)
            .status())
        .isEqualTo(200);
    var refused = new Api(port).withBearer(secret).get("/api/v1/me");
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.code()).isEqualTo("auth.token-invalid");
  }

  @Test
  void adminResetGivesAOneTimePasswordThatMustBeChangedFirst() {
    Api admin = People.admin(port);
    var person = People.create(port, admin, "Forgetful Person");
    String temporary = admin
        .post("/api/v1/people/" + person.id() + "/reset-password", null)
        .body()
        .path("temporaryPassword")
        .asString();

    assertThat(person.api().get("/api/v1/me").status()).isEqualTo(401);
    Api api = Api.signedIn(port, person.email(), temporary);
    assertThat(api.get("/api/v1/me").body().path("passwordChangeRequired").asBoolean())
        .isTrue();
    assertThat(api.get("/api/v1/departments").code()).isEqualTo("auth.password-change-required");

    api.put(
        "/api/v1/me/password",
        Map.of("currentPassword", temporary, "newPassword", "Remembered-now-2026"));
    assertThat(api.get("/api/v1/departments").status()).isEqualTo(200);
  }

  @Test
  void memberCannotResetSomeoneElsesPassword() {
    Api admin = People.admin(port);
    var member = People.create(port, admin, "Plain Member");
    var victim = People.create(port, admin, "Victim");
    var refused = member.api().post("/api/v1/people/" + victim.id() + "/reset-password", null);
    assertThat(refused.status()).isEqualTo(403);
    assertThat(victim.api().get("/api/v1/me").status()).isEqualTo(200);
  }

  @Test
  void suspendingAPersonEndsTheirSessionsAndTokensAndRefusesSignIn() {
    Api admin = People.admin(port);
    var person = People.create(port, admin, "张三");
    String token = person
        .api()
        .post(
            "/api/v1/me/tokens",
            Map.of("name", "sync", "scopes", List.of("read"), "expiresInDays", 5))
        .body()
        .path("secret")
        .asString();

    assertThat(admin.post("/api/v1/people/" + person.id() + "/suspend", null).status())
        .isEqualTo(200);

    assertThat(person.api().get("/api/v1/me").status()).isEqualTo(401);
    assertThat(new Api(port).withBearer(token).get("/api/v1/me").status()).isEqualTo(401);
    var signIn = new Api(port).signIn(person.email(), People.PASSWORD);
    assertThat(signIn.status()).isEqualTo(403);
    assertThat(signIn.code()).isEqualTo("auth.account-suspended");

    admin.post("/api/v1/people/" + person.id() + "/reactivate", null);
    assertThat(new Api(port).signIn(person.email(), People.PASSWORD).status()).isEqualTo(200);
  }

  private String token(Api api, String scope) {
    var created = api.post(
        "/api/v1/me/tokens",
        Map.of("name", "sync " + scope, "scopes", List.of(scope), "expiresInDays", 30));
    assertThat(created.status()).isEqualTo(201);
    return created.body().path("secret").asString();
  }
}
