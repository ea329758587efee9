package dev.atrium.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atrium.IntegrationTest;
import dev.atrium.support.People;
import java.net.http.WebSocketHandshakeException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Who may open a socket: a signed-in person from this server's own pages, or an API client with a token. */
@IntegrationTest
class SocketHandshakeTest {

  @LocalServerPort
  int port;

  String cookie;
  People.Person person;

  @BeforeEach
  void signIn() {
    person = People.create(port, People.admin(port), "Socket Sam");
    cookie = TestSocket.sessionCookie(port, person.email(), People.PASSWORD);
  }

  @Test
  void aSignedInPageOfThisServerConnectsAndIsReadyAfterResume() {
    try (TestSocket socket = TestSocket.connect(port, cookie)) {
      socket.resume(TestSocket.withTheRestUpToDate(person.api(), Map.of()));
      assertThat(socket.untilReady()).isEmpty();
    }
  }

  @Test
  void aResumeLargerThanTheSocketBufferArrivesInPartsAndIsUnderstood() {
    Map<java.util.UUID, Long> cursors = new java.util.HashMap<>();
    for (int i = 0; i < 2_000; i++) {
      cursors.put(java.util.UUID.randomUUID(), 1L);
    }
    try (TestSocket socket = TestSocket.connect(port, cookie)) {
      socket.resume(cursors);
      socket.untilReady();
    }
  }

  @Test
  void aFrameOverTheLimitClosesTheSocket() {
    try (TestSocket socket = TestSocket.connect(port, cookie)) {
      socket.send(Map.of("type", "resume", "padding", "x".repeat(300 * 1024)));
      assertThat(socket.closeCode()).isEqualTo(1009);
    }
  }

  @Test
  void suspendingAPersonClosesTheirOpenSockets() {
    try (TestSocket socket = TestSocket.connect(port, cookie)) {
      socket.resume(Map.of());
      socket.untilReady();
      assertThat(People.admin(port)
              .post("/api/v1/people/" + person.id() + "/suspend", null)
              .status())
          .isEqualTo(200);
      assertThat(socket.closeCode()).isEqualTo(4001);
    }
  }

  @Test
  void aHandshakeFromAForeignOriginIsRefused() {
    assertThat(status(Map.of("Cookie", cookie, "Origin", "http://evil.example")))
        .isEqualTo(403);
    assertThat(status(Map.of("Cookie", cookie, "Origin", "http://localhost:" + (port + 1))))
        .isEqualTo(403);
  }

  @Test
  void aHandshakeWithoutCredentialsIsRefused() {
    assertThat(status(Map.of("Origin", "http://localhost:" + port))).isEqualTo(401);
    assertThat(
            status(Map.of("Origin", "http://localhost:" + port, "Cookie", "atrium_session=forged")))
        .isEqualTo(401);
  }

  @Test
  void withoutAnOriginOnlyABearerTokenMayConnect() {
    assertThat(status(Map.of("Cookie", cookie))).isEqualTo(403);
    String token = person
        .api()
        .post(
            "/api/v1/me/tokens",
            Map.of("name", "bot", "scopes", List.of("read"), "expiresInDays", 1))
        .body()
        .path("secret")
        .asString();
    try (TestSocket socket =
        TestSocket.connect(port, Map.of("Authorization", "Bearer " + token)).join()) {
      socket.resume(TestSocket.withTheRestUpToDate(person.api(), Map.of()));
      assertThat(socket.untilReady()).isEmpty();
    }
  }

  @Test
  void aFrameThatIsNotAResumeClosesTheSocket() {
    TestSocket socket = TestSocket.connect(port, cookie);
    socket.send(Map.of("type", "hello"));
    assertThat(socket.closeCode()).isEqualTo(1007);
  }

  private int status(Map<String, String> headers) {
    var refused = assertThatThrownBy(() -> TestSocket.connect(port, headers).join())
        .isInstanceOf(CompletionException.class)
        .actual();
    assertThat(refused.getCause()).isInstanceOf(WebSocketHandshakeException.class);
    return ((WebSocketHandshakeException) refused.getCause()).getResponse().statusCode();
  }
}
