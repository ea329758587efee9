package dev.atrium.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.support.Api;
import dev.atrium.support.DomainEvents;
import dev.atrium.support.People;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Chat tells the bell what asks for a person: a mention, @all, a reply in a thread they follow, a
 * direct message (one notice per conversation while unread). Only members of the channel hear of
 * it, never the author; someone in do not disturb still finds it in the list.
 */
@IntegrationTest
class ChatNoticesTest {

  @LocalServerPort
  int port;

  @Autowired
  ApplicationEventPublisher publisher;

  @Autowired
  TransactionTemplate transactions;

  @Autowired
  JdbcClient jdbc;

  DomainEvents events;
  Api admin;
  People.Person alice;
  People.Person bob;
  People.Person carol;
  UUID channel;

  @BeforeEach
  void aChannelOfAliceAndBob() {
    events = new DomainEvents(publisher, transactions, jdbc);
    admin = People.admin(port);
    alice = People.create(port, admin, "Alice 爱丽丝");
    bob = People.create(port, admin, "Bob 鲍勃");
    carol = People.create(port, admin, "Carol 卡罗尔");
    channel = ChatHttpTest.channel(alice.api(), "PUBLIC");
    bob.api().post("/api/v1/channels/" + channel + "/join", null);
  }

  @Test
  void aMentionReachesTheMentionedMemberWithALinkToTheMessageAndNoOneElse() {
    // carol is not in the channel: a mention of her tells her nothing
    JsonNode message =
        post(alice.api(), channel, "<@" + bob.id() + "> <@" + carol.id() + "> 请看一下预算", Map.of());

    List<JsonNode> bobs = chat(bob.api());
    assertThat(bobs).hasSize(1);
    JsonNode notice = bobs.getFirst();
    assertThat(notice.path("module").asString()).isEqualTo("chat");
    assertThat(notice.path("kind").asString()).isEqualTo("chat.mention");
    assertThat(notice.path("title").path("key").asString()).isEqualTo("chat.notices.mentioned");
    assertThat(notice.path("title").path("params").path("channel").asString())
        .isEqualTo(
            alice.api().get("/api/v1/channels/" + channel).body().path("name").asString());
    assertThat(notice.path("text").path("params").path("text").asString())
        .isEqualTo("@Bob 鲍勃 @Carol 卡罗尔 请看一下预算");
    assertThat(notice.path("link").asString())
        .isEqualTo("/messages/" + channel + "/" + message.path("seq").asLong());
    assertThat(notice.path("actors").get(0).path("name").asString()).isEqualTo("Alice 爱丽丝");
    assertThat(chat(carol.api())).isEmpty();
    assertThat(chat(alice.api())).isEmpty();

    // an edit tells no one again
    alice
        .api()
        .patch(
            "/api/v1/messages/" + message.path("id").asString(),
            Map.of("body", "<@" + bob.id() + "> 改好了"));
    events.awaitHandled(UUID.fromString(message.path("id").asString()));
    assertThat(chat(bob.api())).hasSize(1);
  }

  @Test
  void atAllTellsEveryMemberAndAThreadReplyTellsThoseWhoFollowIt() {
    carol.api().post("/api/v1/channels/" + channel + "/join", null);
    JsonNode root = post(alice.api(), channel, "<@all> 周五发布", Map.of());
    assertThat(chat(bob.api()))
        .extracting(n -> n.path("kind").asString())
        .containsExactly("chat.channel-mention");
    assertThat(chat(carol.api()))
        .extracting(n -> n.path("kind").asString())
        .containsExactly("chat.channel-mention");

    String rootId = root.path("id").asString();
    post(bob.api(), channel, "收到", Map.of("threadRootId", rootId));
    // alice started the thread: she hears of bob's reply; carol never took part
    List<JsonNode> alices = chat(alice.api());
    assertThat(alices)
        .extracting(n -> n.path("kind").asString())
        .containsExactly("chat.thread-reply");
    assertThat(alices.getFirst().path("link").asString())
        .isEqualTo("/messages/" + channel + "/" + root.path("seq").asLong() + "?thread=" + rootId);
    assertThat(chat(carol.api())).hasSize(1);

    post(alice.api(), channel, "谢谢", Map.of("threadRootId", rootId));
    assertThat(chat(bob.api()))
        .extracting(n -> n.path("kind").asString())
        .containsExactly("chat.thread-reply", "chat.channel-mention");
    assertThat(chat(carol.api())).hasSize(1);
  }

  @Test
  void aBurstOfDirectMessagesIsOneNoticeShowingTheLatestUntilRead() {
    UUID direct = UUID.fromString(alice
        .api()
        .post("/api/v1/channels/direct", Map.of("personId", bob.id()))
        .body()
        .path("id")
        .asString());
    for (int i = 1; i <= 5; i++) {
      post(alice.api(), direct, "消息 " + i, Map.of());
    }
    List<JsonNode> bobs = chat(bob.api());
    assertThat(bobs).hasSize(1);
    assertThat(bobs.getFirst().path("kind").asString()).isEqualTo("chat.direct");
    assertThat(bobs.getFirst().path("text").path("params").path("text").asString())
        .isEqualTo("消息 5");
    assertThat(bobs.getFirst().path("link").asString()).startsWith("/messages/" + direct + "/");

    bob.api()
        .post("/api/v1/notifications/" + bobs.getFirst().path("id").asString() + "/read", null);
    post(alice.api(), direct, "还在吗？", Map.of());
    assertThat(chat(bob.api()))
        .hasSize(2)
        .first()
        .satisfies(n -> assertThat(n.has("readAt")).isFalse());
  }

  @Test
  void aKindTurnedOffMakesNoNoticeAndDoNotDisturbStillKeepsIt() {
    bob.api()
        .put(
            "/api/v1/notifications/preferences",
            Map.of("kinds", List.of(Map.of("kind", "chat.mention", "bell", false))));
    post(alice.api(), channel, "<@" + bob.id() + "> 在吗", Map.of());
    assertThat(chat(bob.api())).isEmpty();

    bob.api()
        .put(
            "/api/v1/notifications/preferences",
            Map.of("kinds", List.of(Map.of("kind", "chat.mention", "bell", true))));
    bob.api().put("/api/v1/presence/dnd", Map.of());
    post(alice.api(), channel, "<@" + bob.id() + "> 开会了", Map.of());
    assertThat(chat(bob.api())).hasSize(1);
  }

  /** Posts and waits until chat's notices for it were delivered. */
  private JsonNode post(Api api, UUID channelId, String body, Map<String, Object> extra) {
    JsonNode message = MessageFeaturesHttpTest.post(api, channelId, body, extra);
    events.awaitHandled(UUID.fromString(message.path("id").asString()));
    return message;
  }

  private static List<JsonNode> chat(Api api) {
    var answer = api.get("/api/v1/notifications?limit=100");
    assertThat(answer.status()).isEqualTo(200);
    List<JsonNode> items = new ArrayList<>();
    answer.body().path("items").forEach(n -> {
      if (n.path("module").asString().equals("chat")) {
        items.add(n);
      }
    });
    return items;
  }
}
