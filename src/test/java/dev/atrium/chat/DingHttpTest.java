package dev.atrium.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.access.Subject;
import dev.atrium.shared.DomainException;
import dev.atrium.support.Api;
import dev.atrium.support.Eventually;
import dev.atrium.support.People;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * DING over HTTP: a message's author alerts members of its channel, each finds it waiting with a
 * notice in the bell until they acknowledge it, the author sees who did; every bad input is a coded
 * refusal that stores nothing. And {@link ChatAlerts}, what other modules call.
 */
@IntegrationTest
class DingHttpTest {

  @LocalServerPort
  int port;

  @Autowired
  ChatAlerts alerts;

  Api admin;
  People.Person alice;
  People.Person bob;
  People.Person carol;
  People.Person dave;
  UUID channel;
  JsonNode message;

  @BeforeEach
  void aChannelOfAliceBobAndCarol() {
    admin = People.admin(port);
    alice = People.create(port, admin, "Alice 爱丽丝");
    bob = People.create(port, admin, "Bob 鲍勃");
    carol = People.create(port, admin, "Carol 卡罗尔");
    dave = People.create(port, admin, "Dave 大卫");
    channel = ChatHttpTest.channel(alice.api(), "PRIVATE");
    for (People.Person member : List.of(bob, carol)) {
      alice.api().post("/api/v1/channels/" + channel + "/members", Map.of("personId", member.id()));
    }
    message = MessageFeaturesHttpTest.post(
        alice.api(), channel, "<@" + bob.id() + "> 服务器宕机，请马上处理", Map.of());
  }

  @Test
  void theAuthorDingsTwoMembersWhoEachFindItAndAcknowledgeIt() {
    var sent = ding(alice.api(), message.path("seq").asLong(), List.of(bob.id(), carol.id()));
    assertThat(sent.status()).as(sent.body().toString()).isEqualTo(201);
    String id = sent.body().path("id").asString();
    assertThat(sent.body().path("link").asString())
        .isEqualTo("/messages/" + channel + "/" + message.path("seq").asLong());
    assertThat(sent.body().path("recipients"))
        .extracting(r -> r.path("name").asString())
        .containsExactly("Bob 鲍勃", "Carol 卡罗尔");

    for (People.Person recipient : List.of(bob, carol)) {
      JsonNode waiting = waiting(recipient.api());
      assertThat(waiting.size()).isEqualTo(1);
      JsonNode ding = waiting.get(0);
      assertThat(ding.path("id").asString()).isEqualTo(id);
      assertThat(ding.path("author").path("name").asString()).isEqualTo("Alice 爱丽丝");
      assertThat(ding.path("title").asString()).isEqualTo("@Bob 鲍勃 服务器宕机，请马上处理");
      assertThat(ding.hasNonNull("recipients"))
          .as("only the author sees who else")
          .isFalse();
      JsonNode notice = Eventually.eventually(() -> dingNotices(recipient.api()), n -> !n.isEmpty())
          .getFirst();
      assertThat(notice.path("title").path("key").asString()).isEqualTo("chat.notices.ding");
      assertThat(notice.path("link").asString()).isEqualTo(ding.path("link").asString());
      assertThat(notice.path("actors").get(0).path("name").asString()).isEqualTo("Alice 爱丽丝");
    }
    assertThat(waiting(alice.api()).size()).as("the author is not dinged").isZero();
    assertThat(waiting(dave.api()).size()).isZero();

    var acknowledged = bob.api().post("/api/v1/dings/" + id + "/acknowledge", null);
    assertThat(acknowledged.status()).isEqualTo(200);
    String at = acknowledged.body().path("acknowledgedAt").asString();
    assertThat(at).isNotEmpty();
    assertThat(waiting(bob.api()).size()).isZero();
    assertThat(waiting(carol.api()).size()).isEqualTo(1);
    // acknowledging again keeps the first time
    assertThat(bob.api()
            .post("/api/v1/dings/" + id + "/acknowledge", null)
            .body()
            .path("acknowledgedAt")
            .asString())
        .isEqualTo(at);

    JsonNode seenByAlice = alice.api().get("/api/v1/dings/" + id).body();
    assertThat(seenByAlice.path("recipients"))
        .extracting(r -> r.path("name").asString() + ":" + r.hasNonNull("acknowledgedAt"))
        .containsExactly("Bob 鲍勃:true", "Carol 卡罗尔:false");
    assertThat(carol.api().get("/api/v1/dings/" + id).status()).isEqualTo(200);
    assertThat(dave.api().get("/api/v1/dings/" + id).code()).isEqualTo("chat.ding-not-found");
    assertThat(dave.api().post("/api/v1/dings/" + id + "/acknowledge", null).code())
        .isEqualTo("chat.ding-not-found");
    assertThat(alice.api().post("/api/v1/dings/" + id + "/acknowledge", null).code())
        .isEqualTo("chat.ding-not-recipient");
  }

  @Test
  void badInputIsRefusedWithACodeAndNothingIsStored() {
    long seq = message.path("seq").asLong();
    record Refusal(Api by, long seq, List<UUID> people, int status, String code) {}
    List<UUID> tooMany = new ArrayList<>();
    for (int i = 0; i <= Dings.MAX_PEOPLE; i++) {
      tooMany.add(UUID.randomUUID());
    }
    for (Refusal refusal : List.of(
        new Refusal(dave.api(), seq, List.of(bob.id()), 404, "chat.channel-not-found"),
        new Refusal(bob.api(), seq, List.of(carol.id()), 403, "chat.ding-not-author"),
        new Refusal(alice.api(), seq + 100, List.of(bob.id()), 404, "chat.message-not-found"),
        new Refusal(alice.api(), seq, List.of(), 400, "chat.ding-empty"),
        new Refusal(alice.api(), seq, List.of(alice.id()), 400, "chat.ding-self"),
        new Refusal(alice.api(), seq, tooMany, 400, "chat.ding-too-many"),
        new Refusal(alice.api(), seq, List.of(bob.id(), dave.id()), 400, "chat.ding-not-member"))) {
      var answer = ding(refusal.by(), refusal.seq(), refusal.people());
      assertThat(answer.status()).as(refusal.code()).isEqualTo(refusal.status());
      assertThat(answer.code()).isEqualTo(refusal.code());
    }
    assertThat(ding(alice.api(), seq, List.of(dave.id()))
            .body()
            .path("people")
            .get(0)
            .asString())
        .as("the refusal names who is not in the conversation")
        .isEqualTo(dave.id().toString());
    assertThat(alice
            .api()
            .delete("/api/v1/messages/" + message.path("id").asString())
            .status())
        .isEqualTo(204);
    assertThat(ding(alice.api(), seq, List.of(bob.id())).code()).isEqualTo("chat.message-deleted");

    for (People.Person person : List.of(bob, carol, dave)) {
      assertThat(waiting(person.api()).size()).isZero();
    }
  }

  @Test
  void anotherModuleDingsAboutItsObjectOnceEvenWhenItsListenerRunsTwice() {
    String link = "/announcements/" + UUID.randomUUID();
    UUID first = alerts.ding(alice.id(), List.of(bob.id(), alice.id()), "紧急：今晚停电", link);
    UUID again = alerts.ding(alice.id(), List.of(bob.id(), dave.id()), "紧急：今晚停电", link);
    assertThat(again).isEqualTo(first);
    assertThat(waiting(bob.api()).size()).isEqualTo(1);
    assertThat(waiting(dave.api()).get(0).path("link").asString()).isEqualTo(link);
    assertThat(waiting(alice.api()).size()).as("never one's own recipient").isZero();
    assertThat(Eventually.eventually(() -> dingNotices(bob.api()), n -> !n.isEmpty()))
        .hasSize(1);
  }

  @Test
  void postingALinkOnSomeonesBehalfIsTheirOwnPostAndRefusedWhereTheyMayNotPost() {
    String link = "http://localhost:" + port + "/messages/" + channel + "/"
        + message.path("seq").asLong();
    UUID posted = alerts.postLink(new Subject(alice.id(), false), channel, "📢 " + link);
    assertThat(alerts.postLink(new Subject(alice.id(), false), channel, "📢 " + link))
        .as("a retry is the same message")
        .isEqualTo(posted);
    JsonNode history =
        bob.api().get("/api/v1/channels/" + channel + "/messages").body();
    assertThat(history.get(history.size() - 1).path("id").asString()).isEqualTo(posted.toString());
    assertThat(history.get(history.size() - 1).path("authorId").asString())
        .isEqualTo(alice.id().toString());

    try {
      alerts.postLink(new Subject(dave.id(), false), channel, "📢 " + link);
      throw new AssertionError("a non-member posted");
    } catch (DomainException refused) {
      assertThat(refused.code()).isEqualTo("chat.channel-not-found");
    }
    UUID open = ChatHttpTest.channel(alice.api(), "PUBLIC");
    try {
      alerts.postLink(new Subject(dave.id(), false), open, "📢 " + link);
      throw new AssertionError("a non-member posted");
    } catch (DomainException refused) {
      assertThat(refused.code()).isEqualTo("chat.not-member");
    }
  }

  private Api.Response ding(Api api, long seq, List<UUID> people) {
    return api.post(
        "/api/v1/channels/" + channel + "/messages/" + seq + "/ding", Map.of("people", people));
  }

  private static JsonNode waiting(Api api) {
    var answer = api.get("/api/v1/dings");
    assertThat(answer.status()).isEqualTo(200);
    return answer.body();
  }

  private static List<JsonNode> dingNotices(Api api) {
    List<JsonNode> items = new ArrayList<>();
    api.get("/api/v1/notifications?limit=100").body().path("items").forEach(n -> {
      if (n.path("kind").asString().equals("chat.ding")) {
        items.add(n);
      }
    });
    return items;
  }
}
