package dev.atrium.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.TestAccounts;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class SignInTest {

  @LocalServerPort
  int port;

  @Autowired
  SignIn signIn;

  @Test
  void administratorSignsInAndSeesTheirCapabilities() {
    Api admin = People.admin(port);
    var me = admin.get("/api/v1/me");
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.body().path("person").path("email").asString())
        .isEqualTo(TestAccounts.ADMIN_EMAIL);
    assertThat(me.body().path("capabilities").path("administer").asBoolean()).isTrue();
  }

  @Test
  void sessionCookieIsHttpOnlyAndLax() {
    Api api = new Api(port);
    var response = api.signIn(TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);
    String cookie = response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("atrium_session="))
        .findFirst()
        .orElseThrow();
    assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax").contains("Path=/");
  }

  @Test
  void signInIssuesAFreshCsrfTokenThatLaterAnswersKeep() {
    var person = People.create(port, People.admin(port), "Csrf Keeper");
    Api api = new Api(port);
    String before = xsrfSetBy(api.get("/api/v1/auth/csrf")).orElseThrow();
    var signedIn = api.signIn(person.email(), People.PASSWORD);
    assertThat(xsrfSetBy(signedIn)).isPresent().get().isNotEqualTo(before);
    // a signed-in browser's parallel requests must not replace the cookie under each other's feet
    assertThat(xsrfSetBy(api.get("/api/v1/me"))).isEmpty();
    assertThat(xsrfSetBy(api.get("/api/v1/channels"))).isEmpty();
    assertThat(api.patch("/api/v1/me/preferences", Map.of("locale", "en")).status())
        .isEqualTo(200);
  }

  private static java.util.Optional<String> xsrfSetBy(Api.Response response) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("XSRF-TOKEN=") && !c.startsWith("XSRF-TOKEN=;"))
        .map(c -> c.substring("XSRF-TOKEN=".length(), c.indexOf(';')))
        .findFirst();
  }

  @Test
  void wrongPasswordAndUnknownEmailGetTheSameAnswer() {
    var wrongPassword = new Api(port).signIn(TestAccounts.ADMIN_EMAIL, "not-the-password");
    var unknownEmail = new Api(port).signIn(People.uniqueEmail("nobody"), "whatever-password");
    assertThat(wrongPassword.status()).isEqualTo(401);
    assertThat(wrongPassword.code()).isEqualTo("auth.bad-credentials");
    assertThat(unknownEmail.status()).isEqualTo(401);
    assertThat(unknownEmail.code()).isEqualTo("auth.bad-credentials");
  }

  @Test
  void fiveFailuresLockTheAccountForAWhileEvenWithTheRightPassword() {
    var person = People.create(port, People.admin(port), "Throttled Tester");
    Api attacker = new Api(port);
    for (int i = 0; i < 5; i++) {
      assertThat(attacker.signIn(person.email(), "guess-" + i).code())
          .isEqualTo("auth.bad-credentials");
    }
    var locked = attacker.signIn(person.email(), People.PASSWORD);
    assertThat(locked.status()).isEqualTo(429);
    assertThat(locked.code()).isEqualTo("auth.throttled");
    long retryAfter = Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow());
    assertThat(retryAfter).isBetween(1L, 30 * 60L);
    assertThat(locked.body().path("retryAfterSeconds").asLong()).isEqualTo(retryAfter);
  }

  @Test
  void manyFailuresFromOneAddressThrottleEveryAccountFromIt() {
    String address = "203.0.113.77";
    for (int i = 0; i < 50; i++) {
      try {
        signIn.signIn(new SignIn.Attempt(
            People.uniqueEmail("spray"), "password-" + i, null, null, address, null));
      } catch (dev.atrium.shared.DomainException e) {
        assertThat(e.code()).isEqualTo("auth.bad-credentials");
      }
    }
    try {
      signIn.signIn(new SignIn.Attempt(
          TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD, null, null, address, null));
      throw new AssertionError("expected the address to be throttled");
    } catch (dev.atrium.shared.DomainException e) {
      assertThat(e.code()).isEqualTo("auth.throttled");
    }
  }

  @Test
  void signOutEndsTheSession() {
    Api admin = People.admin(port);
    assertThat(admin.post("/api/v1/auth/sign-out", null).status()).isEqualTo(204);
    assertThat(admin.get("/api/v1/me").status()).isEqualTo(401);
  }

  @Test
  void unsafeRequestWithoutCsrfTokenIsRefused() {
    Api forged = People.admin(port).withoutCsrf();
    var response = forged.post(
        "/api/v1/me/tokens",
        Map.of("name", "forged", "scopes", java.util.List.of("admin"), "expiresInDays", 30));
    assertThat(response.status()).isEqualTo(403);
    assertThat(response.code()).isEqualTo("auth.csrf-invalid");
    var tokens = forged.get("/api/v1/me/tokens");
    assertThat(tokens.status()).isEqualTo(200);
    assertThat(tokens.body().findValuesAsString("name")).doesNotContain("forged");
  }

  @Test
  void badInputNamesTheFieldInAProblemDocument() {
    var response = new Api(port).post("/api/v1/auth/sign-in", Map.of("login", "", "password", "x"));
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    assertThat(response.code()).isEqualTo("validation.failed");
    assertThat(response.body().path("errors").get(0).path("field").asString()).isEqualTo("login");
  }
}
