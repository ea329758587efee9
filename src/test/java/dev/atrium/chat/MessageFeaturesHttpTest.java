package dev.atrium.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Reactions, threads, mentions, edit history, pins, saved items, forwards and quotes over real HTTP. */
@IntegrationTest
class MessageFeaturesHttpTest {

  static final String THUMBS = "%F0%9F%91%8D";

  @LocalServerPort
  int port;

  Api admin;
  People.Person alice;
  People.Person bob;
  UUID channel;

  @BeforeEach
  void aChannelOfAliceAndBob() {
    admin = People.admin(port);
    alice = People.create(port, admin, "Alice 爱丽丝");
    bob = People.create(port, admin, "Bob 鲍勃");
    channel = ChatHttpTest.channel(alice.api(), "PUBLIC");
    bob.api().post("/api/v1/channels/" + channel + "/join", null);
  }

  @Test
  void reactingTwiceCountsOnceAndRemovingTwiceLeavesNone() {
    String id = post(alice.api(), channel, "午饭吃什么？", Map.of()).path("id").asString();
    long before = lastSeq();

    var first = bob.api().put("/api/v1/messages/" + id + "/reactions/" + THUMBS, null);
    var again = bob.api().put("/api/v1/messages/" + id + "/reactions/" + THUMBS, null);
    alice.api().put("/api/v1/messages/" + id + "/reactions/" + THUMBS, null);

    assertThat(first.status()).isEqualTo(200);
    assertThat(again.body().path("reactions")).isEqualTo(first.body().path("reactions"));
    JsonNode reactions = message(id).path("reactions");
    assertThat(reactions).hasSize(1);
    assertThat(reactions.get(0).path("emoji").asString()).isEqualTo("👍");
    assertThat(reactions.get(0).path("personIds").valueStream().map(JsonNode::asString))
        .containsExactly(bob.id().toString(), alice.id().toString());
    assertThat(lastSeq()).as("a repeated reaction appends nothing").isEqualTo(before + 2);

    bob.api().delete("/api/v1/messages/" + id + "/reactions/" + THUMBS);
    bob.api().delete("/api/v1/messages/" + id + "/reactions/" + THUMBS);
    alice.api().delete("/api/v1/messages/" + id + "/reactions/" + THUMBS);
    assertThat(message(id).path("reactions")).isEmpty();
    assertThat(lastSeq()).isEqualTo(before + 4);
    var kinds = alice
        .api()
        .get("/api/v1/channels/" + channel + "/stream?after=" + before)
        .body()
        .path("entries")
        .findValuesAsString("kind");
    assertThat(kinds).containsOnly("message.reactions");
    assertThat(bob.api().put("/api/v1/messages/" + id + "/reactions/abc", null).code())
        .isEqualTo("chat.reaction-invalid");
  }

  @Test
  void threadRepliesCountOnTheRootAndStayOutOfTheMainHistoryUnlessAlsoSent() {
    String root = post(alice.api(), channel, "发布计划讨论", Map.of()).path("id").asString();
    post(bob.api(), channel, "周三可以", Map.of("threadRootId", root));
    JsonNode also =
        post(alice.api(), channel, "那就周三", Map.of("threadRootId", root, "alsoSendToChannel", true));
    // replying to a reply continues the root's thread
    JsonNode nested =
        post(bob.api(), channel, "好", Map.of("threadRootId", also.path("id").asString()));
    assertThat(nested.path("threadRootId").asString()).isEqualTo(root);

    var history = alice.api().get("/api/v1/channels/" + channel + "/messages").body();
    assertThat(history.findValuesAsString("body")).containsExactly("发布计划讨论", "那就周三");
    JsonNode thread = history.get(0).path("thread");
    assertThat(thread.path("replyCount").asInt()).isEqualTo(3);
    assertThat(thread.path("lastReplyAt").asString())
        .isEqualTo(nested.path("createdAt").asString());
    assertThat(thread.path("participants").valueStream().map(JsonNode::asString))
        .containsExactly(bob.id().toString(), alice.id().toString());
    assertThat(history.get(1).path("alsoInChannel").asBoolean()).isTrue();

    var view = bob.api()
        .get("/api/v1/messages/" + also.path("id").asString() + "/thread")
        .body();
    assertThat(view.path("root").path("id").asString()).isEqualTo(root);
    assertThat(view.path("replies").findValuesAsString("body"))
        .containsExactly("周三可以", "那就周三", "好");
  }

  @Test
  void threadOnlyRepliesRaiseNoUnreadButMentionsDo() {
    String root = post(bob.api(), channel, "root", Map.of()).path("id").asString();
    bob.api().post("/api/v1/channels/" + channel + "/read", Map.of("seq", lastSeq()));
    alice.api().post("/api/v1/channels/" + channel + "/read", Map.of("seq", lastSeq()));

    post(alice.api(), channel, "thread only", Map.of("threadRootId", root));
    assertThat(unread(bob)).isZero();
    post(
        alice.api(), channel, "also here", Map.of("threadRootId", root, "alsoSendToChannel", true));
    post(alice.api(), channel, "<@" + bob.id() + "> 看一下", Map.of("threadRootId", root));
    JsonNode mine = bob.api().get("/api/v1/channels/" + channel).body();
    assertThat(mine.path("unread").asLong()).isEqualTo(2);
    assertThat(mine.path("mentionCount").asLong()).isEqualTo(1);
  }

  @Test
  void mentionsNotifyChannelMembersOnlyAndAllMentionsEveryone() {
    People.Person carol = People.create(port, admin, "Carol 卡罗尔");
    JsonNode named =
        post(alice.api(), channel, "<@" + bob.id() + "> 和 <@" + carol.id() + ">", Map.of());
    assertThat(named.path("mentions").path("people").valueStream().map(JsonNode::asString))
        .containsExactly(bob.id().toString());
    assertThat(carol.api().post("/api/v1/channels/" + channel + "/join", null).status())
        .isEqualTo(200);
    assertThat(carol
            .api()
            .get("/api/v1/channels/" + channel)
            .body()
            .path("mentionCount")
            .asLong())
        .as("someone not in the channel was not notified")
        .isZero();

    post(alice.api(), channel, "<@all> 开会了", Map.of());
    assertThat(carol
            .api()
            .get("/api/v1/channels/" + channel)
            .body()
            .path("mentionCount")
            .asLong())
        .isEqualTo(1);
    assertThat(bob.api()
            .get("/api/v1/channels/" + channel)
            .body()
            .path("mentionCount")
            .asLong())
        .isEqualTo(2);
    assertThat(alice
            .api()
            .get("/api/v1/channels/" + channel)
            .body()
            .path("mentionCount")
            .asLong())
        .as("never oneself")
        .isZero();
  }

  @Test
  void whereOnlyAdminsMayNotifyEveryoneAMembersAllIsRefusedAndNothingStored() {
    assertThat(alice
            .api()
            .patch("/api/v1/channels/" + channel, Map.of("mentionPolicy", "ADMINS"))
            .status())
        .isEqualTo(200);
    assertThat(bob.api()
            .get("/api/v1/channels/" + channel)
            .body()
            .path("capabilities")
            .path("canMentionAll")
            .asBoolean())
        .isFalse();
    long before =
        bob.api().get("/api/v1/channels/" + channel).body().path("lastSeq").asLong();

    var refused = bob.api()
        .post(
            "/api/v1/channels/" + channel + "/messages",
            Map.of("clientMessageId", UUID.randomUUID(), "body", "<@all> 下午茶"));
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.body().path("code").asString()).isEqualTo("chat.mention-all-restricted");
    assertThat(
            bob.api().get("/api/v1/channels/" + channel).body().path("lastSeq").asLong())
        .as("nothing stored")
        .isEqualTo(before);

    post(bob.api(), channel, "<@" + alice.id() + "> 下午茶?", Map.of());
    post(alice.api(), channel, "<@channel> 下午三点开会", Map.of());
    assertThat(bob.api()
            .get("/api/v1/channels/" + channel)
            .body()
            .path("mentionCount")
            .asLong())
        .as("the owner may")
        .isEqualTo(1);
  }

  @Test
  void aDepartmentMentionNotifiesThoseOfItsSubtreeInTheChannel() {
    UUID rootDepartment = People.rootDepartment(admin);
    UUID sales = UUID.fromString(admin
        .post(
            "/api/v1/departments",
            Map.of(
                "name",
                "销售 " + UUID.randomUUID().toString().substring(0, 6),
                "parentId",
                rootDepartment))
        .body()
        .path("id")
        .asString());
    UUID east = UUID.fromString(admin
        .post(
            "/api/v1/departments",
            Map.of("name", "华东 " + UUID.randomUUID().toString().substring(0, 6), "parentId", sales))
        .body()
        .path("id")
        .asString());
    People.Person seller = People.create(port, admin, "销售员", east);
    seller.api().post("/api/v1/channels/" + channel + "/join", null);

    JsonNode posted = post(alice.api(), channel, "<@&" + sales + "> 新报价", Map.of());
    assertThat(posted.path("mentions").path("people").valueStream().map(JsonNode::asString))
        .containsExactly(seller.id().toString());
    assertThat(bob.api()
            .get("/api/v1/channels/" + channel)
            .body()
            .path("mentionCount")
            .asLong())
        .isZero();
  }

  @Test
  void editsKeepEarlierVersionsUntilTheMessageIsDeleted() {
    JsonNode posted = post(alice.api(), channel, "v1", Map.of());
    String id = posted.path("id").asString();
    alice.api().patch("/api/v1/messages/" + id, Map.of("body", "v2"));
    JsonNode edited =
        alice.api().patch("/api/v1/messages/" + id, Map.of("body", "v3")).body();

    JsonNode versions = bob.api().get("/api/v1/messages/" + id + "/versions").body();
    assertThat(versions.findValuesAsString("body")).containsExactly("v1", "v2");
    assertThat(versions.get(0).path("since").asString())
        .isEqualTo(posted.path("createdAt").asString());
    assertThat(edited.path("body").asString()).isEqualTo("v3");

    alice.api().delete("/api/v1/messages/" + id);
    assertThat(bob.api().get("/api/v1/messages/" + id + "/versions").body()).isEmpty();
  }

  @Test
  void pinsAreListedAndMarkedAndStreamed() {
    String id = post(alice.api(), channel, "规章制度", Map.of()).path("id").asString();
    long before = lastSeq();
    JsonNode pinned = bob.api().put("/api/v1/messages/" + id + "/pin", null).body();
    bob.api().put("/api/v1/messages/" + id + "/pin", null);
    assertThat(pinned.path("pin").path("by").asString()).isEqualTo(bob.id().toString());
    assertThat(alice
            .api()
            .get("/api/v1/channels/" + channel + "/pins")
            .body()
            .findValuesAsString("id"))
        .containsExactly(id);
    assertThat(alice
            .api()
            .delete("/api/v1/messages/" + id + "/pin")
            .body()
            .path("pin")
            .isMissingNode())
        .isTrue();
    assertThat(alice.api().get("/api/v1/channels/" + channel + "/pins").body()).isEmpty();
    assertThat(alice
            .api()
            .get("/api/v1/channels/" + channel + "/stream?after=" + before)
            .body()
            .path("entries")
            .findValuesAsString("kind"))
        .containsExactly("message.pinned", "message.unpinned");
  }

  @Test
  void savedItemsArePrivate() {
    String id = post(alice.api(), channel, "记得带伞", Map.of()).path("id").asString();
    assertThat(bob.api().put("/api/v1/messages/" + id + "/saved", null).status())
        .isEqualTo(204);
    assertThat(bob.api().get("/api/v1/saved").body().findValuesAsString("id")).contains(id);
    assertThat(alice.api().get("/api/v1/saved").body().findValuesAsString("id")).doesNotContain(id);
    assertThat(message(id).path("saved").isMissingNode())
        .as("nothing about it on the shared message")
        .isTrue();
    long last = lastSeq();
    assertThat(bob.api().delete("/api/v1/messages/" + id + "/saved").status()).isEqualTo(204);
    assertThat(bob.api().get("/api/v1/saved").body()).isEmpty();
    assertThat(lastSeq()).as("saving is not on the channel's stream").isEqualTo(last);

    UUID secret = ChatHttpTest.channel(alice.api(), "PRIVATE");
    String hidden = post(alice.api(), secret, "机密", Map.of()).path("id").asString();
    assertThat(bob.api().put("/api/v1/messages/" + hidden + "/saved", null).status())
        .isEqualTo(404);
  }

  @Test
  void forwardingNeedsToSeeTheMessageAndToBeInTheTarget() {
    UUID secret = ChatHttpTest.channel(alice.api(), "PRIVATE");
    String hidden = post(alice.api(), secret, "机密", Map.of()).path("id").asString();
    String open = post(alice.api(), channel, "<@" + bob.id() + "> 周报模板", Map.of())
        .path("id")
        .asString();
    UUID bobsOwn = ChatHttpTest.channel(bob.api(), "PRIVATE");

    var refused = bob.api()
        .post(
            "/api/v1/messages/" + hidden + "/forward",
            Map.of("channelId", bobsOwn, "clientMessageId", UUID.randomUUID()));
    assertThat(refused.status()).isEqualTo(404);
    assertThat(refused.code()).isEqualTo("chat.message-not-found");
    assertThat(bob.api()
            .post(
                "/api/v1/messages/" + open + "/forward",
                Map.of("channelId", secret, "clientMessageId", UUID.randomUUID()))
            .status())
        .isEqualTo(404);

    var forwarded = bob.api()
        .post(
            "/api/v1/messages/" + open + "/forward",
            Map.of("channelId", bobsOwn, "clientMessageId", UUID.randomUUID()));
    assertThat(forwarded.status()).isEqualTo(201);
    JsonNode from = forwarded.body().path("forwardedFrom");
    assertThat(from.path("messageId").asString()).isEqualTo(open);
    assertThat(from.path("authorId").asString()).isEqualTo(alice.id().toString());
    assertThat(from.path("channelName").asString()).startsWith("频道");
    assertThat(forwarded.body().path("mentions").path("people"))
        .as("a forward notifies no one again")
        .isEmpty();
    assertThat(forwarded.body().path("channelId").asString()).isEqualTo(bobsOwn.toString());
  }

  @Test
  void aQuoteShowsItsAuthorAndExcerptUntilTheQuotedMessageIsDeleted() {
    String quoted = post(alice.api(), channel, "下周一放假", Map.of()).path("id").asString();
    JsonNode reply = post(bob.api(), channel, "真的吗", Map.of("quotedMessageId", quoted));
    assertThat(reply.path("quote").path("authorId").asString())
        .isEqualTo(alice.id().toString());
    assertThat(reply.path("quote").path("excerpt").asString()).isEqualTo("下周一放假");

    alice.api().delete("/api/v1/messages/" + quoted);
    JsonNode after = message(reply.path("id").asString()).path("quote");
    assertThat(after.path("deleted").asBoolean()).isTrue();
    assertThat(after.path("excerpt").asString()).isEmpty();

    UUID secret = ChatHttpTest.channel(alice.api(), "PRIVATE");
    String hidden = post(alice.api(), secret, "机密", Map.of()).path("id").asString();
    var refused = bob.api()
        .post(
            "/api/v1/channels/" + channel + "/messages",
            Map.of("clientMessageId", UUID.randomUUID(), "body", "偷看", "quotedMessageId", hidden));
    assertThat(refused.status()).isEqualTo(404);
    assertThat(refused.code()).isEqualTo("chat.message-not-found");
  }

  private JsonNode message(String id) {
    for (JsonNode m :
        alice.api().get("/api/v1/channels/" + channel + "/messages?limit=200").body()) {
      if (m.path("id").asString().equals(id)) {
        return m;
      }
    }
    throw new AssertionError("no message " + id);
  }

  private long unread(People.Person person) {
    return person.api().get("/api/v1/channels/" + channel).body().path("unread").asLong();
  }

  private long lastSeq() {
    return alice.api().get("/api/v1/channels/" + channel).body().path("lastSeq").asLong();
  }

  static JsonNode post(Api api, UUID channel, String body, Map<String, Object> extra) {
    Map<String, Object> request = new HashMap<>(extra);
    request.put("clientMessageId", UUID.randomUUID());
    request.put("body", body);
    var answer = api.post("/api/v1/channels/" + channel + "/messages", request);
    assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
    return answer.body();
  }
}
