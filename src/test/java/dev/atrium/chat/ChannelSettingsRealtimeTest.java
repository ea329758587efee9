package dev.atrium.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.realtime.TestSocket;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Settings and role changes reach every member's socket as stream entries, and applying them to
 * what a client had equals a fresh fetch (apply-events-equals-refetch).
 */
@IntegrationTest
class ChannelSettingsRealtimeTest {

  private static final List<String> SETTINGS = List.of("name", "topic", "purpose", "archived", "postingPolicy", "mentionPolicy");

  @LocalServerPort int port;

  @Test
  void settingsAndRoleChangesArriveLiveAndApplyToTheSameStateAsAFreshFetch() {
    Api admin = People.admin(port);
    People.Person alice = People.create(port, admin, "Alice 爱丽丝");
    People.Person bob = People.create(port, admin, "Bob 鲍勃");
    UUID channel = ChatHttpTest.channel(alice.api(), "PUBLIC");
    String path = "/api/v1/channels/" + channel;
    bob.api().post(path + "/join", null);
    ObjectNode before = (ObjectNode) bob.api().get(path).body();
    long cursor = before.path("lastSeq").asLong();

    try (TestSocket socket = TestSocket.connect(port, TestSocket.sessionCookie(port, bob.email(), People.PASSWORD))) {
      socket.resume(TestSocket.withTheRestUpToDate(bob.api(), Map.of(channel, cursor)));
      assertThat(socket.untilReady()).isEmpty();

      alice.api().patch(path, Map.of("topic", "发布周", "purpose", "Coordinate releases", "postingPolicy", "ADMINS"));
      alice.api().patch(path, Map.of("mentionPolicy", "ADMINS", "topic", ""));
      alice.api().put(path + "/members/" + bob.id() + "/role", Map.of("role", "ADMIN"));
      alice.api().post(path + "/archive", null);

      List<JsonNode> events = socket.eventsUntil(channel, cursor + 4);
      assertThat(events).extracting(e -> e.path("kind").asString())
          .containsExactly("channel.updated", "channel.updated", "member.updated", "channel.updated");
      assertThat(events.get(2).path("payload").path("personId").asString()).isEqualTo(bob.id().toString());
      assertThat(events.get(2).path("payload").path("role").asString()).isEqualTo("ADMIN");

      ObjectNode applied = before.deepCopy();
      for (JsonNode event : events) {
        if (event.path("kind").asString().equals("channel.updated")) {
          for (String field : SETTINGS) {
            JsonNode value = event.path("payload").path(field);
            if (value.isMissingNode() || value.isNull()) {
              applied.remove(field);
            } else {
              applied.set(field, value);
            }
          }
        }
        applied.put("lastSeq", event.path("seq").asLong());
      }
      JsonNode fresh = bob.api().get(path).body();
      for (String field : SETTINGS) {
        assertThat(applied.path(field)).as(field).isEqualTo(fresh.path(field));
      }
      assertThat(applied.path("lastSeq").asLong()).isEqualTo(fresh.path("lastSeq").asLong());
      assertThat(fresh.path("topic").isMissingNode() || fresh.path("topic").isNull()).isTrue();
      assertThat(fresh.path("archived").asBoolean()).isTrue();
    }
  }
}
