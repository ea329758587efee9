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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A DING reaches its recipient's open sockets at once and nobody else's (not a fellow member who was
 * not dinged, not an outsider); acknowledging it closes it on the recipient's other sockets and
 * tells the author.
 */
@IntegrationTest
class DingOverSocketTest {

  @LocalServerPort
  int port;

  @Autowired
  ChatAlerts alerts;

  @Test
  void theRecipientsSocketsHearTheDingAndNoOneElsesDo() {
    Api admin = People.admin(port);
    People.Person alice = People.create(port, admin, "Alice 爱丽丝");
    People.Person bob = People.create(port, admin, "Bob 鲍勃");
    People.Person carol = People.create(port, admin, "Carol 卡罗尔");
    People.Person outsider = People.create(port, admin, "Eve 伊芙");
    UUID channel = ChatHttpTest.channel(alice.api(), "PRIVATE");
    for (People.Person member : List.of(bob, carol)) {
      alice.api().post("/api/v1/channels/" + channel + "/members", Map.of("personId", member.id()));
    }
    JsonNode message = MessageFeaturesHttpTest.post(alice.api(), channel, "机房报警 alarm", Map.of());

    String bobsLaptop = TestSocket.sessionCookie(port, bob.email(), People.PASSWORD);
    String bobsPhone = TestSocket.sessionCookie(port, bob.email(), People.PASSWORD);
    try (TestSocket laptop = ready(TestSocket.connect(port, bobsLaptop));
        TestSocket phone = ready(TestSocket.connect(port, bobsPhone));
        TestSocket author = ready(TestSocket.connect(
            port, TestSocket.sessionCookie(port, alice.email(), People.PASSWORD)));
        TestSocket member = ready(TestSocket.connect(
            port, TestSocket.sessionCookie(port, carol.email(), People.PASSWORD)));
        TestSocket stranger = ready(TestSocket.connect(
            port, TestSocket.sessionCookie(port, outsider.email(), People.PASSWORD)))) {
      var sent = alice
          .api()
          .post(
              "/api/v1/channels/" + channel + "/messages/" + message.path("seq").asLong() + "/ding",
              Map.of("people", List.of(bob.id())));
      assertThat(sent.status()).isEqualTo(201);
      String id = sent.body().path("id").asString();

      for (TestSocket socket : List.of(laptop, phone)) {
        JsonNode ding = signal(socket, "chat.ding").path("payload");
        assertThat(ding.path("id").asString()).isEqualTo(id);
        assertThat(ding.path("title").asString()).isEqualTo("机房报警 alarm");
        assertThat(ding.path("author").path("name").asString()).isEqualTo("Alice 爱丽丝");
      }
      // a DING sent after bob's to everyone else: the first each of them hears must be this one
      UUID sentinel = alerts.ding(
          bob.id(),
          List.of(alice.id(), carol.id(), outsider.id()),
          "哨兵 sentinel",
          "/announcements/" + UUID.randomUUID());
      for (TestSocket socket : List.of(member, stranger, author)) {
        assertThat(signal(socket, "chat.ding").path("payload").path("id").asString())
            .as("nobody else hears of bob's DING")
            .isEqualTo(sentinel.toString());
      }

      bob.api().post("/api/v1/dings/" + id + "/acknowledge", null);
      for (TestSocket socket : List.of(phone, author)) {
        JsonNode done = signal(socket, "chat.ding.acknowledged").path("payload");
        assertThat(done.path("dingId").asString()).isEqualTo(id);
        assertThat(done.path("personId").asString()).isEqualTo(bob.id().toString());
      }
      for (People.Person person : List.of(carol, outsider)) {
        person.api().post("/api/v1/dings/" + sentinel + "/acknowledge", null);
      }
      assertThat(signal(member, "chat.ding.acknowledged")
              .path("payload")
              .path("dingId")
              .asString())
          .isEqualTo(sentinel.toString());
      assertThat(signal(stranger, "chat.ding.acknowledged")
              .path("payload")
              .path("dingId")
              .asString())
          .isEqualTo(sentinel.toString());
    }
  }

  @Test
  void aClientThatAppliesTheSignalsHasWhatAFreshFetchShows() {
    Api admin = People.admin(port);
    People.Person alice = People.create(port, admin, "Alice 爱丽丝");
    People.Person bob = People.create(port, admin, "Bob 鲍勃");
    UUID channel = ChatHttpTest.channel(alice.api(), "PRIVATE");
    alice.api().post("/api/v1/channels/" + channel + "/members", Map.of("personId", bob.id()));
    JsonNode message =
        MessageFeaturesHttpTest.post(alice.api(), channel, "请看 <@" + bob.id() + ">", Map.of());
    UUID earlier = alerts.ding(
        alice.id(), List.of(bob.id()), "紧急：今晚停电", "/announcements/" + UUID.randomUUID());
    JsonNode before = bob.api().get("/api/v1/dings").body();

    try (TestSocket socket = ready(
        TestSocket.connect(port, TestSocket.sessionCookie(port, bob.email(), People.PASSWORD)))) {
      alice
          .api()
          .post(
              "/api/v1/channels/" + channel + "/messages/" + message.path("seq").asLong() + "/ding",
              Map.of("people", List.of(bob.id())));
      JsonNode ding = signal(socket, "chat.ding");
      // acknowledged on another device
      bob.api().post("/api/v1/dings/" + earlier + "/acknowledge", null);
      JsonNode acknowledged = signal(socket, "chat.ding.acknowledged");
      JsonNode after = bob.api().get("/api/v1/dings").body();
      assertThat(after.size()).isEqualTo(1);

      // web/src/features/chat/realtime/dings-replay.test.ts applies these signals to "before" with
      // the client's own functions and compares with this fresh fetch
      ObjectNode fixture = ReducerFixtures.fixture();
      fixture.put("myId", bob.id().toString());
      fixture.set("before", before);
      fixture.putArray("signals").add(ding).add(acknowledged);
      fixture.set("after", after);
      ReducerFixtures.record("chat", "dings-waiting-and-acknowledged", sameColours(fixture));
    }
  }

  /**
   * An avatar's colour follows the person's random id, so it is one fixed value in the fixture; the
   * same person has the same colour wherever they appear, so nothing the replay compares is lost.
   */
  private static ObjectNode sameColours(ObjectNode fixture) {
    fixture
        .findParents("avatarColor")
        .forEach(parent -> ((ObjectNode) parent).put("avatarColor", "#avatar"));
    return fixture;
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
}
