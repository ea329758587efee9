package dev.atrium.doc;

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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Templates (built in and saved from pages), favourites and recently viewed pages. */
@IntegrationTest
class TemplatesAndReadingListsTest {

  @LocalServerPort
  int port;

  @Autowired
  Pages pages;

  Api admin;
  People.Person author;
  People.Person outsider;
  UUID space;

  @BeforeEach
  void space() {
    admin = People.admin(port);
    author = People.create(port, admin, "模板作者");
    outsider = People.create(port, admin, "局外人");
    space = Docs.projectSpace(author.api(), Docs.unique("模板"));
  }

  @Test
  void theFourBuiltInTemplatesComeInChineseAndEnglish() {
    assertThat(names(author.api().get("/api/v1/templates").body()))
        .startsWith("会议纪要", "项目计划", "标准作业程序（SOP）", "周报");
    JsonNode english = author.api().get("/api/v1/templates?language=en").body();
    assertThat(names(english))
        .startsWith(
            "Meeting notes", "Project plan", "Standard operating procedure", "Weekly report");
    assertThat(english.get(0).path("builtIn").asBoolean()).isTrue();
    assertThat(english.get(0).path("markdown").asString()).startsWith("# Meeting notes");
  }

  @Test
  void aPageMadeFromATemplateStartsFromItsMarkdownUntilItHasContent() {
    var created = author
        .api()
        .post(
            "/api/v1/pages",
            Map.of("spaceId", space, "title", "周会", "templateId", "meeting-notes"));
    assertThat(created.status()).isEqualTo(201);
    UUID id = Docs.id(created.body());
    assertThat(created.body().path("initialMarkdown").asString()).startsWith("# 会议纪要");
    assertThat(created.body().path("hasContent").asBoolean()).isFalse();
    assertThat(author.api().bytes("/api/v1/pages/" + id + "/markdown").body())
        .asString(java.nio.charset.StandardCharsets.UTF_8)
        .startsWith("# 会议纪要");

    pages.storeContent(id, "# 周会\n\n决定：上线", "周会 决定：上线", author.id());
    var opened = author.api().get("/api/v1/pages/" + id).body();
    assertThat(opened.path("hasContent").asBoolean()).isTrue();
    assertThat(opened.path("initialMarkdown").isMissingNode()
            || opened.path("initialMarkdown").isNull())
        .isTrue();

    var unknown = author
        .api()
        .post("/api/v1/pages", Map.of("spaceId", space, "title", "x", "templateId", "no-such"));
    assertThat(unknown.code()).isEqualTo("doc.template-not-found");
    assertThat(Docs.tree(author.api(), space)).containsExactly("/周会@0");
  }

  @Test
  void aPageSavedAsATemplateServesItsSpaceOnlyAndCompanyTemplatesNeedAnAdministrator() {
    UUID source = Docs.page(author.api(), space, null, "发布检查单");
    pages.storeContent(source, "# 发布检查单\n\n- [ ] 备份", "发布检查单 备份", author.id());
    var saved = author.api().post("/api/v1/templates", Map.of("pageId", source, "name", "发布检查单"));
    assertThat(saved.status()).as("%s", saved.body()).isEqualTo(201);
    String templateId = saved.body().path("id").asString();
    assertThat(saved.body().path("spaceId").asString()).isEqualTo(space.toString());

    assertThat(names(author.api().get("/api/v1/templates?spaceId=" + space).body()))
        .contains("发布检查单");
    assertThat(names(outsider.api().get("/api/v1/templates").body())).doesNotContain("发布检查单");
    assertThat(outsider.api().get("/api/v1/templates?spaceId=" + space).status())
        .isEqualTo(404);
    var fromIt = author
        .api()
        .post(
            "/api/v1/pages", Map.of("spaceId", space, "title", "3 月发布", "templateId", templateId));
    assertThat(fromIt.body().path("initialMarkdown").asString()).isEqualTo("# 发布检查单\n\n- [ ] 备份");

    var companyWide = author
        .api()
        .post("/api/v1/templates", Map.of("pageId", source, "name", "全公司", "companyWide", true));
    assertThat(companyWide.code()).isEqualTo("doc.not-admin");
    assertThat(outsider.api().delete("/api/v1/templates/" + templateId).status())
        .isEqualTo(404);
    assertThat(author.api().delete("/api/v1/templates/meeting-notes").code())
        .isEqualTo("doc.template-built-in");
    assertThat(author.api().delete("/api/v1/templates/" + templateId).status()).isEqualTo(204);
    assertThat(names(author.api().get("/api/v1/templates?spaceId=" + space).body()))
        .doesNotContain("发布检查单");
  }

  @Test
  void favouritesKeepWhatIMarkedAndDropWhatIsTrashed() {
    UUID first = Docs.page(author.api(), space, null, "收藏一");
    UUID second = Docs.page(author.api(), space, null, "收藏二");
    assertThat(author.api().put("/api/v1/me/favourite-pages/" + first, null).status())
        .isEqualTo(204);
    author.api().put("/api/v1/me/favourite-pages/" + second, null);
    author.api().put("/api/v1/me/favourite-pages/" + second, null);
    assertThat(titles(author.api().get("/api/v1/me/favourite-pages").body()))
        .containsExactly("收藏二", "收藏一");
    assertThat(
            author.api().get("/api/v1/pages/" + first).body().path("favourite").asBoolean())
        .isTrue();
    assertThat(outsider.api().put("/api/v1/me/favourite-pages/" + first, null).status())
        .isEqualTo(404);

    author.api().delete("/api/v1/pages/" + second);
    assertThat(titles(author.api().get("/api/v1/me/favourite-pages").body()))
        .containsExactly("收藏一");
    author.api().delete("/api/v1/me/favourite-pages/" + first);
    assertThat(author.api().get("/api/v1/me/favourite-pages").body().size()).isZero();
  }

  @Test
  void recentlyViewedHoldsTheLastTwentyDistinctPagesOpened() {
    List<UUID> opened = new ArrayList<>();
    for (int i = 0; i < 22; i++) {
      UUID page = Docs.page(author.api(), space, null, "页" + i);
      author.api().get("/api/v1/pages/" + page);
      opened.add(page);
    }
    author.api().get("/api/v1/pages/" + opened.get(5));
    List<String> recent = titles(author.api().get("/api/v1/me/recent-pages").body());
    assertThat(recent).hasSize(20);
    assertThat(recent.get(0)).isEqualTo("页5");
    assertThat(recent.get(1)).isEqualTo("页21");
    assertThat(recent).doesNotContain("页0", "页1").containsOnlyOnce("页5");
    assertThat(outsider.api().get("/api/v1/me/recent-pages").body().size()).isZero();
  }

  private static List<String> names(JsonNode templates) {
    List<String> names = new ArrayList<>();
    templates.forEach(t -> names.add(t.path("name").asString()));
    return names;
  }

  private static List<String> titles(JsonNode links) {
    List<String> titles = new ArrayList<>();
    links.forEach(t -> titles.add(t.path("title").asString()));
    return titles;
  }
}
