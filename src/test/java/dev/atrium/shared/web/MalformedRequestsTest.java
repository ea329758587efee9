package dev.atrium.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.support.People;
import dev.atrium.support.RawHttp;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Requests a client can get wrong before any endpoint sees them (a path the server will not read,
 * a header too large) are answered with a problem document like every other error, whichever layer
 * refuses them: Tomcat, Spring Security's firewall or Spring MVC.
 */
@IntegrationTest
class MalformedRequestsTest {

  @LocalServerPort
  int port;

  @Test
  void aPathThatCouldBeReadTwoWaysIsRefusedWithAProblem() {
    RawHttp raw = new RawHttp(port);
    List<String> wrong = new ArrayList<>();
    for (String path : List.of(
        "/api/v1/%6De",
        "/api/v1/me;jsessionid=0",
        "/api/v1//me",
        "/api/v1/./me",
        "/api/v1/x/../me",
        "/api/v1/%2e%2e/v1/me",
        "/api/v1%2fme",
        "/api/v1/%5cme",
        "/api/v1/me%25",
        "/api/v1/me%00",
        "/api/v1\\me",
        "/api/v1/me%0a",
        "/api/v1/me%09",
        "/api/v1/me%7F",
        "/api/v1/me%FF",
        "/api/v1/%C3%28",
        "/%61ssets/x.js",
        "/directory//people")) {
      RawHttp.Answer answer = raw.get(path);
      if (answer.status() != 400 || !answer.code().equals("request.rejected")) {
        wrong.add(path + " answered " + answer);
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void encodedCharactersThatArePlainDataStillWork() {
    var admin = People.admin(port);
    String cookie = "Cookie: " + admin.cookieHeader();
    RawHttp.Answer search = new RawHttp(port).get("/api/v1/people?q=%E5%BC%A0%20%61", cookie);
    assertThat(search.status()).isEqualTo(200);
    var emoji = admin.put(
        "/api/v1/messages/" + java.util.UUID.randomUUID() + "/reactions/%F0%9F%91%8D", null);
    assertThat(emoji.code()).isEqualTo("chat.message-not-found");
  }

  @Test
  void aMethodNoEndpointServesIsRefusedWithAProblem() {
    RawHttp.Answer answer = new RawHttp(port).send("TRACE", "/api/v1/me", null);
    assertThat(answer.status()).isBetween(400, 499);
    assertThat(answer.isProblem()).as(answer.toString()).isTrue();
  }

  @Test
  void theContainersErrorPageAskedForDirectlyIsNotFound() {
    RawHttp.Answer answer = new RawHttp(port).get("/error");
    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.code()).isEqualTo("not-found");
  }

  @Test
  void headersTooLargeAreRefusedWithAProblem() {
    RawHttp.Answer answer =
        new RawHttp(port).get("/api/v1/me", "X-Padding: " + "a".repeat(40 * 1024));
    assertThat(answer.status()).isBetween(400, 431);
    assertThat(answer.isProblem()).as(answer.toString()).isTrue();
  }

  @Test
  void anHttpRequestTomcatCannotParseIsRefusedWithAProblem() {
    RawHttp.Answer answer = new RawHttp(port).get("/api/v1/me", "Bad Header Name: x");
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.isProblem()).as(answer.toString()).isTrue();
  }
}
