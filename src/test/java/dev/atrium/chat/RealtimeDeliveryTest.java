package dev.atrium.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.access.Subject;
import dev.atrium.realtime.TestSocket;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Real-time delivery over real sockets: live events in order, and catch-up after a reconnect that
 * leaves the client's view equal to a fresh fetch (apply-events-equals-refetch).
 */
@IntegrationTest
class RealtimeDeliveryTest {

  @LocalServerPort int port;
  @Autowired Messages messages;
  People.Person alice;
  People.Person bob;
  String bobsCookie;
  UUID channel;

  @BeforeEach
  void aChannelOfAliceAndBob() {
    Api admin = People.admin(port);
    alice = People.create(port, admin, "Alice 爱丽丝");
    bob = People.create(port, admin, "Bob 鲍勃");
    bobsCookie = TestSocket.sessionCookie(port, bob.email(), People.PASSWORD);
    channel = ChatHttpTest.channel(alice.api(), "PUBLIC");
    assertThat(bob.api().post("/api/v1/channels/" + channel + "/join", null).status()).isEqualTo(200);
  }

  @Test
  void aConnectedMemberReceivesEachPostInOrderWithoutGaps() {
    long cursor = lastSeq();
    try (TestSocket socket = TestSocket.connect(port, bobsCookie)) {
      socket.resume(TestSocket.withTheRestUpToDate(bob.api(), Map.of(channel, cursor)));
      assertThat(socket.untilReady()).isEmpty();

      List<String> sent = new ArrayList<>();
      for (int i = 1; i <= 5; i++) {
        sent.add(post("第 " + i + " 条"));
      }

      List<JsonNode> events = socket.eventsUntil(channel, cursor + 5);
      assertThat(events).extracting(e -> e.path("seq").asLong()).containsExactlyElementsOf(range(cursor + 1, cursor + 5));
      assertThat(events).extracting(e -> e.path("kind").asString()).containsOnly("message.posted");
      assertThat(events).extracting(e -> e.path("payload").path("body").asString())
          .containsExactly("第 1 条", "第 2 条", "第 3 条", "第 4 条", "第 5 条");
      assertThat(events).extracting(e -> e.path("payload").path("id").asString()).containsExactlyElementsOf(sent);
    }
  }

  @Test
  void replaysEverythingMissedAfterReconnect() throws Exception {
    Map<String, JsonNode> view = new TreeMap<>();
    alice.api().get("/api/v1/channels/" + channel + "/messages").body().forEach(m -> view.put(m.path("id").asString(), m));
    long cursor = lastSeq();
    List<String> early = new ArrayList<>();
    try (TestSocket socket = TestSocket.connect(port, bobsCookie)) {
      socket.resume(TestSocket.withTheRestUpToDate(bob.api(), Map.of(channel, cursor)));
      socket.untilReady();
      for (int i = 0; i < 5; i++) {
        early.add(post("before the tunnel " + i));
      }
      for (JsonNode event : socket.eventsUntil(channel, cursor + 5)) {
        apply(view, event);
        cursor = event.path("seq").asLong();
      }
    }

    // Bob is offline (a train tunnel): Alice posts 100 messages, edits and deletes some, old and new
    List<String> missed = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      missed.add(post("in the tunnel " + i));
    }
    for (int i = 0; i < 100; i += 10) {
      assertThat(alice.api().patch("/api/v1/messages/" + missed.get(i), Map.of("body", "edited " + i)).status()).isEqualTo(200);
    }
    for (int i = 5; i < 100; i += 20) {
      assertThat(alice.api().delete("/api/v1/messages/" + missed.get(i)).status()).isEqualTo(204);
    }
    alice.api().patch("/api/v1/messages/" + early.get(1), Map.of("body", "edited while Bob was away"));
    alice.api().delete("/api/v1/messages/" + early.get(2));
    long beforeFeatures = lastSeq();
    assertThat(beforeFeatures - cursor).isEqualTo(100 + 10 + 5 + 2);

    // reactions come and go, threads grow (one reply also sent to the channel), a quoted message is deleted
    String thumbs = "%F0%9F%91%8D";
    alice.api().put("/api/v1/messages/" + missed.get(1) + "/reactions/" + thumbs, null);
    alice.api().put("/api/v1/messages/" + early.get(0) + "/reactions/" + thumbs, null);
    alice.api().put("/api/v1/messages/" + missed.get(1) + "/reactions/%F0%9F%8E%89", null);
    alice.api().delete("/api/v1/messages/" + missed.get(1) + "/reactions/" + thumbs);
    String reply = reply(early.get(3), "in a thread", false);
    reply(early.get(3), "also in the channel", true);
    reply(missed.get(2), "another thread", false);
    alice.api().put("/api/v1/messages/" + reply + "/reactions/" + thumbs, null);
    reply(early.get(3), "third reply", false);
    alice.api().put("/api/v1/messages/" + early.get(3) + "/pin", null);
    var quoting = alice.api().post("/api/v1/channels/" + channel + "/messages",
        Map.of("clientMessageId", UUID.randomUUID(), "body", "quoting", "quotedMessageId", missed.get(3)));
    assertThat(quoting.status()).isEqualTo(201);
    alice.api().delete("/api/v1/messages/" + missed.get(3));
    long last = lastSeq();
    assertThat(last - beforeFeatures).isEqualTo(4 + 3 + 1 + 1 + 1 + 1 + 1);

    try (TestSocket socket = TestSocket.connect(port, bobsCookie)) {
      socket.resume(TestSocket.withTheRestUpToDate(bob.api(), Map.of(channel, cursor)));
      List<JsonNode> replayed = socket.untilReady();

      assertThat(replayed).extracting(e -> e.path("type").asString()).containsOnly("event");
      assertThat(replayed).extracting(e -> e.path("seq").asLong()).containsExactlyElementsOf(range(cursor + 1, last));
      replayed.forEach(event -> apply(view, event));
      Map<String, JsonNode> fetched = new TreeMap<>();
      alice.api().get("/api/v1/channels/" + channel + "/messages?limit=200").body().forEach(m -> fetched.put(m.path("id").asString(), m));
      assertThat(view).isEqualTo(fetched);
      assertThat(socket.quiet(Duration.ofMillis(300))).as("nothing more after ready").isTrue();
    }
  }

  @Test
  void postsDuringCatchUpArriveOnceAndInOrder() throws Exception {
    long cursor = lastSeq();
    for (int i = 0; i < 200; i++) {
      post("backlog " + i);
    }
    try (var writer = Executors.newVirtualThreadPerTaskExecutor(); TestSocket socket = TestSocket.connect(port, bobsCookie)) {
      CompletableFuture<Void> live = CompletableFuture.runAsync(() -> {
        for (int i = 0; i < 100; i++) {
          post("live " + i);
        }
      }, writer);
      socket.resume(TestSocket.withTheRestUpToDate(bob.api(), Map.of(channel, cursor)));
      live.join();
      long last = lastSeq();

      List<Long> received = new ArrayList<>();
      boolean ready = false;
      while (!ready || received.isEmpty() || received.getLast() < last) {
        JsonNode frame = socket.next();
        if (frame.path("type").asString().equals("ready")) {
          ready = true;
        } else if (frame.path("channelId").asString().equals(channel.toString())) {
          received.add(frame.path("seq").asLong());
        }
      }
      assertThat(received).containsExactlyElementsOf(range(cursor + 1, last));
      assertThat(socket.quiet(Duration.ofMillis(300))).as("no duplicates after the last").isTrue();
    }
  }

  @Test
  void aCursorMoreThanAThousandBehindGetsAReset() {
    long cursor = lastSeq();
    Subject asAlice = new Subject(alice.id(), false);
    for (int i = 0; i <= 1_000; i++) {
      messages.post(asAlice, channel, new PostMessage(UUID.randomUUID(), "flood " + i));
    }
    try (TestSocket socket = TestSocket.connect(port, bobsCookie)) {
      socket.resume(TestSocket.withTheRestUpToDate(bob.api(), Map.of(channel, cursor)));
      List<JsonNode> frames = socket.untilReady();
      assertThat(frames).hasSize(1);
      assertThat(frames.get(0).path("type").asString()).isEqualTo("reset");
      assertThat(frames.get(0).path("channelId").asString()).isEqualTo(channel.toString());
    }
    try (TestSocket socket = TestSocket.connect(port, bobsCookie)) {
      socket.resume(TestSocket.withTheRestUpToDate(bob.api(), Map.of(channel, cursor + 1)));
      assertThat(socket.untilReady()).hasSize(1_000);
    }
  }

  @Test
  void whoeverLeavesHearsItOnceAndNothingAfter() throws Exception {
    long cursor = lastSeq();
    try (TestSocket socket = TestSocket.connect(port, bobsCookie)) {
      socket.resume(TestSocket.withTheRestUpToDate(bob.api(), Map.of(channel, cursor)));
      socket.untilReady();
      assertThat(bob.api().post("/api/v1/channels/" + channel + "/leave", null).status()).isEqualTo(204);

      JsonNode left = socket.next();
      assertThat(left.path("kind").asString()).isEqualTo("member.left");
      assertThat(left.path("seq").asLong()).isEqualTo(cursor + 1);
      assertThat(left.path("payload").path("personId").asString()).isEqualTo(bob.id().toString());
      post("after Bob left");
      assertThat(socket.quiet(Duration.ofMillis(500))).as("a former member gets no more of the channel").isTrue();
    }
  }

  @Test
  void aChannelWithoutACursorGetsAReset() {
    try (TestSocket socket = TestSocket.connect(port, bobsCookie)) {
      socket.resume(Map.of());
      assertThat(socket.untilReady()).extracting(f -> f.path("type").asString() + " " + f.path("channelId").asString())
          .contains("reset " + channel);
    }
  }

  /**
   * Zulip's rule for a client: a message.* entry carries the message as it now is; replace it by id
   * when it is in the main history (a root, or a reply also sent to the channel). Besides, a posted
   * reply counts on its root, and a deleted message's quotes show it deleted (docs/realtime.md).
   */
  static void apply(Map<String, JsonNode> view, JsonNode event) {
    String kind = event.path("kind").asString();
    if (!kind.startsWith("message.")) {
      return;
    }
    JsonNode message = event.path("payload");
    String rootId = message.path("threadRootId").asString(null);
    if (rootId == null || message.path("alsoInChannel").asBoolean()) {
      view.put(message.path("id").asString(), message);
    }
    if (kind.equals("message.posted") && rootId != null && view.containsKey(rootId)) {
      ObjectNode root = (ObjectNode) view.get(rootId).deepCopy();
      JsonNode thread = root.path("thread");
      ObjectNode counted = root.putObject("thread");
      counted.put("replyCount", thread.path("replyCount").asInt(0) + 1);
      String last = thread.path("lastReplyAt").asString(null);
      String at = message.path("createdAt").asString();
      counted.put("lastReplyAt", last != null && java.time.Instant.parse(last).isAfter(java.time.Instant.parse(at)) ? last : at);
      ArrayNode participants = counted.putArray("participants");
      thread.path("participants").forEach(participants::add);
      if (!thread.path("participants").valueStream().anyMatch(p -> p.equals(message.path("authorId")))) {
        participants.add(message.path("authorId"));
      }
      view.put(rootId, root);
    }
    if (kind.equals("message.deleted")) {
      String deleted = message.path("id").asString();
      view.replaceAll((id, m) -> {
        if (!m.path("quote").path("messageId").asString("").equals(deleted)) {
          return m;
        }
        ObjectNode copy = (ObjectNode) m.deepCopy();
        ((ObjectNode) copy.path("quote")).put("excerpt", "").put("deleted", true);
        return copy;
      });
    }
  }

  private String reply(String rootId, String body, boolean alsoToChannel) {
    var answer = bob.api().post("/api/v1/channels/" + channel + "/messages",
        Map.of("clientMessageId", UUID.randomUUID(), "body", body, "threadRootId", rootId, "alsoSendToChannel", alsoToChannel));
    assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
    return answer.body().path("id").asString();
  }

  private String post(String body) {
    var answer = alice.api().post("/api/v1/channels/" + channel + "/messages", Map.of("clientMessageId", UUID.randomUUID(), "body", body));
    assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
    return answer.body().path("id").asString();
  }

  private long lastSeq() {
    return bob.api().get("/api/v1/channels/" + channel).body().path("lastSeq").asLong();
  }

  private static List<Long> range(long from, long to) {
    return LongStream.rangeClosed(from, to).boxed().toList();
  }
}
