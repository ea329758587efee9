package dev.atrium.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import dev.atrium.support.RawHttp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A token's scopes and a session's pending steps hold for the endpoint a request reaches, however
 * its path is spelled: every way of writing an admin path that the server could route to the admin
 * endpoint is either refused as ambiguous or decided as the admin endpoint it is.
 */
@IntegrationTest
class TokenScopesTest {

  /** Other spellings of {@code /api/v1/admin/…} that a path-prefix comparison would not recognise. */
  static final List<UnaryOperator<String>> SPELLINGS = List.of(
      p -> p.replace("/admin/", "/%61dmin/"),
      p -> p.replace("/admin/", "/%41dmin/"),
      p -> p.replace("/admin/", "/admi%6E/"),
      p -> p.replace("/api/", "/%61pi/"),
      p -> p.replace("/admin/", "//admin/"),
      p -> p.replace("/admin/", "/./admin/"),
      p -> p.replace("/admin/", "/admin;jsessionid=0/"),
      p -> p + ";jsessionid=0",
      p -> p.replace("/v1/admin/", "/v1%2fadmin/"),
      p -> p.replace("/v1/admin/", "/v1%2Fadmin/"));

  /** Codes that say the request was refused before any endpoint saw it. */
  static final Set<String> REFUSALS = Set.of("auth.token-scope", "request.rejected", "not-found");

  @LocalServerPort
  int port;

  @Test
  void noSpellingOfAnAdminPathLetsATokenWithoutAdminScopeThrough() {
    Api admin = People.admin(port);
    Map<String, String> tokens = Map.of(
        "read", token(admin, "read"),
        "read+write", token(admin, "read", "write"));
    List<String> wrong = new ArrayList<>();
    for (String endpoint : adminEndpoints()) {
      String method = endpoint.substring(0, endpoint.indexOf(' '));
      String path = endpoint
          .substring(endpoint.indexOf(' ') + 1)
          .replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
      String body = method.equals("GET") ? null : "{}";
      for (var token : tokens.entrySet()) {
        String authorization = "Authorization: Bearer " + token.getValue();
        RawHttp.Answer plain = new RawHttp(port).send(method, path, body, authorization);
        if (plain.status() != 403 || !plain.code().equals("auth.token-scope")) {
          wrong.add(token.getKey() + " " + method + " " + path + " answered " + plain);
        }
        for (UnaryOperator<String> spelling : SPELLINGS) {
          String spelled = spelling.apply(path);
          RawHttp.Answer answer = new RawHttp(port).send(method, spelled, body, authorization);
          if (!REFUSALS.contains(answer.code())) {
            wrong.add(token.getKey() + " " + method + " " + spelled + " answered " + answer);
          }
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void aTokenWithAdminScopeStillReachesAdminEndpoints() {
    Api admin = People.admin(port);
    RawHttp.Answer answer = new RawHttp(port)
        .get("/api/v1/admin/role-grants", "Authorization: Bearer " + token(admin, "admin"));
    assertThat(answer.status()).isEqualTo(200);
  }

  @Test
  void aSessionThatMustChangeItsPasswordReachesNothingElseHoweverThePathIsSpelled() {
    Api admin = People.admin(port);
    var person = People.create(port, admin, "Pending Change");
    String temporary = admin
        .post("/api/v1/people/" + person.id() + "/reset-password", null)
        .body()
        .path("temporaryPassword")
        .asString();
    Api pending = Api.signedIn(port, person.email(), temporary);
    String cookie = "Cookie: " + pending.cookieHeader();

    RawHttp raw = new RawHttp(port);
    assertThat(raw.get("/api/v1/me", cookie).status()).isEqualTo(200);
    List<String> wrong = new ArrayList<>();
    for (String path : List.of(
        "/api/v1/departments",
        "/api/v1/%64epartments",
        "/api/v1//departments",
        "/api/v1/./departments",
        "/api/v1/me/password/../../departments",
        "/api/v1/me/password/..;/..;/departments",
        "/api/v1/me/password/%2e%2e/%2e%2e/departments",
        "/api/v1/me/mfa%2f..%2f..%2fdepartments",
        "/api/v1/departments;/me/password")) {
      RawHttp.Answer answer = raw.get(path, cookie);
      if (!answer.isProblem()
          || !REFUSALS.contains(answer.code())
              && !answer.code().equals("auth.password-change-required")) {
        wrong.add(path + " answered " + answer);
      }
    }
    assertThat(wrong).isEmpty();
  }

  private List<String> adminEndpoints() {
    var paths = new Api(port).get("/api/v1/openapi.json").body().path("paths");
    List<String> found = new ArrayList<>();
    for (String path : paths.propertyNames()) {
      if (path.startsWith("/api/v1/admin/")) {
        paths
            .path(path)
            .propertyNames()
            .forEach(method -> found.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path));
      }
    }
    assertThat(found).contains("GET /api/v1/admin/role-grants", "POST /api/v1/admin/role-grants");
    return found;
  }

  private String token(Api owner, String... scopes) {
    return owner
        .post(
            "/api/v1/me/tokens",
            Map.of(
                "name",
                "scopes " + String.join("+", scopes),
                "scopes",
                List.of(scopes),
                "expiresInDays",
                1))
        .body()
        .path("secret")
        .asString();
  }
}
