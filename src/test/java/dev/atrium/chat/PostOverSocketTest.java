package dev.atrium.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.realtime.TestSocket;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Posting over the open socket (a {@code post} frame answered by an {@code ack}) over real
 * WebSockets: the same message, status, refusals and idempotency as {@code POST} over HTTP, and
 * nothing stored when refused.
 */
@IntegrationTest
class PostOverSocketTest {

  @LocalServerPort
  int port;

  People.Person alice;
  People.Person bob;
  UUID channel;

  @BeforeEach
  void aChannelOfAliceAndBob() {
    Api admin = People.admin(port);
    alice = People.create(port, admin, "Alice 爱丽丝");
    bob = People.create(port, admin, "Bob 鲍勃");
    channel = ChatHttpTest.channel(alice.api(), "PUBLIC");
    assertThat(bob.api().post("/api/v1/channels/" + channel + "/join", null).status())
        .isEqualTo(200);
  }

  @Test
  void aPostIsAckedWithTheStoredMessageAndDeliveredToTheOtherMembers() {
    long before = lastSeq();
    try (TestSocket alices = connected(alice);
        TestSocket bobs = connected(bob)) {
      UUID clientMessageId = UUID.randomUUID();
      alices.send(post(
          "p1",
          channel,
          Map.of("clientMessageId", clientMessageId, "body", "通过套接字发送 over the socket")));

      JsonNode ack = alices.ack("p1");
      assertThat(ack.path("status").asInt()).as(ack.toString()).isEqualTo(201);
      JsonNode message = ack.path("body");
      assertThat(message.path("seq").asLong()).isEqualTo(before + 1);
      assertThat(message.path("clientMessageId").asString()).isEqualTo(clientMessageId.toString());
      assertThat(message.path("authorId").asString()).isEqualTo(alice.id().toString());

      JsonNode event = bobs.eventsUntil(channel, before + 1).getLast();
      assertThat(event.path("event").path("kind").asString()).isEqualTo("message.posted");
      assertThat(event.path("event").path("message")).isEqualTo(message);
      assertThat(history().getLast()).isEqualTo(message);
    }
  }

  @Test
  void sendingOneClientMessageIdThreeTimesStoresOneMessage() {
    long before = lastSeq();
    UUID clientMessageId = UUID.randomUUID();
    try (TestSocket socket = connected(alice)) {
      List<JsonNode> acks = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        socket.send(post(
            "try-" + i, channel, Map.of("clientMessageId", clientMessageId, "body", "once only")));
      }
      for (int i = 0; i < 3; i++) {
        acks.add(socket.ack("try-" + i));
      }

      assertThat(acks).extracting(a -> a.path("status").asInt()).containsExactly(201, 200, 200);
      assertThat(acks)
          .extracting(a -> a.path("body").path("id").asString())
          .containsOnly(acks.getFirst().path("body").path("id").asString());
      assertThat(acks)
          .extracting(a -> a.path("body").path("seq").asLong())
          .containsOnly(before + 1);
    }
    // and a retry over HTTP finds the same message
    var retry = alice
        .api()
        .post(
            "/api/v1/channels/" + channel + "/messages",
            Map.of("clientMessageId", clientMessageId, "body", "once only"));
    assertThat(retry.status()).isEqualTo(200);
    assertThat(lastSeq()).isEqualTo(before + 1);
    assertThat(history())
        .filteredOn(m -> m.path("clientMessageId").asString().equals(clientMessageId.toString()))
        .hasSize(1);
  }

  @Test
  void refusalsAreTheHttpApisAndStoreNothing() {
    Api admin = People.admin(port);
    People.Person carol = People.create(port, admin, "Carol 卡罗尔");
    UUID secret = ChatHttpTest.channel(alice.api(), "PRIVATE");
    UUID broadcast = ChatHttpTest.channel(alice.api(), "PUBLIC");
    assertThat(bob.api().post("/api/v1/channels/" + broadcast + "/join", null).status())
        .isEqualTo(200);
    assertThat(alice
            .api()
            .patch("/api/v1/channels/" + broadcast, Map.of("postingPolicy", "ADMINS"))
            .status())
        .isEqualTo(200);
    UUID archived = ChatHttpTest.channel(alice.api(), "PUBLIC");
    assertThat(
            alice.api().post("/api/v1/channels/" + archived + "/archive", null).status())
        .isEqualTo(200);
    Map<UUID, Long> lastSeqs = new LinkedHashMap<>();
    for (UUID c : List.of(channel, secret, broadcast, archived)) {
      lastSeqs.put(
          c, alice.api().get("/api/v1/channels/" + c).body().path("lastSeq").asLong());
    }

    try (TestSocket carols = connected(carol);
        TestSocket bobs = connected(bob);
        TestSocket alices = connected(alice)) {
      assertRefused(
          carols,
          channel,
          Map.of("clientMessageId", UUID.randomUUID(), "body", "not a member"),
          403,
          "chat.not-member");
      assertRefused(
          carols,
          secret,
          Map.of("clientMessageId", UUID.randomUUID(), "body", "cannot see it"),
          404,
          "chat.channel-not-found");
      assertRefused(
          bobs,
          broadcast,
          Map.of("clientMessageId", UUID.randomUUID(), "body", "only admins post"),
          403,
          "chat.posting-restricted");
      assertRefused(
          alices,
          archived,
          Map.of("clientMessageId", UUID.randomUUID(), "body", "archived"),
          409,
          "chat.channel-archived");
      JsonNode tooLong = assertRefused(
          bobs,
          channel,
          Map.of("clientMessageId", UUID.randomUUID(), "body", "字".repeat(6_000)),
          400,
          "chat.message-too-long");
      assertThat(tooLong.path("body").path("maxBytes").asInt()).isEqualTo(16_384);
      JsonNode invalid = assertRefused(
          bobs, channel, Map.of("body", "no clientMessageId"), 400, "validation.failed");
      assertThat(invalid.path("body").path("errors").get(0).path("field").asString())
          .isEqualTo("clientMessageId");
      assertThat(invalid.path("body").path("errors").get(0).path("code").asString())
          .isEqualTo("required");
      assertRefused(
          bobs,
          channel,
          Map.of("clientMessageId", "not-a-uuid", "body", "malformed"),
          400,
          "request.malformed");
      JsonNode nul = assertRefused(
          bobs,
          channel,
          Map.of("clientMessageId", UUID.randomUUID(), "body", "a\u0000b"),
          400,
          "validation.failed");
      assertThat(nul.path("body").path("errors").get(0).path("field").asString())
          .isEqualTo("body");
      assertThat(nul.path("body").path("errors").get(0).path("code").asString())
          .isEqualTo("characters");
    }

    lastSeqs.forEach((c, seq) -> assertThat(
            alice.api().get("/api/v1/channels/" + c).body().path("lastSeq").asLong())
        .as("nothing stored in " + c)
        .isEqualTo(seq));
  }

  @Test
  void aReadOnlyTokensSocketMayNotPostAndClosesWhenTheTokenIsRevoked() {
    long before = lastSeq();
    JsonNode token = bob.api()
        .post(
            "/api/v1/me/tokens",
            Map.of("name", "reader", "scopes", List.of("read"), "expiresInDays", 1))
        .body();
    try (TestSocket socket = TestSocket.connect(
            port, Map.of("Authorization", "Bearer " + token.path("secret").asString()))
        .join()) {
      socket.resume(Map.of());
      socket.untilReady();
      assertRefused(
          socket,
          channel,
          Map.of("clientMessageId", UUID.randomUUID(), "body", "read only"),
          403,
          "auth.token-scope");
      assertThat(lastSeq()).isEqualTo(before);

      assertThat(bob.api()
              .delete("/api/v1/me/tokens/" + token.path("token").path("id").asString())
              .status())
          .isEqualTo(204);
      assertThat(socket.closeCode()).isEqualTo(4001);
    }
  }

  @Test
  void aPostWithoutARefClosesTheSocket() {
    try (TestSocket socket = connected(alice)) {
      socket.send(Map.of(
          "type",
          "post",
          "channelId",
          channel,
          "message",
          Map.of("clientMessageId", UUID.randomUUID(), "body", "no ref")));
      assertThat(socket.closeCode()).isEqualTo(1007);
    }
  }

  private JsonNode assertRefused(
      TestSocket socket, UUID channelId, Map<String, Object> message, int status, String code) {
    String ref = UUID.randomUUID().toString();
    socket.send(post(ref, channelId, message));
    JsonNode ack = socket.ack(ref);
    assertThat(ack.path("status").asInt()).as(ack.toString()).isEqualTo(status);
    assertThat(ack.path("body").path("code").asString()).as(ack.toString()).isEqualTo(code);
    assertThat(ack.path("body").path("status").asInt()).isEqualTo(status);
    return ack;
  }

  private static Map<String, Object> post(String ref, UUID channelId, Map<String, Object> message) {
    return Map.of("type", "post", "ref", ref, "channelId", channelId, "message", message);
  }

  private TestSocket connected(People.Person person) {
    TestSocket socket =
        TestSocket.connect(port, TestSocket.sessionCookie(port, person.email(), People.PASSWORD));
    socket.resume(Map.of());
    socket.untilReady();
    return socket;
  }

  private long lastSeq() {
    return alice.api().get("/api/v1/channels/" + channel).body().path("lastSeq").asLong();
  }

  private List<JsonNode> history() {
    List<JsonNode> messages = new ArrayList<>();
    alice
        .api()
        .get("/api/v1/channels/" + channel + "/messages?limit=200")
        .body()
        .forEach(messages::add);
    return messages;
  }
}
