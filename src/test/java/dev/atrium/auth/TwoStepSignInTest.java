package dev.atrium.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.access.Subject;
import dev.atrium.auth.internal.Totp;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class TwoStepSignInTest {

  @LocalServerPort
  int port;

  @Autowired
  AccountAdministration administration;

  @Test
  void enrolledPersonNeedsACodeAndACodeWorksOnlyOnce() {
    var person = People.create(port, People.admin(port), "王小明");
    String secret = enrol(person.api());

    var withoutCode = new Api(port).signIn(person.email(), People.PASSWORD);
    assertThat(withoutCode.status()).isEqualTo(401);
    assertThat(withoutCode.code()).isEqualTo("auth.mfa-required");

    String code = Totp.code(secret, Totp.step(Instant.now()) + 1);
    var withCode = signIn(person.email(), Map.of("totpCode", code));
    assertThat(withCode.status()).isEqualTo(200);
    assertThat(withCode.body().path("mfaEnabled").asBoolean()).isTrue();

    var replayed = signIn(person.email(), Map.of("totpCode", code));
    assertThat(replayed.status()).isEqualTo(401);
    assertThat(replayed.code()).isEqualTo("auth.mfa-invalid");
  }

  @Test
  void recoveryCodeStandsInForTheAppOnce() {
    var person = People.create(port, People.admin(port), "李四");
    Api api = person.api();
    var started = api.post("/api/v1/me/mfa/totp", null);
    String secret = started.body().path("secret").asString();
    var confirmed = api.post(
        "/api/v1/me/mfa/totp/confirm", Map.of("code", Totp.code(secret, Totp.step(Instant.now()))));
    String recovery = confirmed.body().path("recoveryCodes").get(3).asString();

    assertThat(signIn(person.email(), Map.of("recoveryCode", recovery)).status())
        .isEqualTo(200);
    assertThat(signIn(person.email(), Map.of("recoveryCode", recovery)).code())
        .isEqualTo("auth.mfa-invalid");
  }

  @Test
  void enrolmentShowsAQrCodeAndTenRecoveryCodesAndRefusesAWrongCode() {
    var person = People.create(port, People.admin(port), "Enrolling Person");
    var started = person.api().post("/api/v1/me/mfa/totp", null);
    assertThat(started.body().path("qrSvg").asString()).startsWith("<svg");
    assertThat(started.body().path("otpauthUri").asString()).startsWith("otpauth://totp/Atrium");

    var wrong = person.api().post("/api/v1/me/mfa/totp/confirm", Map.of("code", "000000"));
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.code()).isEqualTo("auth.mfa-invalid");
    assertThat(person.api().get("/api/v1/me").body().path("mfaEnabled").asBoolean())
        .isFalse();

    String secret = started.body().path("secret").asString();
    var confirmed = person
        .api()
        .post(
            "/api/v1/me/mfa/totp/confirm",
            Map.of("code", Totp.code(secret, Totp.step(Instant.now()))));
    assertThat(confirmed.body().path("recoveryCodes").size()).isEqualTo(10);
  }

  @Test
  void requiredMfaConfinesAnUnenrolledPersonToEnrolment() {
    Api admin = People.admin(port);
    var person = People.create(port, admin, "Policy Person");
    var adminSubject = new Subject(
        java.util.UUID.fromString(
            admin.get("/api/v1/me").body().path("person").path("id").asString()),
        false);
    try {
      assertThat(
              admin.put("/api/v1/admin/settings", Map.of("mfaRequired", true)).status())
          .isEqualTo(200);
      Api api = Api.signedIn(port, person.email(), People.PASSWORD);
      assertThat(api.get("/api/v1/me").body().path("mfaEnrolmentRequired").asBoolean())
          .isTrue();
      var blocked = api.get("/api/v1/departments");
      assertThat(blocked.status()).isEqualTo(403);
      assertThat(blocked.code()).isEqualTo("auth.mfa-enrolment-required");

      enrol(api);
      assertThat(api.get("/api/v1/departments").status()).isEqualTo(200);
      assertThat(admin.get("/api/v1/departments").code())
          .as("the administrator who required MFA must enrol too")
          .isEqualTo("auth.mfa-enrolment-required");
    } finally {
      administration.setPolicy(adminSubject, new AccountAdministration.Policy(false));
    }
  }

  @Test
  void replacingTheAuthenticatorNeedsThePasswordAndEndsTheOtherSessions() {
    Api admin = People.admin(port);
    var person = People.create(port, admin, "Phone Changer");
    String old = enrol(person.api());
    Api laptop = signedInWithCode(person.email(), old, 1);

    var bare = person.api().post("/api/v1/me/mfa/totp", null);
    assertThat(bare.status()).isEqualTo(403);
    assertThat(bare.code()).isEqualTo("auth.reauthentication-required");
    var wrong = person.api().post("/api/v1/me/mfa/totp", Map.of("password", "not-my-password"));
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.code()).isEqualTo("auth.bad-credentials");
    assertThat(laptop.get("/api/v1/me").status()).as("refusals end nothing").isEqualTo(200);

    String replacement = person
        .api()
        .post("/api/v1/me/mfa/totp", Map.of("password", People.PASSWORD))
        .body()
        .path("secret")
        .asString();
    var confirmed = person
        .api()
        .post(
            "/api/v1/me/mfa/totp/confirm",
            Map.of("code", Totp.code(replacement, Totp.step(Instant.now()))));
    assertThat(confirmed.status()).isEqualTo(200);
    assertThat(confirmed.body().path("recoveryCodes").size()).isEqualTo(10);

    assertThat(laptop.get("/api/v1/me").status()).isEqualTo(401);
    assertThat(person.api().get("/api/v1/me").status()).isEqualTo(200);
    assertThat(signIn(
                person.email(), Map.of("totpCode", Totp.code(old, Totp.step(Instant.now()) + 1)))
            .code())
        .isEqualTo("auth.mfa-invalid");
    assertThat(signIn(
                person.email(),
                Map.of("totpCode", Totp.code(replacement, Totp.step(Instant.now()) + 1)))
            .status())
        .isEqualTo(200);
    var audit = admin
        .get("/api/v1/admin/audit?action=auth.mfa.replaced&targetId=" + person.id())
        .body();
    assertThat(audit.path("total").asLong()).isEqualTo(1);
  }

  @Test
  void theCurrentCodeStandsInForThePasswordWhenReplacingTheAuthenticator() {
    var person = People.create(port, People.admin(port), "Code Holder");
    String old = enrol(person.api());
    var started = person
        .api()
        .post("/api/v1/me/mfa/totp", Map.of("code", Totp.code(old, Totp.step(Instant.now()) + 1)));
    assertThat(started.status()).isEqualTo(200);
    assertThat(started.body().path("secret").asString()).isNotEqualTo(old);
  }

  @Test
  void turningTheAuthenticatorOffEndsTheOtherSessionsAndIsAudited() {
    Api admin = People.admin(port);
    var person = People.create(port, admin, "Turning Off");
    String secret = enrol(person.api());
    Api laptop = signedInWithCode(person.email(), secret, 1);

    var off = person.api().delete("/api/v1/me/mfa/totp", Map.of("password", People.PASSWORD));
    assertThat(off.status()).isEqualTo(204);
    assertThat(laptop.get("/api/v1/me").status()).isEqualTo(401);
    assertThat(person.api().get("/api/v1/me").body().path("mfaEnabled").asBoolean())
        .isFalse();
    assertThat(admin
            .get("/api/v1/admin/audit?action=auth.mfa.disabled&targetId=" + person.id())
            .body()
            .path("total")
            .asLong())
        .isEqualTo(1);
  }

  @Test
  void apiTokensCannotTouchTheSecondFactor() {
    var person = People.create(port, People.admin(port), "Token Holder");
    String secret = enrol(person.api());
    String token = person
        .api()
        .post(
            "/api/v1/me/tokens",
            Map.of("name", "ci", "scopes", java.util.List.of("write"), "expiresInDays", 1))
        .body()
        .path("secret")
        .asString();
    Api script = new Api(port).withBearer(token);

    for (var refused : java.util.List.of(
        script.post("/api/v1/me/mfa/totp", Map.of("password", People.PASSWORD)),
        script.post("/api/v1/me/mfa/totp/confirm", Map.of("code", "123456")),
        script.delete("/api/v1/me/mfa/totp", Map.of("password", People.PASSWORD)))) {
      assertThat(refused.status()).isEqualTo(403);
      assertThat(refused.code()).isEqualTo("auth.session-required");
    }
    assertThat(signIn(
                person.email(), Map.of("totpCode", Totp.code(secret, Totp.step(Instant.now()) + 1)))
            .status())
        .isEqualTo(200);
  }

  private String enrol(Api api) {
    String secret = api.post("/api/v1/me/mfa/totp", null).body().path("secret").asString();
    var confirmed = api.post(
        "/api/v1/me/mfa/totp/confirm", Map.of("code", Totp.code(secret, Totp.step(Instant.now()))));
    assertThat(confirmed.status()).isEqualTo(200);
    return secret;
  }

  private Api.Response signIn(String email, Map<String, String> secondFactor) {
    Map<String, Object> body = new HashMap<>(secondFactor);
    body.put("login", email);
    body.put("password", People.PASSWORD);
    return new Api(port).post("/api/v1/auth/sign-in", body);
  }

  /** A second browser of the person, signed in with the code {@code ahead} steps from now. */
  private Api signedInWithCode(String email, String secret, int ahead) {
    Api api = new Api(port);
    var signedIn = api.post(
        "/api/v1/auth/sign-in",
        Map.of(
            "login",
            email,
            "password",
            People.PASSWORD,
            "totpCode",
            Totp.code(secret, Totp.step(Instant.now()) + ahead)));
    assertThat(signedIn.status()).isEqualTo(200);
    return api;
  }
}
