package dev.atrium.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.realtime.TestSocket;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Presence follows what the caller may see of the people: a guest learns whether someone is online
 * or in do not disturb (and until when) only for themselves and the people they share a channel
 * with; everyone else is left out of the answer and of the socket's watch.
 */
@IntegrationTest
class PresenceVisibilityTest {

  @LocalServerPort
  int port;

  People.Person alice;
  People.Person stranger;
  People.Person guest;

  @BeforeEach
  void people() {
    Api admin = People.admin(port);
    alice = People.create(port, admin, "Alice 爱丽丝");
    stranger = People.create(port, admin, "Stranger 陌生人");
    guest = People.createGuest(port, admin, "Guest 访客");
    UUID shared = ChatHttpTest.channel(alice.api(), "PRIVATE");
    assertThat(alice
            .api()
            .post("/api/v1/channels/" + shared + "/members", Map.of("personId", guest.id()))
            .status())
        .isEqualTo(200);
    Instant until = Instant.now().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    for (People.Person person : List.of(alice, stranger)) {
      assertThat(person
              .api()
              .put("/api/v1/presence/dnd", Map.of("until", until.toString()))
              .status())
          .isEqualTo(200);
    }
  }

  @Test
  void aGuestAsksAboutEveryoneAndHearsOnlyAboutThemselvesAndTheirChannelsMembers() {
    JsonNode answer = guest
        .api()
        .get("/api/v1/presence?ids=" + alice.id() + "," + stranger.id() + "," + guest.id())
        .body();

    assertThat(answer.findValuesAsString("personId"))
        .containsExactlyInAnyOrder(alice.id().toString(), guest.id().toString());
    assertThat(answer.findValuesAsString("dndUntil")).hasSize(1);
  }

  @Test
  void aMemberOfTheCompanySeesEveryonesPresence() {
    JsonNode answer = alice
        .api()
        .get("/api/v1/presence?ids=" + stranger.id() + "," + guest.id())
        .body();

    assertThat(answer.findValuesAsString("personId"))
        .containsExactlyInAnyOrder(stranger.id().toString(), guest.id().toString());
    assertThat(answer.get(0).path("dnd").asBoolean()).isTrue();
  }

  @Test
  void aGuestsSocketWatchingEveryoneHearsOnlyAboutThePeopleTheyMaySee()
      throws InterruptedException {
    String cookie = TestSocket.sessionCookie(port, guest.email(), People.PASSWORD);
    try (TestSocket socket = TestSocket.connect(port, cookie)) {
      socket.resume(Map.of());
      socket.untilReady();
      socket.send(Map.of("type", "watch", "people", List.of(stranger.id(), alice.id())));

      assertThat(presence(socket).path("personId").asString())
          .isEqualTo(alice.id().toString());
      stranger.api().delete("/api/v1/presence/dnd");
      alice.api().delete("/api/v1/presence/dnd");
      JsonNode heard = presence(socket);
      assertThat(heard.path("personId").asString()).isEqualTo(alice.id().toString());
      assertThat(heard.path("dnd").asBoolean()).isFalse();
      assertThat(socket.quiet(Duration.ofMillis(500)))
          .as("nothing about the stranger")
          .isTrue();
    }
  }

  /** The payload of the next presence signal. */
  private static JsonNode presence(TestSocket socket) {
    while (true) {
      JsonNode frame = socket.next();
      if ("signal".equals(frame.path("type").asString())
          && "presence".equals(frame.path("kind").asString())) {
        return frame.path("payload");
      }
    }
  }
}
