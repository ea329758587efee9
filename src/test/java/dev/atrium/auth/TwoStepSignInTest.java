package dev.atrium.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.auth.internal.Totp;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import dev.atrium.access.Subject;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class TwoStepSignInTest {

  @LocalServerPort int port;
  @Autowired AccountAdministration administration;

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
    var confirmed = api.post("/api/v1/me/mfa/totp/confirm", Map.of("code", Totp.code(secret, Totp.step(Instant.now()))));
    String recovery = confirmed.body().path("recoveryCodes").get(3).asString();

    assertThat(signIn(person.email(), Map.of("recoveryCode", recovery)).status()).isEqualTo(200);
    assertThat(signIn(person.email(), Map.of("recoveryCode", recovery)).code()).isEqualTo("auth.mfa-invalid");
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
    assertThat(person.api().get("/api/v1/me").body().path("mfaEnabled").asBoolean()).isFalse();

    String secret = started.body().path("secret").asString();
    var confirmed = person.api().post("/api/v1/me/mfa/totp/confirm", Map.of("code", Totp.code(secret, Totp.step(Instant.now()))));
    assertThat(confirmed.body().path("recoveryCodes").size()).isEqualTo(10);
  }

  @Test
  void requiredMfaConfinesAnUnenrolledPersonToEnrolment() {
    Api admin = People.admin(port);
    var person = People.create(port, admin, "Policy Person");
    var adminSubject = new Subject(java.util.UUID.fromString(admin.get("/api/v1/me").body().path("person").path("id").asString()), false);
    try {
      assertThat(admin.put("/api/v1/admin/settings", Map.of("mfaRequired", true)).status()).isEqualTo(200);
      Api api = Api.signedIn(port, person.email(), People.PASSWORD);
      assertThat(api.get("/api/v1/me").body().path("mfaEnrolmentRequired").asBoolean()).isTrue();
      var blocked = api.get("/api/v1/departments");
      assertThat(blocked.status()).isEqualTo(403);
      assertThat(blocked.code()).isEqualTo("auth.mfa-enrolment-required");

      enrol(api);
      assertThat(api.get("/api/v1/departments").status()).isEqualTo(200);
      assertThat(admin.get("/api/v1/departments").code())
          .as("the administrator who required MFA must enrol too").isEqualTo("auth.mfa-enrolment-required");
    } finally {
      administration.setPolicy(adminSubject, new AccountAdministration.Policy(false));
    }
  }

  private String enrol(Api api) {
    String secret = api.post("/api/v1/me/mfa/totp", null).body().path("secret").asString();
    var confirmed = api.post("/api/v1/me/mfa/totp/confirm", Map.of("code", Totp.code(secret, Totp.step(Instant.now()))));
    assertThat(confirmed.status()).isEqualTo(200);
    return secret;
  }

  private Api.Response signIn(String email, Map<String, String> secondFactor) {
    Map<String, Object> body = new HashMap<>(secondFactor);
    body.put("login", email);
    body.put("password", People.PASSWORD);
    return new Api(port).post("/api/v1/auth/sign-in", body);
  }
}
