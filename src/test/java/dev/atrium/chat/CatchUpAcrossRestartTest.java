package dev.atrium.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.Atrium;
import dev.atrium.TestAccounts;
import dev.atrium.realtime.TestSocket;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import dev.atrium.support.ReducerFixtures;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The server restarts under a connected client: the client's socket closes, and when it
 * reconnects to the new process with its old session and cursor it gets exactly what it missed.
 */
class CatchUpAcrossRestartTest {

  private final String dataDir = "target/test-data/catch-up-restart-" + UUID.randomUUID();
  private final int port = freePort();

  @Test
  void aClientCatchesUpAloneAfterTheServerRestarts() {
    People.Person alice;
    People.Person bob;
    String bobsCookie;
    UUID channel;
    long cursor;
    ObjectNode fixture = ReducerFixtures.fixture();
    ArrayNode received = fixture.putArray("events");
    List<String> before = new ArrayList<>();
    TestSocket bobsSocket;
    try (var first = start()) {
      Api admin = People.admin(port);
      alice = People.create(port, admin, "Alice 爱丽丝");
      bob = People.create(port, admin, "Bob 鲍勃");
      bobsCookie = TestSocket.sessionCookie(port, bob.email(), People.PASSWORD);
      channel = ChatHttpTest.channel(alice.api(), "PUBLIC");
      assertThat(bob.api().post("/api/v1/channels/" + channel + "/join", null).status())
          .isEqualTo(200);
      cursor = lastSeq(alice.api(), channel);
      fixture.set(
          "before", bob.api().get("/api/v1/channels/" + channel + "/messages").body());

      bobsSocket = TestSocket.connect(port, bobsCookie);
      bobsSocket.resume(TestSocket.withTheRestUpToDate(bob.api(), Map.of(channel, cursor)));
      bobsSocket.untilReady();
      for (int i = 0; i < 3; i++) {
        before.add(post(alice.api(), channel, "重启前 " + i));
      }
      for (JsonNode event : bobsSocket.eventsUntil(channel, cursor + 3)) {
        received.add(event);
        cursor = event.path("seq").asLong();
      }
    }
    assertThat(bobsSocket.closeCode())
        .as("the stopping server closes the socket, so the client reconnects")
        .isPositive();

    try (var second = start()) {
      List<String> missed = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        missed.add(post(alice.api(), channel, "重启后 " + i));
      }
      for (int i = 0; i < 50; i += 10) {
        assertThat(alice
                .api()
                .patch("/api/v1/messages/" + missed.get(i), Map.of("body", "edited " + i))
                .status())
            .isEqualTo(200);
      }
      assertThat(alice.api().delete("/api/v1/messages/" + missed.get(7)).status())
          .isEqualTo(204);
      assertThat(alice.api().delete("/api/v1/messages/" + before.get(1)).status())
          .isEqualTo(204);
      long last = lastSeq(alice.api(), channel);
      assertThat(last - cursor).isEqualTo(50 + 5 + 2);

      try (TestSocket socket = TestSocket.connect(port, bobsCookie)) {
        socket.resume(TestSocket.withTheRestUpToDate(bob.api(), Map.of(channel, cursor)));
        List<JsonNode> replayed = socket.untilReady();

        assertThat(replayed)
            .extracting(e -> e.path("seq").asLong())
            .containsExactlyElementsOf(
                LongStream.rangeClosed(cursor + 1, last).boxed().toList());
        replayed.forEach(received::add);
        // web/src/features/chat/realtime/replay.test.ts applies the events to "before" with the
        // client's own reducer and compares with this fresh fetch
        fixture.set(
            "after",
            alice
                .api()
                .get("/api/v1/channels/" + channel + "/messages?limit=200")
                .body());
        ReducerFixtures.record("chat", "catch-up-across-a-restart", fixture);
      }
    }
  }

  private ConfigurableApplicationContext start() {
    return new SpringApplicationBuilder(Atrium.class)
        .run(
            "--atrium.data-dir=" + dataDir,
            "--server.port=" + port,
            "--atrium.bootstrap.admin-email=" + TestAccounts.ADMIN_EMAIL,
            "--atrium.bootstrap.admin-password=" + TestAccounts.ADMIN_PASSWORD,
            "--atrium.bootstrap.admin-password-change-required=false",
            "--atrium.auth.argon2-memory-kib=1024",
            "--atrium.auth.argon2-iterations=1",
            "--atrium.limits.address-burst=10000",
            "--atrium.limits.person-burst=10000");
  }

  private static String post(Api api, UUID channel, String body) {
    var answer = api.post(
        "/api/v1/channels/" + channel + "/messages",
        Map.of("clientMessageId", UUID.randomUUID(), "body", body));
    assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
    return answer.body().path("id").asString();
  }

  private static long lastSeq(Api api, UUID channel) {
    return api.get("/api/v1/channels/" + channel).body().path("lastSeq").asLong();
  }

  private static int freePort() {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
