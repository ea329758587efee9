package dev.atrium.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The one search over the real HTTP API: Chinese and English matching, filters, bad input. */
@IntegrationTest
class SearchHttpTest {

  @LocalServerPort
  int port;

  Api admin;
  People.Person alice;
  String tag;
  UUID channel;

  @BeforeEach
  void channel() {
    admin = People.admin(port);
    alice = People.create(port, admin, "Alice 爱丽丝");
    tag = "s" + UUID.randomUUID().toString().substring(0, 8);
    channel = Searching.channel(alice.api(), tag, "PUBLIC");
  }

  @Test
  void aChineseWordFindsTheTextThatHasItAndNotEveryTextWithOneOfItsCharacters() {
    UUID report = Searching.post(alice.api(), channel, "本周项目进度汇报：后端已完成");
    Searching.post(alice.api(), channel, "这一项很重要");
    Searching.post(alice.api(), channel, "目前还没有结论");
    Searching.post(alice.api(), channel, "进度条卡住了");

    JsonNode hits = Searching.until(alice.api(), "项目进度 in:#" + tag, found -> found.size() >= 1);

    assertThat(ids(hits)).containsExactly(report.toString());
    assertThat(matched(hits.get(0).path("snippet"))).contains("项目进度");
  }

  @Test
  void englishWordsMatchTheirOtherFormsAndQuotedPhrasesMatchExactly() {
    UUID deployed =
        Searching.post(alice.api(), channel, "We **deployed** the new build to staging");
    UUID notes = Searching.post(alice.api(), channel, "release notes are ready");
    UUID reversed = Searching.post(alice.api(), channel, "notes about the release");

    assertThat(ids(Searching.until(alice.api(), "deploy in:#" + tag, found -> found.size() >= 1)))
        .containsExactly(deployed.toString());
    assertThat(ids(
            Searching.until(alice.api(), "release notes in:#" + tag, found -> found.size() >= 2)))
        .containsExactlyInAnyOrder(notes.toString(), reversed.toString());
    assertThat(ids(Searching.hits(alice.api(), "\"release notes\" in:#" + tag)))
        .containsExactly(notes.toString());
  }

  @Test
  void mixedChineseAndEnglishMatchesAsAPersonWouldExpect() {
    UUID review = Searching.post(alice.api(), channel, "周五开 Q3 OKR 复盘会，请准备材料");
    Searching.post(alice.api(), channel, "Q4 的 OKR 还没定");

    assertThat(
            ids(Searching.until(alice.api(), "Q3 OKR 复盘 in:#" + tag, found -> found.size() >= 1)))
        .containsExactly(review.toString());
  }

  @Test
  void filtersNarrowByAuthorLinkAndDay() {
    People.Person bob = People.create(port, admin, "Bob 鲍勃 " + tag);
    bob.api().post("/api/v1/channels/" + channel + "/join", null);
    UUID fromAlice = Searching.post(alice.api(), channel, "预算表 budget draft");
    UUID fromBob = Searching.post(bob.api(), channel, "预算表 budget see https://example.org/budget");

    Searching.until(alice.api(), "budget in:#" + tag, found -> found.size() >= 2);
    assertThat(ids(Searching.until(
            alice.api(), "budget from:@\"Bob 鲍勃 " + tag + "\"", found -> found.size() >= 1)))
        .containsExactly(fromBob.toString());
    assertThat(ids(Searching.hits(alice.api(), "预算表 has:link in:#" + tag)))
        .containsExactly(fromBob.toString());
    String today = LocalDate.now(ZoneOffset.UTC).toString();
    assertThat(ids(Searching.hits(alice.api(), "budget on:" + today + " in:#" + tag)))
        .containsExactlyInAnyOrder(fromAlice.toString(), fromBob.toString());
    assertThat(ids(Searching.hits(alice.api(), "budget before:" + today + " in:#" + tag)))
        .isEmpty();
  }

  @Test
  void anEditedMessageStopsMatchingItsOldTextAndADeletedOneStopsMatchingAtAll() {
    UUID id = Searching.post(alice.api(), channel, "旧的说法 obsolete wording");
    Searching.until(alice.api(), "obsolete in:#" + tag, found -> found.size() == 1);

    alice.api().patch("/api/v1/messages/" + id, Map.of("body", "新的说法 fresh wording"));
    Searching.until(alice.api(), "fresh in:#" + tag, found -> found.size() == 1);
    assertThat(Searching.hits(alice.api(), "obsolete in:#" + tag)).isEmpty();

    alice.api().delete("/api/v1/messages/" + id);
    Searching.until(alice.api(), "fresh in:#" + tag, JsonNode::isEmpty);
  }

  @Test
  void peopleAreFoundByNameAndPinyinAndChannelsByName() {
    People.Person person = People.create(port, admin, "诸葛亮" + tag);

    Searching.until(alice.api(), "诸葛亮" + tag, found -> found.size() >= 1, "person");
    JsonNode byPinyin =
        Searching.until(alice.api(), "zhugeliang" + tag, found -> found.size() >= 1, "person");
    JsonNode byInitials =
        Searching.until(alice.api(), "zgl " + tag, found -> found.size() >= 1, "person");
    assertThat(ids(byPinyin)).contains(person.id().toString());
    assertThat(ids(byInitials)).contains(person.id().toString());
    assertThat(byPinyin.get(0).path("link").asString())
        .isEqualTo("/directory/people/" + person.id());
    assertThat(ids(Searching.until(alice.api(), tag, found -> found.size() >= 1, "channel")))
        .contains(channel.toString());

    // a renamed person is found by the new name's pinyin, no longer by the old one's
    admin.patch("/api/v1/people/" + person.id(), Map.of("name", "司马懿" + tag));
    assertThat(
            ids(Searching.until(alice.api(), "simayi" + tag, found -> found.size() >= 1, "person")))
        .contains(person.id().toString());
    assertThat(ids(Searching.hits(alice.api(), "zhugeliang" + tag, "person")))
        .doesNotContain(person.id().toString());
  }

  @Test
  void withoutAKindResultsComeGroupedByKindWithTheirContext() {
    Searching.post(alice.api(), channel, "年终总结 " + tag);
    var groups = Searching.eventually(
        () -> alice.api().get("/api/v1/search?q=" + encode(tag)).body().path("groups"),
        found -> kinds(found).containsAll(List.of("message", "channel")));

    JsonNode message = group(groups, "message").path("hits").get(0);
    assertThat(message.path("containerName").asString()).isEqualTo(tag);
    assertThat(message.path("authorName").asString()).isEqualTo("Alice 爱丽丝");
    assertThat(message.path("link").asString()).startsWith("/messages/" + channel + "/");
  }

  @Test
  void badQueriesGetAClearAnswerNeverAServerError() {
    assertThat(alice.api().get("/api/v1/search?q=").code()).isEqualTo("search.empty-query");
    assertThat(alice.api().get("/api/v1/search?q=" + encode("  ")).code())
        .isEqualTo("search.empty-query");
    assertThat(alice.api().get("/api/v1/search?q=" + "x".repeat(10_240)).code())
        .isEqualTo("search.query-too-long");
    assertThat(alice.api().get("/api/v1/search?q=" + encode("\"项目进度")).code())
        .isEqualTo("search.unbalanced-quotes");
    var unknown = alice.api().get("/api/v1/search?q=" + encode("colour:red 项目"));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.code()).isEqualTo("search.unknown-filter");
    assertThat(unknown.body().path("filter").asString()).isEqualTo("colour:red");
    assertThat(alice
            .api()
            .get("/api/v1/search?q=" + encode("report before:yesterday-ish"))
            .code())
        .isEqualTo("search.bad-date");
    assertThat(alice
            .api()
            .get("/api/v1/search?q=" + encode("in:#no-such-channel-" + tag))
            .code())
        .isEqualTo("search.unknown-channel");
    assertThat(alice.api().get("/api/v1/search?q=x&kind=planet").code())
        .isEqualTo("search.unknown-filter");
    // signs people type in code are searched as written, not as query syntax
    assertThat(alice.api().get("/api/v1/search?q=" + encode("C++ -rf (a|b) *")).status())
        .isEqualTo(200);
  }

  @Test
  void anAdministratorSeesTheIndexHealthAndRebuildsItWhileSearchGoesOn() {
    UUID id = Searching.post(alice.api(), channel, "重建索引 rebuild " + tag);
    Searching.until(alice.api(), "rebuild " + tag, found -> found.size() == 1);

    assertThat(alice.api().get("/api/v1/admin/search/index").status()).isEqualTo(403);
    var started = admin.post("/api/v1/admin/search/index/rebuild", null);
    assertThat(started.status()).isEqualTo(202);
    JsonNode ready = Searching.eventually(
        () -> admin.get("/api/v1/admin/search/index").body(),
        status -> status.path("state").asString().equals("READY")
            && status.path("rebuild").has("finishedAt"),
        120);

    assertThat(ready.path("rebuild").path("failure").isMissingNode()).isTrue();
    assertThat(ready.path("documents").asLong()).isPositive();
    assertThat(ready.path("byKind").path("message").asLong()).isPositive();
    assertThat(ready.path("sizeBytes").asLong()).isPositive();
    assertThat(ids(Searching.hits(alice.api(), "rebuild " + tag))).containsExactly(id.toString());
  }

  static List<String> ids(JsonNode hits) {
    List<String> ids = new ArrayList<>();
    hits.forEach(hit -> ids.add(hit.path("id").asString()));
    return ids;
  }

  static String matched(JsonNode segments) {
    StringBuilder text = new StringBuilder();
    segments.forEach(segment ->
        text.append(segment.path("match").asBoolean() ? segment.path("text").asString() : "|"));
    return text.toString();
  }

  private static List<String> kinds(JsonNode groups) {
    List<String> kinds = new ArrayList<>();
    groups.forEach(group -> kinds.add(group.path("kind").asString()));
    return kinds;
  }

  private static JsonNode group(JsonNode groups, String kind) {
    for (JsonNode group : groups) {
      if (group.path("kind").asString().equals(kind)) return group;
    }
    throw new AssertionError("no " + kind + " group in " + groups);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
