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

/** A space's page tree over HTTP: nesting, dragging, moving, copying, archiving, trash and restore. */
@IntegrationTest
class PageTreeTest {

  @LocalServerPort
  int port;

  @Autowired
  Pages pages;

  Api writer;
  People.Person person;
  UUID space;
  UUID a;
  UUID b;
  UUID c;
  UUID a1;
  UUID a2;

  @BeforeEach
  void tree() {
    Api admin = People.admin(port);
    person = People.create(port, admin, "作者");
    writer = person.api();
    space = Docs.projectSpace(writer, Docs.unique("树"));
    a = Docs.page(writer, space, null, "A");
    b = Docs.page(writer, space, null, "B");
    c = Docs.page(writer, space, null, "C");
    a1 = Docs.page(writer, space, a, "A1");
    a2 = Docs.page(writer, space, a, "A2");
  }

  @Test
  void pagesNestAndDragIntoPlace() {
    assertThat(Docs.tree(writer, space))
        .containsExactly("/A@0", "A/A1@0", "A/A2@1", "/B@1", "/C@2");

    move(c, null, 0);
    assertThat(Docs.tree(writer, space))
        .containsExactly("/C@0", "/A@1", "A/A1@0", "A/A2@1", "/B@2");
    var moved = move(b, a, 1);
    assertThat(moved.body().path("parentId").asString()).isEqualTo(a.toString());
    assertThat(moved.body().path("position").asInt()).isEqualTo(1);
    assertThat(Docs.tree(writer, space))
        .containsExactly("/C@0", "/A@1", "A/A1@0", "A/B@1", "A/A2@2");
    move(a2, a, 0);
    assertThat(Docs.tree(writer, space))
        .containsExactly("/C@0", "/A@1", "A/A2@0", "A/A1@1", "A/B@2");
  }

  @Test
  void manyDragsBetweenTheSameTwoPagesKeepTheOrderRight() {
    List<UUID> inserted = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      UUID page = Docs.page(writer, space, null, "N" + i);
      move(page, null, 1);
      inserted.add(page);
    }
    var tree =
        Docs.tree(writer, space).stream().filter(line -> line.startsWith("/")).toList();
    assertThat(tree.get(0)).isEqualTo("/A@0");
    assertThat(tree.get(1)).isEqualTo("/N24@1");
    assertThat(tree.get(25)).isEqualTo("/N0@25");
    assertThat(tree.get(26)).isEqualTo("/B@26");
  }

  @Test
  void aPageCannotMoveUnderItselfOrItsOwnSubtree() {
    var underChild =
        writer.post("/api/v1/pages/" + a + "/move", Map.of("parentId", a1, "position", 0));
    assertThat(underChild.status()).isEqualTo(400);
    assertThat(underChild.code()).isEqualTo("doc.page-move-cycle");
    assertThat(writer
            .post("/api/v1/pages/" + a + "/move", Map.of("parentId", a, "position", 0))
            .code())
        .isEqualTo("doc.page-move-cycle");
    UUID other = Docs.projectSpace(writer, Docs.unique("另一个"));
    UUID elsewhere = Docs.page(writer, other, null, "别处");
    assertThat(writer
            .post("/api/v1/pages/" + a + "/move", Map.of("parentId", elsewhere, "position", 0))
            .code())
        .isEqualTo("doc.page-other-space");
    assertThat(Docs.tree(writer, space))
        .containsExactly("/A@0", "A/A1@0", "A/A2@1", "/B@1", "/C@2");
  }

  @Test
  void aCopyTakesTheNewTitleTheTagsAndTheStoredContentAndLandsRightAfterTheOriginal() {
    writer.patch("/api/v1/pages/" + a1, Map.of("tags", List.of("#设计", " Design  Review ")));
    pages.storeContent(a1, "# 设计\n\n正文", "设计 正文", person.id());

    var copy = writer.post("/api/v1/pages/" + a1 + "/copy", Map.of("title", "A1 副本"));
    assertThat(copy.status()).as("%s", copy.body()).isEqualTo(201);
    assertThat(copy.body().path("tags").toString()).isEqualTo("[\"设计\",\"design review\"]");
    assertThat(copy.body().path("hasContent").asBoolean()).isTrue();
    assertThat(
            writer.bytes("/api/v1/pages/" + Docs.id(copy.body()) + "/markdown").body())
        .asString(java.nio.charset.StandardCharsets.UTF_8)
        .isEqualTo("# 设计\n\n正文");
    assertThat(Docs.tree(writer, space))
        .containsExactly("/A@0", "A/A1@0", "A/A1 副本@1", "A/A2@2", "/B@1", "/C@2");

    UUID other = Docs.projectSpace(writer, Docs.unique("别的空间"));
    var across =
        writer.post("/api/v1/pages/" + a1 + "/copy", Map.of("title", "搬过去", "spaceId", other));
    assertThat(across.body().path("spaceId").asString()).isEqualTo(other.toString());
    assertThat(Docs.tree(writer, other)).containsExactly("/搬过去@0");
  }

  @Test
  void anArchivedPageAndEverythingBelowItCanBeReadButNotChanged() {
    var archived = writer.post("/api/v1/pages/" + a + "/archive", null);
    assertThat(archived.body().path("archived").asBoolean()).isTrue();
    assertThat(writer
            .get("/api/v1/pages/" + a1)
            .body()
            .path("capabilities")
            .path("canEdit")
            .asBoolean())
        .isFalse();
    assertThat(writer.patch("/api/v1/pages/" + a1, Map.of("title", "x")).code())
        .isEqualTo("doc.page-archived");
    assertThat(Docs.tree(writer, space)).contains("/A@0", "A/A1@0");

    writer.post("/api/v1/pages/" + a + "/unarchive", null);
    assertThat(writer.patch("/api/v1/pages/" + a1, Map.of("title", "A1")).status())
        .isEqualTo(200);
  }

  @Test
  void trashingAPageTakesItsSubtreeAndRestoringBringsItAllBackWhereItWas() {
    move(b, a, 2);
    assertThat(writer.delete("/api/v1/pages/" + a).status()).isEqualTo(204);
    assertThat(Docs.tree(writer, space)).containsExactly("/C@0");
    assertThat(writer.get("/api/v1/pages/" + a1).status()).isEqualTo(404);
    var trash = writer.get("/api/v1/spaces/" + space + "/trash").body();
    assertThat(trash.size()).isEqualTo(1);
    assertThat(trash.get(0).path("pages").asInt()).isEqualTo(4);
    assertThat(writer.post("/api/v1/pages/" + a1 + "/restore", null).status()).isEqualTo(404);

    assertThat(writer.post("/api/v1/pages/" + a + "/restore", null).status()).isEqualTo(200);
    assertThat(Docs.tree(writer, space))
        .containsExactly("/A@0", "A/A1@0", "A/A2@1", "A/B@2", "/C@1");
    assertThat(writer.get("/api/v1/spaces/" + space + "/trash").body().size()).isZero();
  }

  @Test
  void aPageWhoseParentIsStillInTheTrashComesBackAtTheTopLevel() {
    writer.delete("/api/v1/pages/" + a1);
    writer.delete("/api/v1/pages/" + a);
    var restored = writer.post("/api/v1/pages/" + a1 + "/restore", null);
    assertThat(restored.status()).isEqualTo(200);
    assertThat(
            restored.body().has("parentId") && !restored.body().path("parentId").isNull())
        .isFalse();
    assertThat(Docs.tree(writer, space)).containsExactly("/B@0", "/C@1", "/A1@2");
  }

  @Test
  void invalidTitlesAndTagsAreRefusedAndLeaveThePageAsItWas() {
    assertThat(writer.patch("/api/v1/pages/" + a, Map.of("title", "   ")).code())
        .isEqualTo("doc.title-invalid");
    assertThat(
            writer.patch("/api/v1/pages/" + a, Map.of("title", "长".repeat(201))).status())
        .isEqualTo(400);
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 21; i++) {
      many.add("t" + i);
    }
    assertThat(writer
            .patch("/api/v1/pages/" + a, Map.of("title", "新标题", "tags", many))
            .code())
        .isEqualTo("doc.too-many-tags");
    assertThat(writer
            .patch("/api/v1/pages/" + a, Map.of("tags", List.of("x".repeat(41))))
            .code())
        .isEqualTo("doc.tag-too-long");
    var page = writer.get("/api/v1/pages/" + a).body();
    assertThat(page.path("title").asString()).isEqualTo("A");
    assertThat(page.path("tags").size()).isZero();
    var noSpace = writer.post("/api/v1/pages", Map.of("spaceId", UUID.randomUUID(), "title", "x"));
    assertThat(noSpace.code()).isEqualTo("doc.space-not-found");
    assertThat(
            writer.post("/api/v1/pages", Map.of("spaceId", space, "title", "")).status())
        .isEqualTo(400);
    assertThat(Docs.tree(writer, space)).hasSize(5);
  }

  @Test
  void theTreeFiltersByTag() {
    writer.patch("/api/v1/pages/" + a2, Map.of("tags", List.of("Release")));
    writer.patch("/api/v1/pages/" + c, Map.of("tags", List.of("release", "ops")));
    var tagged = writer.get("/api/v1/spaces/" + space + "/pages?tag=%23RELEASE").body();
    List<String> titles = new ArrayList<>();
    tagged.forEach(node -> titles.add(node.path("title").asString()));
    assertThat(titles).containsExactly("A2", "C");
  }

  private Api.Response move(UUID page, UUID parent, int position) {
    Map<String, Object> body = new java.util.HashMap<>(Map.of("position", position));
    if (parent != null) {
      body.put("parentId", parent);
    }
    var moved = writer.post("/api/v1/pages/" + page + "/move", body);
    assertThat(moved.status()).as("%s", moved.body()).isEqualTo(200);
    return moved;
  }
}
