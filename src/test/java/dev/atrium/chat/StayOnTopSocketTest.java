package dev.atrium.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.realtime.TestSocket;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The per-person and ephemeral frames over real sockets: a read cursor follows me to my other
 * sockets, typing reaches the channel's members only and is never replayed, presence follows the
 * last socket, and revoking one session closes only that session's sockets.
 */
@IntegrationTest
class StayOnTopSocketTest {

  @LocalServerPort
  int port;

  People.Person alice;
  People.Person bob;
  People.Person carol;
  UUID direct;

  @BeforeEach
  void people() {
    Api admin = People.admin(port);
    alice = People.create(port, admin, "Alice 爱丽丝");
    bob = People.create(port, admin, "Bob 鲍勃");
    carol = People.create(port, admin, "Carol 卡罗尔");
    direct = UUID.fromString(alice
        .api()
        .post("/api/v1/channels/direct", Map.of("personId", bob.id()))
        .body()
        .path("id")
        .asString());
  }

  @Test
  void markingReadOnOneDevicePushesTheCursorToMyOtherSockets() {
    String laptop = TestSocket.sessionCookie(port, bob.email(), People.PASSWORD);
    String phone = TestSocket.sessionCookie(port, bob.email(), People.PASSWORD);
    JsonNode message = StayOnTopHttpTest.post(alice.api(), direct, "晚上好");
    try (TestSocket onLaptop = ready(TestSocket.connect(port, laptop));
        TestSocket onPhone = ready(TestSocket.connect(port, phone))) {
      bob.api()
          .post(
              "/api/v1/channels/" + direct + "/read",
              Map.of("seq", message.path("seq").asLong()));

      for (TestSocket socket : List.of(onLaptop, onPhone)) {
        JsonNode state = signal(socket, "channel.state");
        assertThat(state.path("payload").path("id").asString()).isEqualTo(direct.toString());
        assertThat(state.path("payload").path("readSeq").asLong())
            .isEqualTo(message.path("seq").asLong());
        assertThat(state.path("payload").path("unread").asLong()).isZero();
      }
    }
  }

  @Test
  void typingReachesTheOtherMemberOnlyAndIsNotReplayedOnResume() throws Exception {
    String alices = TestSocket.sessionCookie(port, alice.email(), People.PASSWORD);
    String bobs = TestSocket.sessionCookie(port, bob.email(), People.PASSWORD);
    String carols = TestSocket.sessionCookie(port, carol.email(), People.PASSWORD);
    long cursor =
        alice.api().get("/api/v1/channels/" + direct).body().path("lastSeq").asLong();
    try (TestSocket typist = ready(TestSocket.connect(port, alices));
        TestSocket reader = ready(TestSocket.connect(port, bobs));
        TestSocket stranger = ready(TestSocket.connect(port, carols))) {
      typist.send(Map.of("type", "typing", "channelId", direct));
      // a second frame at once is within the rate limit and relays nothing more
      typist.send(Map.of("type", "typing", "channelId", direct));

      JsonNode typing = signal(reader, "typing");
      assertThat(typing.path("payload").path("channelId").asString()).isEqualTo(direct.toString());
      assertThat(typing.path("payload").path("personId").asString())
          .isEqualTo(alice.id().toString());
      assertThat(reader.quiet(Duration.ofMillis(500)))
          .as("one typing frame per rate-limit window")
          .isTrue();
      assertThat(stranger.quiet(Duration.ofMillis(300)))
          .as("a non-member hears nothing")
          .isTrue();
      assertThat(typist.quiet(Duration.ofMillis(100)))
          .as("the typist does not hear themself")
          .isTrue();
      // typing in a channel one is not in goes nowhere
      stranger.send(Map.of("type", "typing", "channelId", direct));
      assertThat(reader.quiet(Duration.ofMillis(300))).isTrue();
    }
    try (TestSocket again = TestSocket.connect(port, bobs)) {
      again.resume(TestSocket.withTheRestUpToDate(bob.api(), Map.of(direct, cursor)));
      assertThat(again.untilReady()).as("typing is not on the stream").isEmpty();
    }
  }

  @Test
  void presenceGoesOnlineAwayAndOfflineWhenTheLastSocketCloses() {
    String bobs = TestSocket.sessionCookie(port, bob.email(), People.PASSWORD);
    String alices = TestSocket.sessionCookie(port, alice.email(), People.PASSWORD);
    try (TestSocket watcher = ready(TestSocket.connect(port, bobs))) {
      watcher.send(Map.of("type", "watch", "people", List.of(alice.id())));
      assertThat(connection(signal(watcher, "presence"))).isEqualTo("OFFLINE");

      TestSocket first = ready(TestSocket.connect(port, alices));
      assertThat(connection(signal(watcher, "presence"))).isEqualTo("ONLINE");
      assertThat(bob.api()
              .get("/api/v1/presence?ids=" + alice.id())
              .body()
              .get(0)
              .path("connection")
              .asString())
          .isEqualTo("ONLINE");
      TestSocket second = ready(TestSocket.connect(port, alices));

      first.send(Map.of("type", "presence", "idle", true));
      second.send(Map.of("type", "presence", "idle", true));
      assertThat(connection(signal(watcher, "presence"))).as("every tab idle").isEqualTo("AWAY");
      second.send(Map.of("type", "presence", "idle", false));
      assertThat(connection(signal(watcher, "presence"))).isEqualTo("ONLINE");

      second.close();
      first.close();
      // (a moment of AWAY may come between, if the idle first socket is counted alone)
      String last;
      do {
        last = connection(signal(watcher, "presence"));
      } while (!last.equals("OFFLINE"));
      assertThat(bob.api()
              .get("/api/v1/presence?ids=" + alice.id())
              .body()
              .get(0)
              .path("connection")
              .asString())
          .isEqualTo("OFFLINE");
    }
  }

  @Test
  void revokingOneSessionClosesItsSocketsWith4001AndLeavesTheOthersOpen() {
    Set<String> known = sessionIds();
    String keptCookie = TestSocket.sessionCookie(port, alice.email(), People.PASSWORD);
    Set<String> withKept = sessionIds();
    String revokedCookie = TestSocket.sessionCookie(port, alice.email(), People.PASSWORD);
    Set<String> revoked = sessionIds();
    revoked.removeAll(withKept);
    withKept.removeAll(known);
    assertThat(revoked).hasSize(1);
    long cursor =
        alice.api().get("/api/v1/channels/" + direct).body().path("lastSeq").asLong();
    try (TestSocket kept = ready(TestSocket.connect(port, keptCookie));
        TestSocket gone = ready(TestSocket.connect(port, revokedCookie))) {
      assertThat(alice
              .api()
              .delete("/api/v1/me/sessions/" + revoked.iterator().next())
              .status())
          .isEqualTo(204);

      assertThat(gone.closeCode()).isEqualTo(4001);
      StayOnTopHttpTest.post(bob.api(), direct, "still there?");
      assertThat(kept.eventsUntil(direct, cursor + 1))
          .extracting(e -> e.path("event").path("kind").asString())
          .contains("message.posted");
    }
  }

  @Test
  void changingThePasswordClosesTheOtherSessionsSocketsButNotThisOnes() {
    String otherDevice = TestSocket.sessionCookie(port, alice.email(), People.PASSWORD);
    try (TestSocket elsewhere = ready(TestSocket.connect(port, otherDevice))) {
      var changed = alice
          .api()
          .put(
              "/api/v1/me/password",
              Map.of("currentPassword", People.PASSWORD, "newPassword", "Another-horse-battery-7"));
      assertThat(changed.status()).isEqualTo(204);
      assertThat(elsewhere.closeCode()).isEqualTo(4001);
      assertThat(alice.api().get("/api/v1/channels").status())
          .as("the changing session goes on")
          .isEqualTo(200);
    }
  }

  private Set<String> sessionIds() {
    Set<String> ids = new HashSet<>();
    alice
        .api()
        .get("/api/v1/me/sessions")
        .body()
        .forEach(s -> ids.add(s.path("id").asString()));
    return ids;
  }

  private static TestSocket ready(TestSocket socket) {
    socket.resume(Map.of());
    socket.untilReady();
    return socket;
  }

  /** The next signal of this kind, skipping stream frames and other signals. */
  private static JsonNode signal(TestSocket socket, String kind) {
    while (true) {
      JsonNode frame = socket.next();
      if ("signal".equals(frame.path("type").asString())
          && kind.equals(frame.path("kind").asString())) {
        return frame;
      }
    }
  }

  private static String connection(JsonNode presence) {
    return presence.path("payload").path("connection").asString();
  }
}
