package dev.atrium.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.realtime.TestSocket;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import dev.atrium.support.ReducerFixtures;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Settings and role changes reach every member's socket as stream entries; what a client had, the
 * entries and a fresh fetch are recorded for the web client's apply-events-equals-refetch test.
 */
@IntegrationTest
class ChannelSettingsRealtimeTest {

  @LocalServerPort
  int port;

  @Test
  void settingsAndRoleChangesArriveLiveAndApplyToTheSameStateAsAFreshFetch() {
    Api admin = People.admin(port);
    People.Person alice = People.create(port, admin, "Alice 爱丽丝");
    People.Person bob = People.create(port, admin, "Bob 鲍勃");
    // a name of its own, not a random one: the recorded fixture stays the same from run to run
    var created =
        alice.api().post("/api/v1/channels", Map.of("kind", "PUBLIC", "name", "发布 Releases"));
    assertThat(created.status()).isEqualTo(201);
    UUID channel = UUID.fromString(created.body().path("id").asString());
    String path = "/api/v1/channels/" + channel;
    bob.api().post(path + "/join", null);
    ObjectNode before = (ObjectNode) bob.api().get(path).body();
    long cursor = before.path("lastSeq").asLong();

    try (TestSocket socket =
        TestSocket.connect(port, TestSocket.sessionCookie(port, bob.email(), People.PASSWORD))) {
      socket.resume(TestSocket.withTheRestUpToDate(bob.api(), Map.of(channel, cursor)));
      assertThat(socket.untilReady()).isEmpty();

      alice
          .api()
          .patch(
              path,
              Map.of("topic", "发布周", "purpose", "Coordinate releases", "postingPolicy", "ADMINS"));
      alice.api().patch(path, Map.of("mentionPolicy", "ADMINS", "topic", ""));
      alice.api().put(path + "/members/" + bob.id() + "/role", Map.of("role", "ADMIN"));
      alice.api().post(path + "/archive", null);

      List<JsonNode> events = socket.eventsUntil(channel, cursor + 4);
      assertThat(events)
          .extracting(e -> e.path("event").path("kind").asString())
          .containsExactly(
              "channel.updated", "channel.updated", "member.updated", "channel.updated");
      assertThat(events.get(2).path("event").path("personId").asString())
          .isEqualTo(bob.id().toString());
      assertThat(events.get(2).path("event").path("role").asString()).isEqualTo("ADMIN");

      JsonNode fresh = bob.api().get(path).body();
      // web/src/features/chat/realtime/replay.test.ts applies these events to "before" with the
      // client's own reducer and compares the settings and lastSeq with this fresh fetch
      ObjectNode fixture = ReducerFixtures.fixture();
      fixture.put("myId", bob.id().toString());
      fixture.set("before", before);
      fixture.putArray("events").addAll(events);
      fixture.set("after", fresh);
      ReducerFixtures.record("chat", "settings-and-roles", fixture);
      assertThat(fresh.path("topic").isMissingNode() || fresh.path("topic").isNull())
          .isTrue();
      assertThat(fresh.path("archived").asBoolean()).isTrue();
    }
  }
}
