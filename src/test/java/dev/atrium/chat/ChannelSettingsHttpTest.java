package dev.atrium.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Who may change what about a channel, over the real HTTP API; each refusal stores nothing. */
@IntegrationTest
class ChannelSettingsHttpTest {

  @LocalServerPort
  int port;

  Api admin;
  People.Person alice;
  People.Person bob;
  UUID channel;
  String path;

  @BeforeEach
  void aliceOwnsAChannelBobIsIn() {
    admin = People.admin(port);
    alice = People.create(port, admin, "Alice 爱丽丝");
    bob = People.create(port, admin, "Bob 鲍勃");
    channel = ChatHttpTest.channel(alice.api(), "PUBLIC");
    path = "/api/v1/channels/" + channel;
    assertThat(bob.api().post(path + "/join", null).status()).isEqualTo(200);
  }

  @Test
  void aMemberCannotChangeSettingsOrArchiveButAnAdminCan() {
    long before = lastSeq();
    var topic = bob.api().patch(path, Map.of("topic", "mine now"));
    var archive = bob.api().post(path + "/archive", null);

    assertThat(topic.status()).isEqualTo(403);
    assertThat(topic.code()).isEqualTo("chat.not-channel-admin");
    assertThat(archive.status()).isEqualTo(403);
    assertThat(archive.code()).isEqualTo("chat.not-channel-admin");
    assertThat(lastSeq()).as("refusals store nothing").isEqualTo(before);
    assertThat(bob.api().get(path).body().path("capabilities").path("canManage").asBoolean())
        .isFalse();

    var promoted =
        alice.api().put(path + "/members/" + bob.id() + "/role", Map.of("role", "ADMIN"));
    assertThat(promoted.status()).isEqualTo(200);
    assertThat(promoted.body().path("role").asString()).isEqualTo("ADMIN");
    assertThat(bob.api().get(path).body().path("capabilities").path("canManage").asBoolean())
        .isTrue();

    var archived = bob.api().post(path + "/archive", null);
    assertThat(archived.status()).isEqualTo(200);
    assertThat(archived.body().path("archived").asBoolean()).isTrue();
    assertThat(archived.body().path("capabilities").path("canPost").asBoolean()).isFalse();
    var post = alice
        .api()
        .post(path + "/messages", Map.of("clientMessageId", UUID.randomUUID(), "body", "anyone?"));
    assertThat(post.status()).isEqualTo(409);
    assertThat(post.code()).isEqualTo("chat.channel-archived");
    assertThat(alice.api().patch(path, Map.of("topic", "still here")).code())
        .isEqualTo("chat.channel-archived");

    assertThat(bob.api().post(path + "/unarchive", null).body().path("archived").asBoolean())
        .isFalse();
    assertThat(alice
            .api()
            .post(path + "/messages", Map.of("clientMessageId", UUID.randomUUID(), "body", "back"))
            .status())
        .isEqualTo(201);
  }

  @Test
  void topicPurposeAndPoliciesAreStoredAndEachChangeIsAStreamEntry() {
    long before = lastSeq();
    var updated = alice
        .api()
        .patch(
            path,
            Map.of(
                "topic",
                "  本周发布  ",
                "purpose",
                "Release coordination",
                "postingPolicy",
                "ADMINS",
                "mentionPolicy",
                "ADMINS"));

    assertThat(updated.status()).isEqualTo(200);
    JsonNode body = updated.body();
    assertThat(body.path("topic").asString()).isEqualTo("本周发布");
    assertThat(body.path("purpose").asString()).isEqualTo("Release coordination");
    assertThat(body.path("postingPolicy").asString()).isEqualTo("ADMINS");
    assertThat(body.path("mentionPolicy").asString()).isEqualTo("ADMINS");
    JsonNode entries = alice.api().get(path + "/stream?after=" + before).body().path("entries");
    assertThat(entries).hasSize(1);
    assertThat(entries.get(0).path("event").path("kind").asString()).isEqualTo("channel.updated");
    assertThat(entries.get(0).path("event").path("settings").path("topic").asString())
        .isEqualTo("本周发布");
    assertThat(
            entries.get(0).path("event").path("settings").path("postingPolicy").asString())
        .isEqualTo("ADMINS");

    // the same values again change nothing and take no stream position
    alice.api().patch(path, Map.of("topic", "本周发布"));
    assertThat(lastSeq()).isEqualTo(before + 1);
    // an empty topic clears it
    assertThat(absent(alice.api().patch(path, Map.of("topic", "")).body().path("topic")))
        .isTrue();
    assertThat(alice.api().get(path).body().path("purpose").asString())
        .isEqualTo("Release coordination");
  }

  @Test
  void aBroadcastChannelRefusesMembersPostsButTheyStillRead() {
    alice.api().patch(path, Map.of("postingPolicy", "ADMINS"));
    long before = lastSeq();

    var refused = bob.api()
        .post(path + "/messages", Map.of("clientMessageId", UUID.randomUUID(), "body", "may I?"));
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.code()).isEqualTo("chat.posting-restricted");
    assertThat(lastSeq()).isEqualTo(before);
    assertThat(bob.api().get(path).body().path("capabilities").path("canPost").asBoolean())
        .isFalse();

    assertThat(alice
            .api()
            .post(path + "/messages", Map.of("clientMessageId", UUID.randomUUID(), "body", "公告"))
            .status())
        .isEqualTo(201);
    assertThat(bob.api().get(path + "/messages").body())
        .extracting(m -> m.path("body").asString())
        .containsExactly("公告");
    alice.api().put(path + "/members/" + bob.id() + "/role", Map.of("role", "ADMIN"));
    assertThat(bob.api()
            .post(
                path + "/messages",
                Map.of("clientMessageId", UUID.randomUUID(), "body", "now I may"))
            .status())
        .isEqualTo(201);
  }

  @Test
  void aChannelAlwaysKeepsAnOwner() {
    var stepDown =
        alice.api().put(path + "/members/" + alice.id() + "/role", Map.of("role", "MEMBER"));
    assertThat(stepDown.status()).isEqualTo(409);
    assertThat(stepDown.code()).isEqualTo("chat.last-owner");
    var leave = alice.api().post(path + "/leave", null);
    assertThat(leave.status()).isEqualTo(409);
    assertThat(leave.code()).isEqualTo("chat.last-owner");

    alice.api().put(path + "/members/" + bob.id() + "/role", Map.of("role", "ADMIN"));
    var adminMakesOwner =
        bob.api().put(path + "/members/" + bob.id() + "/role", Map.of("role", "OWNER"));
    assertThat(adminMakesOwner.status()).isEqualTo(403);
    assertThat(adminMakesOwner.code()).isEqualTo("chat.not-owner");
    var adminRemovesOwner = bob.api().delete(path + "/members/" + alice.id());
    assertThat(adminRemovesOwner.code()).isEqualTo("chat.not-owner");

    assertThat(alice
            .api()
            .put(path + "/members/" + bob.id() + "/role", Map.of("role", "OWNER"))
            .status())
        .isEqualTo(200);
    assertThat(alice
            .api()
            .put(path + "/members/" + alice.id() + "/role", Map.of("role", "MEMBER"))
            .status())
        .isEqualTo(200);
    assertThat(bob.api().delete(path + "/members/" + alice.id()).status()).isEqualTo(204);
    assertThat(absent(alice.api().get(path).body().path("role"))).isTrue();
  }

  @Test
  void ownersRemoveMembersWhoThenNoLongerSeeAPrivateChannel() {
    UUID secret = ChatHttpTest.channel(alice.api(), "PRIVATE");
    alice.api().post("/api/v1/channels/" + secret + "/members", Map.of("personId", bob.id()));
    assertThat(bob.api()
            .delete("/api/v1/channels/" + secret + "/members/" + alice.id())
            .code())
        .isEqualTo("chat.not-channel-admin");

    assertThat(alice
            .api()
            .delete("/api/v1/channels/" + secret + "/members/" + bob.id())
            .status())
        .isEqualTo(204);
    assertThat(bob.api().get("/api/v1/channels/" + secret).status()).isEqualTo(404);
    JsonNode entries =
        alice.api().get("/api/v1/channels/" + secret + "/stream?after=0").body().path("entries");
    assertThat(entries.get(entries.size() - 1).path("event").path("kind").asString())
        .isEqualTo("member.left");
  }

  @Test
  void theMembersListShowsNamesAndRolesOwnersFirst() {
    alice.api().put(path + "/members/" + bob.id() + "/role", Map.of("role", "ADMIN"));
    var page = bob.api().get(path + "/members?page=0&size=10").body();

    assertThat(page.path("total").asLong()).isEqualTo(2);
    assertThat(page.path("items"))
        .extracting(m -> m.path("name").asString())
        .containsExactly("Alice 爱丽丝", "Bob 鲍勃");
    assertThat(page.path("items"))
        .extracting(m -> m.path("role").asString())
        .containsExactly("OWNER", "ADMIN");
    // an admin may not touch an owner, nor remove themself (they leave instead)
    assertThat(page.path("items").get(0).path("canRemove").asBoolean()).isFalse();
    assertThat(page.path("items").get(1).path("canRemove").asBoolean()).isFalse();
    assertThat(bob.api().get(path + "/members?size=0").code()).isEqualTo("chat.page-invalid");
  }

  @Test
  void browsingFindsPublicChannelsByNameWithCountsAndWhetherIAmIn() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    var open = alice
        .api()
        .post("/api/v1/channels", Map.of("kind", "PUBLIC", "name", "设计评审 " + tag))
        .body();
    alice.api().post("/api/v1/channels", Map.of("kind", "PRIVATE", "name", "设计密谈 " + tag));

    var found = bob.api().get("/api/v1/channels/browse?q=" + tag).body();
    assertThat(found.path("total").asLong()).isEqualTo(1);
    JsonNode listing = found.path("items").get(0);
    assertThat(listing.path("id").asString()).isEqualTo(open.path("id").asString());
    assertThat(listing.path("memberCount").asLong()).isEqualTo(1);
    assertThat(listing.path("joined").asBoolean()).isFalse();
    assertThat(alice
            .api()
            .get("/api/v1/channels/browse?q=" + tag.toUpperCase())
            .body()
            .path("items")
            .get(0)
            .path("joined")
            .asBoolean())
        .isTrue();
    People.Person guest = People.createGuest(port, admin, "Guest 访客");
    assertThat(guest.api().get("/api/v1/channels/browse").code())
        .isEqualTo("chat.guest-not-allowed");
  }

  @Test
  void aGroupOfMoreThanFiftyIsRefusedAndStoresNothing() {
    List<UUID> fifty = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      fifty.add(person("成员 " + i));
    }
    int channelsBefore = alice.api().get("/api/v1/channels").body().size();

    var tooMany = alice.api().post("/api/v1/channels/group", Map.of("personIds", fifty));
    assertThat(tooMany.status()).isEqualTo(400);
    assertThat(tooMany.code()).isEqualTo("chat.group-too-large");
    assertThat(alice.api().get("/api/v1/channels").body().size()).isEqualTo(channelsBefore);

    var full =
        alice.api().post("/api/v1/channels/group", Map.of("personIds", fifty.subList(0, 49)));
    assertThat(full.status()).isEqualTo(201);
    assertThat(full.body().path("kind").asString()).isEqualTo("GROUP");
    assertThat(full.body().path("memberCount").asLong()).isEqualTo(50);
    String group = "/api/v1/channels/" + full.body().path("id").asString();
    var fiftyFirst = alice.api().post(group + "/members", Map.of("personId", fifty.get(49)));
    assertThat(fiftyFirst.status()).isEqualTo(409);
    assertThat(fiftyFirst.code()).isEqualTo("chat.group-too-large");
    assertThat(alice.api().get(group).body().path("memberCount").asLong()).isEqualTo(50);
  }

  @Test
  void anyoneInAGroupAddsPeopleAndMayLeaveItsOwnershipPassesOn() {
    People.Person carol = People.create(port, admin, "Carol 卡罗尔");
    UUID dave = person("Dave 大卫");
    var created = alice
        .api()
        .post("/api/v1/channels/group", Map.of("personIds", List.of(bob.id(), carol.id())));
    assertThat(created.status()).isEqualTo(201);
    assertThat(absent(created.body().path("name"))).isTrue();
    String group = "/api/v1/channels/" + created.body().path("id").asString();

    assertThat(carol.api().post(group + "/members", Map.of("personId", dave)).status())
        .isEqualTo(200);
    assertThat(alice.api().post(group + "/leave", null).status()).isEqualTo(204);
    var members = bob.api().get(group + "/members").body();
    assertThat(members.path("total").asLong()).isEqualTo(3);
    assertThat(members.path("items").get(0).path("role").asString())
        .as("the longest-standing member inherits")
        .isEqualTo("OWNER");
    assertThat(carol.api().post(group + "/leave", null).status()).isEqualTo(204);
  }

  private UUID person(String name) {
    var created = admin.post(
        "/api/v1/people",
        Map.of(
            "name",
            name,
            "email",
            People.uniqueEmail("g"),
            "primaryDepartmentId",
            People.rootDepartment(admin)));
    assertThat(created.status()).isEqualTo(201);
    return UUID.fromString(created.body().path("id").asString());
  }

  private static boolean absent(JsonNode value) {
    return value.isMissingNode() || value.isNull();
  }

  private long lastSeq() {
    return alice.api().get(path).body().path("lastSeq").asLong();
  }
}
