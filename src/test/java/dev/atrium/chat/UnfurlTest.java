package dev.atrium.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Links to Atrium objects become cards only for people who may see what they point to. */
@IntegrationTest
class UnfurlTest {

  @LocalServerPort
  int port;

  @Test
  void aMessageLinkUnfurlsForMembersAndStaysALinkForOthers() {
    Api admin = People.admin(port);
    var alice = People.create(port, admin, "Alice 爱丽丝");
    var bob = People.create(port, admin, "Bob 鲍勃");
    String name = "机密-" + UUID.randomUUID().toString().substring(0, 6);
    UUID secret = UUID.fromString(alice
        .api()
        .post("/api/v1/channels", Map.of("kind", "PRIVATE", "name", name))
        .body()
        .path("id")
        .asString());
    long seq = alice
        .api()
        .post(
            "/api/v1/channels/" + secret + "/messages",
            Map.of("clientMessageId", UUID.randomUUID(), "body", "下季度的预算是 **保密** 的"))
        .body()
        .path("seq")
        .asLong();
    String open = "公开-" + UUID.randomUUID().toString().substring(0, 6);
    UUID lobby = UUID.fromString(alice
        .api()
        .post("/api/v1/channels", Map.of("kind", "PUBLIC", "name", open, "topic", "大家好"))
        .body()
        .path("id")
        .asString());
    String origin = "http://localhost:" + port;
    List<String> urls = List.of(
        origin + "/messages/" + secret + "/" + seq,
        origin + "/messages/" + secret,
        origin + "/messages/" + lobby,
        origin + "/directory/people/" + alice.id(),
        "https://example.com/messages/" + lobby + "/x");

    JsonNode mine =
        alice.api().post("/api/v1/unfurl", Map.of("urls", urls)).body().path("cards");
    JsonNode theirs =
        bob.api().post("/api/v1/unfurl", Map.of("urls", urls)).body().path("cards");

    assertThat(mine).as(mine.toString()).hasSize(4);
    JsonNode message = mine.get(0);
    assertThat(message.path("kind").asString()).isEqualTo("message");
    assertThat(message.path("channel").path("name").asString()).isEqualTo(name);
    assertThat(message.path("message").path("authorName").asString()).isEqualTo("Alice 爱丽丝");
    assertThat(message.path("message").path("excerpt").asString()).contains("预算");
    assertThat(mine.get(1).path("kind").asString()).isEqualTo("channel");

    assertThat(theirs).hasSize(2);
    assertThat(theirs.toString()).doesNotContain(name).doesNotContain("预算");
    assertThat(theirs.get(0).path("channel").path("name").asString()).isEqualTo(open);
    assertThat(theirs.get(0).path("channel").path("topic").asString()).isEqualTo("大家好");
    assertThat(theirs.get(1).path("person").path("name").asString()).isEqualTo("Alice 爱丽丝");

    var guest = People.createGuest(port, admin, "访客");
    var guests = guest.api().post("/api/v1/unfurl", Map.of("urls", urls));
    assertThat(guests.status()).isEqualTo(200);
    assertThat(guests.body().path("cards")).isEmpty();
  }
}
