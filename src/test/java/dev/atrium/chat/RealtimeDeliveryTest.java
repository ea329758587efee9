package dev.atrium.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.access.Subject;
import dev.atrium.realtime.TestSocket;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import dev.atrium.support.ReducerFixtures;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * records what a client received and a fresh fetch for the web client's apply-events-equals-refetch
 * test (web/src/features/chat/realtime/replay.test.ts).
 */
@IntegrationTest
class RealtimeDeliveryTest {

  @LocalServerPort
  int port;

  @Autowired
  Messages messages;

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
    assertThat(bob.api().post("/api/v1/channels/" + channel + "/join", null).status())
        .isEqualTo(200);
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
      assertThat(events)
          .extracting(e -> e.path("seq").asLong())
          .containsExactlyElementsOf(range(cursor + 1, cursor + 5));
      assertThat(events)
          .extracting(e -> e.path("event").path("kind").asString())
          .containsOnly("message.posted");
      assertThat(events)
          .extracting(e -> e.path("event").path("message").path("body").asString())
          .containsExactly("第 1 条", "第 2 条", "第 3 条", "第 4 条", "第 5 条");
      assertThat(events)
          .extracting(e -> e.path("event").path("message").path("id").asString())
          .containsExactlyElementsOf(sent);
    }
  }

  @Test
  void replaysEverythingMissedAfterReconnect() throws Exception {
    ObjectNode fixture = ReducerFixtures.fixture();
    fixture.set(
        "before", bob.api().get("/api/v1/channels/" + channel + "/messages").body());
    ArrayNode received = fixture.putArray("events");
    long cursor = lastSeq();
    List<String> early = new ArrayList<>();
    try (TestSocket socket = TestSocket.connect(port, bobsCookie)) {
      socket.resume(TestSocket.withTheRestUpToDate(bob.api(), Map.of(channel, cursor)));
      socket.untilReady();
      for (int i = 0; i < 5; i++) {
        early.add(post("before the tunnel " + i));
      }
      for (JsonNode event : socket.eventsUntil(channel, cursor + 5)) {
        received.add(event);
        cursor = event.path("seq").asLong();
      }
    }

    // Bob is offline (a train tunnel): Alice posts 100 messages, edits and deletes some, old and
    // new
    List<String> missed = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      missed.add(post("in the tunnel " + i));
    }
    for (int i = 0; i < 100; i += 10) {
      assertThat(alice
              .api()
              .patch("/api/v1/messages/" + missed.get(i), Map.of("body", "edited " + i))
              .status())
          .isEqualTo(200);
    }
    for (int i = 5; i < 100; i += 20) {
      assertThat(alice.api().delete("/api/v1/messages/" + missed.get(i)).status())
          .isEqualTo(204);
    }
    alice
        .api()
        .patch("/api/v1/messages/" + early.get(1), Map.of("body", "edited while Bob was away"));
    alice.api().delete("/api/v1/messages/" + early.get(2));
    long beforeFeatures = lastSeq();
    assertThat(beforeFeatures - cursor).isEqualTo(100 + 10 + 5 + 2);

    // reactions come and go, threads grow (one reply also sent to the channel), a quoted message is
    // deleted
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
    var quoting = alice
        .api()
        .post(
            "/api/v1/channels/" + channel + "/messages",
            Map.of(
                "clientMessageId",
                UUID.randomUUID(),
                "body",
                "quoting",
                "quotedMessageId",
                missed.get(3)));
    assertThat(quoting.status()).isEqualTo(201);
    alice.api().delete("/api/v1/messages/" + missed.get(3));
    long last = lastSeq();
    assertThat(last - beforeFeatures).isEqualTo(4 + 3 + 1 + 1 + 1 + 1 + 1);

    try (TestSocket socket = TestSocket.connect(port, bobsCookie)) {
      socket.resume(TestSocket.withTheRestUpToDate(bob.api(), Map.of(channel, cursor)));
      List<JsonNode> replayed = socket.untilReady();

      assertThat(replayed).extracting(e -> e.path("type").asString()).containsOnly("event");
      assertThat(replayed)
          .extracting(e -> e.path("seq").asLong())
          .containsExactlyElementsOf(range(cursor + 1, last));
      replayed.forEach(received::add);
      assertThat(socket.quiet(Duration.ofMillis(300)))
          .as("nothing more after ready")
          .isTrue();
      // web/src/features/chat/realtime/replay.test.ts applies these events to "before" with the
      // client's own reducer and compares with this fresh fetch
      fixture.set(
          "after",
          bob.api().get("/api/v1/channels/" + channel + "/messages?limit=200").body());
      ReducerFixtures.record("chat", "catch-up-after-a-tunnel", fixture);
    }
  }

  @Test
  void postsDuringCatchUpArriveOnceAndInOrder() throws Exception {
    long cursor = lastSeq();
    for (int i = 0; i < 200; i++) {
      post("backlog " + i);
    }
    try (var writer = Executors.newVirtualThreadPerTaskExecutor();
        TestSocket socket = TestSocket.connect(port, bobsCookie)) {
      CompletableFuture<Void> live = CompletableFuture.runAsync(
          () -> {
            for (int i = 0; i < 100; i++) {
              post("live " + i);
            }
          },
          writer);
      socket.resume(TestSocket.withTheRestUpToDate(bob.api(), Map.of(channel, cursor)));
      live.join();
      long last = lastSeq();

      List<Long> received = new ArrayList<>();
      boolean ready = false;
      while (!ready || received.isEmpty() || received.getLast() < last) {
        JsonNode frame = socket.next();
        if (frame.path("type").asString().equals("ready")) {
          ready = true;
        } else if (frame.path("resourceId").asString().equals(channel.toString())) {
          received.add(frame.path("seq").asLong());
        }
      }
      assertThat(received).containsExactlyElementsOf(range(cursor + 1, last));
      assertThat(socket.quiet(Duration.ofMillis(300)))
          .as("no duplicates after the last")
          .isTrue();
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
      assertThat(frames.get(0).path("resourceId").asString()).isEqualTo(channel.toString());
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
      assertThat(bob.api().post("/api/v1/channels/" + channel + "/leave", null).status())
          .isEqualTo(204);

      JsonNode left = socket.next();
      assertThat(left.path("event").path("kind").asString()).isEqualTo("member.left");
      assertThat(left.path("seq").asLong()).isEqualTo(cursor + 1);
      assertThat(left.path("event").path("personId").asString())
          .isEqualTo(bob.id().toString());
      post("after Bob left");
      assertThat(socket.quiet(Duration.ofMillis(500)))
          .as("a former member gets no more of the channel")
          .isTrue();
    }
  }

  @Test
  void aChannelWithoutACursorGetsAReset() {
    try (TestSocket socket = TestSocket.connect(port, bobsCookie)) {
      socket.resume(Map.of());
      assertThat(socket.untilReady())
          .extracting(
              f -> f.path("type").asString() + " " + f.path("resourceId").asString())
          .contains("reset " + channel);
    }
  }

  private String reply(String rootId, String body, boolean alsoToChannel) {
    var answer = bob.api()
        .post(
            "/api/v1/channels/" + channel + "/messages",
            Map.of(
                "clientMessageId",
                UUID.randomUUID(),
                "body",
                body,
                "threadRootId",
                rootId,
                "alsoSendToChannel",
                alsoToChannel));
    assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
    return answer.body().path("id").asString();
  }

  private String post(String body) {
    var answer = alice
        .api()
        .post(
            "/api/v1/channels/" + channel + "/messages",
            Map.of("clientMessageId", UUID.randomUUID(), "body", body));
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
