package dev.atrium.doc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Pages in the one search (by title, text and tag, for their readers only) and as cards for links in chat. */
@IntegrationTest
class PageSearchAndCardsTest {

  @LocalServerPort
  int port;

  @Autowired
  Pages pages;

  Api admin;
  People.Person author;
  People.Person reader;
  People.Person stranger;
  UUID space;
  String word;

  @BeforeEach
  void space() {
    admin = People.admin(port);
    author = People.create(port, admin, "文档作者");
    reader = People.create(port, admin, "读者");
    stranger = People.create(port, admin, "陌生人");
    String name = Docs.unique("知识库");
    space = Docs.projectSpace(author.api(), name);
    author
        .api()
        .put(
            "/api/v1/spaces/" + space + "/grants",
            Map.of(
                "grants",
                List.of(
                    Map.of("kind", "PERSON", "id", author.id(), "role", "ADMIN"),
                    Map.of("kind", "PERSON", "id", reader.id(), "role", "READ"))));
    word = "w" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void aPageIsFoundByTitleTextAndTagOnlyByThoseWhoMayReadIt() {
    UUID page = Docs.page(author.api(), space, null, "部署手册 " + word + "title");
    author.api().patch("/api/v1/pages/" + page, Map.of("tags", List.of(word + "tag")));
    pages.storeContent(
        page, "# 部署\n\n回滚步骤 " + word + "body", "部署 回滚步骤 " + word + "body", author.id());

    JsonNode byText =
        Docs.eventually(() -> hits(reader.api(), word + "body"), found -> found.size() == 1);
    assertThat(byText.get(0).path("link").asString())
        .isEqualTo("/docs/spaces/" + space + "/pages/" + page);
    String spaceName = byText.get(0).path("containerName").asString();
    assertThat(spaceName).as("the hit names its space").startsWith("知识库");
    assertThat(ids(hits(reader.api(), "回滚步骤 in:\"" + spaceName + "\"")))
        .as("in: a space")
        .containsExactly(page.toString());
    assertThat(ids(
            Docs.eventually(() -> hits(reader.api(), word + "title"), found -> found.size() == 1)))
        .containsExactly(page.toString());
    assertThat(ids(
            Docs.eventually(() -> hits(reader.api(), word + "tag"), found -> found.size() == 1)))
        .containsExactly(page.toString());
    assertThat(hits(stranger.api(), word + "body")).isEmpty();

    author.api().delete("/api/v1/pages/" + page);
    Docs.eventually(() -> hits(reader.api(), word + "body"), JsonNode::isEmpty);
  }

  @Test
  void aPageIsFoundByItsCommentsUntilTheyAreDeleted() {
    UUID page = Docs.page(author.api(), space, null, "上线检查");
    var thread = reader
        .api()
        .post(
            "/api/v1/pages/" + page + "/comments",
            Map.of("body", "数据库迁移 " + word + "comment 要先演练"));
    assertThat(thread.status()).as("%s", thread.body()).isEqualTo(201);

    assertThat(ids(Docs.eventually(
            () -> hits(reader.api(), word + "comment"), found -> found.size() == 1)))
        .containsExactly(page.toString());
    assertThat(hits(stranger.api(), word + "comment")).isEmpty();
    reader
        .api()
        .delete("/api/v1/page-comments/"
            + thread.body().path("comments").get(0).path("id").asString());
    Docs.eventually(() -> hits(reader.api(), word + "comment"), JsonNode::isEmpty);
  }

  @Test
  void aRestrictedPageIsFoundOnlyByThoseItLetsIn() {
    UUID open = Docs.page(author.api(), space, null, "公开 " + word);
    UUID secret = Docs.page(author.api(), space, null, "机密 " + word);
    UUID below = Docs.page(author.api(), space, secret, "机密附录 " + word);
    Docs.eventually(() -> hits(reader.api(), word), found -> found.size() == 3);

    author
        .api()
        .put(
            "/api/v1/pages/" + secret + "/restrictions",
            Map.of(
                "readers",
                List.of(Map.of("kind", "PERSON", "id", author.id())),
                "editors",
                List.of()));
    assertThat(ids(Docs.eventually(() -> hits(reader.api(), word), found -> found.size() == 1)))
        .containsExactly(open.toString());
    assertThat(ids(hits(author.api(), word)))
        .containsExactlyInAnyOrder(open.toString(), secret.toString(), below.toString());

    author
        .api()
        .put(
            "/api/v1/pages/" + secret + "/restrictions",
            Map.of("readers", List.of(), "editors", List.of()));
    Docs.eventually(() -> hits(reader.api(), word), found -> found.size() == 3);
  }

  @Test
  void aLinkToAPageUnfurlsAsACardForItsReadersOnly() {
    UUID page = Docs.page(author.api(), space, null, "入职指南");
    pages.storeContent(page, "# 入职指南\n\n第一天：领电脑", "入职指南\n第一天：领电脑", author.id());
    String url = "https://atrium.example/docs/pages/" + page;

    String asShown = "https://atrium.example/docs/spaces/" + space + "/pages/" + page;
    assertThat(reader
            .api()
            .post("/api/v1/unfurl", Map.of("urls", List.of(asShown)))
            .body()
            .path("cards")
            .size())
        .as("the address the browser shows unfurls too")
        .isEqualTo(1);
    var cards =
        reader.api().post("/api/v1/unfurl", Map.of("urls", List.of(url))).body().path("cards");
    assertThat(cards.size()).isEqualTo(1);
    assertThat(cards.get(0).path("kind").asString()).isEqualTo("page");
    JsonNode preview = cards.get(0).path("preview");
    assertThat(preview.path("title").asString()).isEqualTo("入职指南");
    assertThat(preview.path("containerName").asString()).startsWith("知识库");
    assertThat(preview.path("excerpt").asString()).isEqualTo("入职指南 第一天：领电脑");

    assertThat(stranger
            .api()
            .post("/api/v1/unfurl", Map.of("urls", List.of(url)))
            .body()
            .path("cards")
            .size())
        .isZero();
  }

  private static JsonNode hits(Api api, String query) {
    var found = api.get(
        "/api/v1/search?kind=page&size=20&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    assertThat(found.status()).as("%s", found.body()).isEqualTo(200);
    return found.body().path("groups").get(0).path("hits");
  }

  private static List<String> ids(JsonNode hits) {
    List<String> ids = new ArrayList<>();
    hits.forEach(hit -> ids.add(hit.path("id").asString()));
    return ids;
  }
}
