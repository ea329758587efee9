package dev.atrium.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Who finds what: the same rules as reading the channel, applied at the moment of the search, so
 * joining, leaving, being removed and deleting change results at once.
 */
@IntegrationTest
class SearchPermissionsTest {

  @LocalServerPort
  int port;

  Api admin;
  People.Person owner;
  People.Person colleague;
  People.Person guest;
  String tag;

  @BeforeEach
  void people() {
    admin = People.admin(port);
    owner = People.create(port, admin, "Owner 主人");
    colleague = People.create(port, admin, "Colleague 同事");
    guest = People.createGuest(port, admin, "Guest 访客");
    tag = "p" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void aPublicChannelIsFoundByEveryColleagueButNotByAGuest() {
    UUID channel = Searching.channel(owner.api(), tag, "PUBLIC");
    UUID message = Searching.post(owner.api(), channel, "公开的季度目标 " + tag);

    assertThat(Searching.until(owner.api(), tag, found -> found.size() == 1)).hasSize(1);
    assertThat(Searching.until(colleague.api(), tag, found -> found.size() == 1)
            .get(0)
            .path("id")
            .asString())
        .isEqualTo(message.toString());
    assertThat(Searching.hits(guest.api(), tag)).isEmpty();
    assertThat(Searching.hits(guest.api(), tag, "channel")).isEmpty();
  }

  @Test
  void aPrivateChannelIsFoundOnlyByItsMembersFromTheMomentTheyJoinUntilTheyLeave() {
    UUID channel = Searching.channel(owner.api(), tag, "PRIVATE");
    Searching.post(owner.api(), channel, "保密的收购计划 " + tag);
    Searching.until(owner.api(), tag, found -> found.size() == 1);

    assertThat(Searching.hits(colleague.api(), tag)).isEmpty();
    assertThat(Searching.hits(colleague.api(), tag, "channel")).isEmpty();
    assertThat(Searching.hits(admin, tag))
        .as("administrators do not read private channels")
        .isEmpty();
    assertThat(
            colleague.api().get("/api/v1/search?q=" + tag + "%20in:%23" + tag).code())
        .isEqualTo("search.unknown-channel");

    owner
        .api()
        .post("/api/v1/channels/" + channel + "/members", Map.of("personId", colleague.id()));
    assertThat(Searching.hits(colleague.api(), tag)).hasSize(1);
    assertThat(Searching.hits(colleague.api(), tag, "channel")).hasSize(1);

    colleague.api().post("/api/v1/channels/" + channel + "/leave", null);
    assertThat(Searching.hits(colleague.api(), tag)).isEmpty();

    owner.api().post("/api/v1/channels/" + channel + "/members", Map.of("personId", guest.id()));
    assertThat(Searching.hits(guest.api(), tag)).hasSize(1);
    assertThat(owner
            .api()
            .delete("/api/v1/channels/" + channel + "/members/" + guest.id())
            .status())
        .isEqualTo(204);
    assertThat(Searching.hits(guest.api(), tag)).isEmpty();
  }

  @Test
  void aDirectConversationIsFoundOnlyByTheTwoInIt() {
    UUID direct = UUID.fromString(owner
        .api()
        .post("/api/v1/channels/direct", Map.of("personId", colleague.id()))
        .body()
        .path("id")
        .asString());
    Searching.post(owner.api(), direct, "私下聊一下薪资 " + tag);

    assertThat(Searching.until(colleague.api(), tag, found -> found.size() == 1))
        .hasSize(1);
    assertThat(Searching.hits(owner.api(), tag)).hasSize(1);
    assertThat(Searching.hits(People.create(port, admin, "Third 第三人").api(), tag))
        .isEmpty();
    assertThat(Searching.hits(admin, tag)).isEmpty();
  }

  @Test
  void aFileInAPrivateChannelIsFoundByNameAndContentOnlyByMembers() {
    UUID channel = Searching.channel(owner.api(), tag, "PRIVATE");
    var uploaded = owner
        .api()
        .sendRaw(
            "POST",
            "/api/v1/files?name="
                + java.net.URLEncoder.encode(
                    "预算-" + tag + ".txt", java.nio.charset.StandardCharsets.UTF_8),
            "text/plain",
            ("二〇二七年预算草案 quarterly budget " + tag + "-content")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(uploaded.status()).isEqualTo(201);
    var posted = owner
        .api()
        .post(
            "/api/v1/channels/" + channel + "/messages",
            Map.of(
                "clientMessageId",
                UUID.randomUUID(),
                "body",
                "",
                "attachmentIds",
                java.util.List.of(uploaded.body().path("id").asString())));
    assertThat(posted.status()).isEqualTo(201);

    var byName = Searching.until(owner.api(), "预算-" + tag, found -> found.size() == 1, "file");
    assertThat(byName.get(0).path("id").asString())
        .isEqualTo(uploaded.body().path("id").asString());
    assertThat(Searching.until(owner.api(), tag + "-content", found -> found.size() == 1, "file"))
        .hasSize(1);
    assertThat(Searching.hits(colleague.api(), tag + "-content", "file")).isEmpty();
    assertThat(Searching.hits(colleague.api(), "预算-" + tag, "file")).isEmpty();

    owner.api().delete("/api/v1/messages/" + posted.body().path("id").asString());
    Searching.until(owner.api(), "预算-" + tag, found -> found.isEmpty(), "file");
  }
}
