package dev.atrium.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Channels and messages over the real HTTP API, as the people using them would see it. */
@IntegrationTest
class ChatHttpTest {

  @LocalServerPort
  int port;

  Api admin;
  People.Person alice;
  People.Person bob;

  @BeforeEach
  void people() {
    admin = People.admin(port);
    alice = People.create(port, admin, "Alice 爱丽丝");
    bob = People.create(port, admin, "Bob 鲍勃");
  }

  @Test
  void sameClientMessageIdThreeTimesStoresOneMessage() {
    UUID channel = channel(alice.api(), "PUBLIC");
    UUID clientMessageId = UUID.randomUUID();
    var body = Map.of("clientMessageId", clientMessageId, "body", "你好，世界");

    var first = alice.api().post("/api/v1/channels/" + channel + "/messages", body);
    var second = alice.api().post("/api/v1/channels/" + channel + "/messages", body);
    var third = alice.api().post("/api/v1/channels/" + channel + "/messages", body);

    assertThat(first.status()).isEqualTo(201);
    assertThat(second.status()).isEqualTo(200);
    assertThat(third.status()).isEqualTo(200);
    assertThat(second.body()).isEqualTo(first.body());
    assertThat(third.body()).isEqualTo(first.body());
    assertThat(alice.api().get("/api/v1/channels/" + channel + "/messages").body())
        .hasSize(1);
    // the retries took no stream position: the next message follows directly
    var next = alice
        .api()
        .post(
            "/api/v1/channels/" + channel + "/messages",
            Map.of("clientMessageId", UUID.randomUUID(), "body", "again"));
    assertThat(next.body().path("seq").asLong())
        .isEqualTo(first.body().path("seq").asLong() + 1);
  }

  @Test
  void aMessageOverSixteenKilobytesIsRefusedAndNothingIsStored() {
    UUID channel = channel(alice.api(), "PUBLIC");
    long before =
        alice.api().get("/api/v1/channels/" + channel).body().path("lastSeq").asLong();

    var refused = alice
        .api()
        .post(
            "/api/v1/channels/" + channel + "/messages",
            Map.of("clientMessageId", UUID.randomUUID(), "body", "x".repeat(16 * 1024 + 1)));
    var fits = alice
        .api()
        .post(
            "/api/v1/channels/" + channel + "/messages",
            Map.of("clientMessageId", UUID.randomUUID(), "body", "x".repeat(16 * 1024)));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.code()).isEqualTo("chat.message-too-long");
    assertThat(fits.status()).isEqualTo(201);
    assertThat(fits.body().path("seq").asLong()).isEqualTo(before + 1);
    assertThat(alice.api().get("/api/v1/channels/" + channel + "/messages").body())
        .hasSize(1);
  }

  @Test
  void onlyTheAuthorMayEditOrDeleteAMessage() {
    UUID channel = channel(alice.api(), "PUBLIC");
    bob.api().post("/api/v1/channels/" + channel + "/join", null);
    String id = post(alice.api(), channel, "mine").path("id").asString();

    var edit = bob.api().patch("/api/v1/messages/" + id, Map.of("body", "hijacked"));
    var delete = bob.api().delete("/api/v1/messages/" + id);

    assertThat(edit.status()).isEqualTo(403);
    assertThat(edit.code()).isEqualTo("chat.not-author");
    assertThat(delete.status()).isEqualTo(403);
    assertThat(alice
            .api()
            .get("/api/v1/channels/" + channel + "/messages")
            .body()
            .get(0)
            .path("body")
            .asString())
        .isEqualTo("mine");
    assertThat(alice
            .api()
            .patch("/api/v1/messages/" + id, Map.of("body", "mine, edited"))
            .status())
        .isEqualTo(200);
    assertThat(alice.api().delete("/api/v1/messages/" + id).status()).isEqualTo(204);
    JsonNode tombstone =
        bob.api().get("/api/v1/channels/" + channel + "/messages").body().get(0);
    assertThat(tombstone.path("body").asString()).isEmpty();
    assertThat(tombstone.path("deletedAt").isString()).isTrue();
  }

  @Test
  void anUnknownChannelOrSomeoneElsesPrivateChannelIsNotFound() {
    UUID secret = channel(alice.api(), "PRIVATE");
    String path = "/api/v1/channels/" + secret;
    var post = Map.of("clientMessageId", UUID.randomUUID(), "body", "let me in");

    assertThat(bob.api().get("/api/v1/channels/" + UUID.randomUUID()).code())
        .isEqualTo("chat.channel-not-found");
    assertThat(bob.api().get(path).status()).isEqualTo(404);
    assertThat(bob.api().get(path + "/messages").status()).isEqualTo(404);
    assertThat(bob.api().get(path + "/stream?after=0").status()).isEqualTo(404);
    assertThat(bob.api().post(path + "/messages", post).status()).isEqualTo(404);
    assertThat(bob.api().post(path + "/join", null).status()).isEqualTo(404);
    assertThat(bob.api().get("/api/v1/channels").body().findValuesAsString("id"))
        .doesNotContain(secret.toString());
  }

  @Test
  void postingToAPublicChannelOneIsNotInIsForbidden() {
    UUID channel = channel(alice.api(), "PUBLIC");
    var answer = bob.api()
        .post(
            "/api/v1/channels/" + channel + "/messages",
            Map.of("clientMessageId", UUID.randomUUID(), "body", "hi"));
    assertThat(answer.status()).isEqualTo(403);
    assertThat(answer.code()).isEqualTo("chat.not-member");
    assertThat(bob.api().post("/api/v1/channels/" + channel + "/join", null).status())
        .isEqualTo(200);
    assertThat(bob.api()
            .post(
                "/api/v1/channels/" + channel + "/messages",
                Map.of("clientMessageId", UUID.randomUUID(), "body", "hi"))
            .status())
        .isEqualTo(201);
  }

  @Test
  void theOwnerInvitesToAPrivateChannelAndAGuestSeesOnlyThat() {
    People.Person guest = People.createGuest(port, admin, "Guest 访客");
    UUID secret = channel(alice.api(), "PRIVATE");
    UUID open = channel(alice.api(), "PUBLIC");
    alice.api().post("/api/v1/channels/" + secret + "/members", Map.of("personId", bob.id()));

    assertThat(bob.api()
            .post("/api/v1/channels/" + secret + "/members", Map.of("personId", guest.id()))
            .code())
        .isEqualTo("chat.not-channel-admin");
    assertThat(alice
            .api()
            .post("/api/v1/channels/" + secret + "/members", Map.of("personId", guest.id()))
            .status())
        .isEqualTo(200);
    assertThat(guest.api().get("/api/v1/channels").body().findValuesAsString("id"))
        .containsExactly(secret.toString());
    assertThat(guest.api().get("/api/v1/channels/" + open).status()).isEqualTo(404);
    assertThat(guest
            .api()
            .post("/api/v1/channels", Map.of("kind", "PUBLIC", "name", "guest room"))
            .code())
        .isEqualTo("chat.guest-not-allowed");
    assertThat(post(guest.api(), secret, "谢谢邀请").path("seq").asLong()).isPositive();
  }

  @Test
  void aDirectConversationIsOpenedOncePerPairAndCountsUnread() {
    var first = alice
        .api()
        .post("/api/v1/channels/direct", Map.of("personId", bob.id()))
        .body();
    var again = bob.api()
        .post("/api/v1/channels/direct", Map.of("personId", alice.id()))
        .body();
    assertThat(again.path("id")).isEqualTo(first.path("id"));
    assertThat(first.path("otherPersonId").asString()).isEqualTo(bob.id().toString());
    UUID channel = UUID.fromString(first.path("id").asString());

    post(alice.api(), channel, "在吗？");
    long last = post(alice.api(), channel, "有空聊聊").path("seq").asLong();
    post(bob.api(), channel, "在");

    // one's own messages are never unread
    assertThat(
            bob.api().get("/api/v1/channels/" + channel).body().path("unread").asLong())
        .isEqualTo(2);
    assertThat(
            alice.api().get("/api/v1/channels/" + channel).body().path("unread").asLong())
        .isEqualTo(1);
    var read = bob.api().post("/api/v1/channels/" + channel + "/read", Map.of("seq", last));
    assertThat(read.body().path("unread").asLong()).isZero();
    assertThat(read.body().path("readSeq").asLong()).isEqualTo(last);
    var backwards = bob.api().post("/api/v1/channels/" + channel + "/read", Map.of("seq", 1));
    assertThat(backwards.body().path("readSeq").asLong())
        .as("a read cursor never moves back")
        .isEqualTo(last);
  }

  @Test
  void theStreamSinceACursorListsEveryChangeInOrder() {
    UUID channel = channel(alice.api(), "PUBLIC");
    long cursor =
        alice.api().get("/api/v1/channels/" + channel).body().path("lastSeq").asLong();
    String id = post(alice.api(), channel, "one").path("id").asString();
    alice.api().patch("/api/v1/messages/" + id, Map.of("body", "one!"));
    alice.api().delete("/api/v1/messages/" + id);

    var page = alice
        .api()
        .get("/api/v1/channels/" + channel + "/stream?after=" + cursor)
        .body();
    assertThat(page.path("reset").asBoolean()).isFalse();
    assertThat(page.path("entries").findValuesAsString("kind"))
        .containsExactly("message.posted", "message.edited", "message.deleted");
    java.util.List<Long> seqs = new java.util.ArrayList<>();
    page.path("entries").forEach(e -> seqs.add(e.path("seq").asLong()));
    assertThat(seqs).containsExactly(cursor + 1, cursor + 2, cursor + 3);
    assertThat(alice
            .api()
            .get("/api/v1/channels/" + channel + "/stream?after=" + (cursor + 99))
            .body()
            .path("reset")
            .asBoolean())
        .isTrue();
  }

  private JsonNode post(Api api, UUID channel, String body) {
    var answer = api.post(
        "/api/v1/channels/" + channel + "/messages",
        Map.of("clientMessageId", UUID.randomUUID(), "body", body));
    assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
    return answer.body();
  }

  static UUID channel(Api api, String kind) {
    var created = api.post(
        "/api/v1/channels",
        Map.of("kind", kind, "name", "频道 " + UUID.randomUUID().toString().substring(0, 8)));
    assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
    return UUID.fromString(created.body().path("id").asString());
  }
}
