package dev.atrium.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Staying on top over HTTP: mark as unread, paging around a position, read receipts, stars, presence. */
@IntegrationTest
class StayOnTopHttpTest {

  @LocalServerPort
  int port;

  People.Person alice;
  People.Person bob;
  UUID direct;

  @BeforeEach
  void aDirectConversation() {
    Api admin = People.admin(port);
    alice = People.create(port, admin, "Alice 爱丽丝");
    bob = People.create(port, admin, "Bob 鲍勃");
    var opened = alice.api().post("/api/v1/channels/direct", Map.of("personId", bob.id()));
    assertThat(opened.status()).isEqualTo(200);
    direct = UUID.fromString(opened.body().path("id").asString());
  }

  @Test
  void markAsUnreadMovesTheCursorBackToJustBeforeTheChosenMessage() {
    List<Long> seqs = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      seqs.add(post(alice.api(), direct, "消息 " + i).path("seq").asLong());
    }
    var read = bob.api().post("/api/v1/channels/" + direct + "/read", Map.of("seq", seqs.get(4)));
    assertThat(read.body().path("unread").asLong()).isZero();

    var unread =
        bob.api().post("/api/v1/channels/" + direct + "/unread", Map.of("seq", seqs.get(2)));

    assertThat(unread.status()).isEqualTo(200);
    assertThat(unread.body().path("readSeq").asLong()).isEqualTo(seqs.get(2) - 1);
    assertThat(unread.body().path("unread").asLong()).isEqualTo(3);
    assertThat(bob.api().get("/api/v1/channels/" + direct).body().path("unread").asLong())
        .isEqualTo(3);
    var beyond = bob.api().post("/api/v1/channels/" + direct + "/unread", Map.of("seq", 10_000));
    assertThat(beyond.status()).isEqualTo(400);
    assertThat(beyond.code()).isEqualTo("chat.seq-invalid");
  }

  @Test
  void historyPagesAroundAndAfterAPositionSoAPermalinkFarBackOpens() {
    UUID channel = ChatHttpTest.channel(alice.api(), "PUBLIC");
    Map<Long, String> bodies = new HashMap<>();
    for (int i = 0; i < 30; i++) {
      JsonNode m = post(alice.api(), channel, "第 " + i + " 条");
      bodies.put(m.path("seq").asLong(), m.path("body").asString());
    }
    long first = bodies.keySet().stream().min(Long::compare).orElseThrow();
    long target = first + 10;

    var around = alice
        .api()
        .get("/api/v1/channels/" + channel + "/messages?around=" + target + "&limit=6")
        .body();
    assertThat(seqs(around))
        .containsExactly(target - 3, target - 2, target - 1, target, target + 1, target + 2);
    var after = alice
        .api()
        .get("/api/v1/channels/" + channel + "/messages?after=" + (target + 2) + "&limit=3")
        .body();
    assertThat(seqs(after)).containsExactly(target + 3, target + 4, target + 5);
    var atTheStart = alice
        .api()
        .get("/api/v1/channels/" + channel + "/messages?around=" + first + "&limit=6")
        .body();
    assertThat(seqs(atTheStart)).first().isEqualTo(first);
    assertThat(atTheStart).hasSize(6);
    var both = alice
        .api()
        .get("/api/v1/channels/" + channel + "/messages?around=" + target + "&after=" + target);
    assertThat(both.status()).isEqualTo(400);
    assertThat(both.code()).isEqualTo("chat.page-invalid");
  }

  @Test
  void receiptsListWhoHasReadMyMessageInADirectConversation() {
    JsonNode mine = post(alice.api(), direct, "看到了吗？");
    String receipts = "/api/v1/messages/" + mine.path("id").asString() + "/receipts";

    var before = alice.api().get(receipts).body();
    assertThat(before.path("readBy")).isEmpty();
    assertThat(before.path("unreadBy"))
        .extracting(JsonNode::asString)
        .containsExactly(bob.id().toString());

    bob.api()
        .post(
            "/api/v1/channels/" + direct + "/read",
            Map.of("seq", mine.path("seq").asLong()));

    var after = alice.api().get(receipts).body();
    assertThat(after.path("readBy"))
        .extracting(JsonNode::asString)
        .containsExactly(bob.id().toString());
    assertThat(after.path("unreadBy")).isEmpty();
    var cursors =
        alice.api().get("/api/v1/channels/" + direct + "/read-cursors").body();
    assertThat(cursors).anySatisfy(c -> {
      assertThat(c.path("personId").asString()).isEqualTo(bob.id().toString());
      assertThat(c.path("readSeq").asLong()).isEqualTo(mine.path("seq").asLong());
    });
    // the move is one read.moved entry on the conversation's stream, for catch-up like any other
    var stream = alice
        .api()
        .get("/api/v1/channels/" + direct + "/stream?after=" + mine.path("seq").asLong())
        .body();
    assertThat(stream.path("entries"))
        .extracting(e -> e.path("event").path("kind").asString())
        .containsExactly("read.moved");
    assertThat(stream.path("entries").get(0).path("event").path("personId").asString())
        .isEqualTo(bob.id().toString());
  }

  @Test
  void publicChannelsKeepNoReceiptsAndAStrangerSeesNone() {
    UUID channel = ChatHttpTest.channel(alice.api(), "PUBLIC");
    JsonNode message = post(alice.api(), channel, "大家好");
    long last =
        alice.api().get("/api/v1/channels/" + channel).body().path("lastSeq").asLong();
    bob.api().post("/api/v1/channels/" + channel + "/join", null);
    bob.api().post("/api/v1/channels/" + channel + "/read", Map.of("seq", last + 1));

    assertThat(alice
            .api()
            .get("/api/v1/messages/" + message.path("id").asString() + "/receipts")
            .code())
        .isEqualTo("chat.receipts-unavailable");
    // no stream entry for a cursor move in a big channel: it would fan out to everyone
    var stream =
        alice.api().get("/api/v1/channels/" + channel + "/stream?after=" + last).body();
    assertThat(stream.path("entries"))
        .extracting(e -> e.path("event").path("kind").asString())
        .doesNotContain("read.moved");

    Api admin = People.admin(port);
    People.Person carol = People.create(port, admin, "Carol");
    JsonNode inDirect = post(alice.api(), direct, "私信");
    assertThat(carol
            .api()
            .get("/api/v1/messages/" + inDirect.path("id").asString() + "/receipts")
            .status())
        .isEqualTo(404);
    assertThat(carol.api().get("/api/v1/channels/" + direct + "/read-cursors").status())
        .isEqualTo(404);
  }

  @Test
  void aStarIsPersonalAndPersisted() {
    var starred = alice.api().put("/api/v1/channels/" + direct + "/star", null);
    assertThat(starred.status()).isEqualTo(200);
    assertThat(starred.body().path("starred").asBoolean()).isTrue();
    assertThat(alice.api().get("/api/v1/channels").body()).anySatisfy(c -> {
      assertThat(c.path("id").asString()).isEqualTo(direct.toString());
      assertThat(c.path("starred").asBoolean()).isTrue();
    });
    assertThat(
            bob.api().get("/api/v1/channels/" + direct).body().path("starred").asBoolean())
        .isFalse();

    var unstarred = alice.api().delete("/api/v1/channels/" + direct + "/star");
    assertThat(unstarred.body().path("starred").asBoolean()).isFalse();
  }

  @Test
  void doNotDisturbIsSetWithAnOptionalEndAndShowsInPresence() {
    Instant until = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    var set = alice.api().put("/api/v1/presence/dnd", Map.of("until", until.toString()));
    assertThat(set.status()).as(set.body().toString()).isEqualTo(200);

    var seen =
        bob.api().get("/api/v1/presence?ids=" + alice.id() + "," + bob.id()).body();
    assertThat(seen).hasSize(2);
    assertThat(seen.get(0).path("personId").asString()).isEqualTo(alice.id().toString());
    assertThat(seen.get(0).path("dnd").asBoolean()).isTrue();
    assertThat(Instant.parse(seen.get(0).path("dndUntil").asString())).isEqualTo(until);
    assertThat(seen.get(0).path("connection").asString()).isEqualTo("OFFLINE");
    assertThat(seen.get(1).path("dnd").asBoolean()).isFalse();

    assertThat(alice
            .api()
            .put("/api/v1/presence/dnd", Map.of("until", "2001-01-01T00:00:00Z"))
            .code())
        .isEqualTo("chat.dnd-until-past");
    assertThat(alice.api().delete("/api/v1/presence/dnd").body().path("dnd").asBoolean())
        .isFalse();
  }

  private static List<Long> seqs(JsonNode messages) {
    List<Long> seqs = new ArrayList<>();
    messages.forEach(m -> seqs.add(m.path("seq").asLong()));
    return seqs;
  }

  static JsonNode post(Api api, UUID channel, String body) {
    var answer = api.post(
        "/api/v1/channels/" + channel + "/messages",
        Map.of("clientMessageId", UUID.randomUUID(), "body", body));
    assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
    return answer.body();
  }
}
