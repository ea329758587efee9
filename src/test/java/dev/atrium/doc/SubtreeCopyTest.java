package dev.atrium.doc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Copying a page with the pages below it: their order, titles, tags, co-edited content and
 * restrictions come along, and a copy lets in no one the original keeps out.
 */
@IntegrationTest
class SubtreeCopyTest {

  @LocalServerPort
  int port;

  @Autowired
  Pages pages;

  @Test
  void
      aCopyWithItsChildrenKeepsTheirOrderTitlesTagsAndContentAndLeavesOutWhatTheCopierCannotRead() {
    Api admin = People.admin(port);
    People.Person owner = People.create(port, admin, "负责人");
    People.Person copier = People.create(port, admin, "复制者");
    UUID space = Docs.projectSpace(owner.api(), Docs.unique("手册"));
    owner
        .api()
        .put(
            "/api/v1/spaces/" + space + "/grants",
            Map.of(
                "grants",
                List.of(
                    Map.of("kind", "PERSON", "id", owner.id(), "role", "ADMIN"),
                    Map.of("kind", "PERSON", "id", copier.id(), "role", "EDIT"))));
    UUID guide = Docs.page(owner.api(), space, null, "运维手册");
    Docs.page(owner.api(), space, null, "其他");
    UUID deploy = Docs.page(owner.api(), space, guide, "部署");
    UUID rollback = Docs.page(owner.api(), space, deploy, "回滚");
    UUID oncall = Docs.page(owner.api(), space, guide, "值班");
    UUID secret = Docs.page(owner.api(), space, guide, "密钥");
    owner
        .api()
        .put(
            "/api/v1/pages/" + secret + "/restrictions",
            Map.of(
                "readers",
                List.of(Map.of("kind", "PERSON", "id", owner.id())),
                "editors",
                List.of()));
    owner.api().patch("/api/v1/pages/" + oncall, Map.of("tags", List.of("值班", "oncall")));
    owner.api().post("/api/v1/pages/" + oncall + "/move", Map.of("parentId", guide, "position", 0));
    CoEdited.write(port, owner, rollback, "先停流量，再回滚。");
    pages.storeContent(rollback, "先停流量，再回滚。", "先停流量，再回滚。", owner.id());

    var copy = copier
        .api()
        .post(
            "/api/v1/pages/" + guide + "/copy",
            Map.of("title", "运维手册 副本", "includeChildren", true));
    assertThat(copy.status()).as("%s", copy.body()).isEqualTo(201);

    assertThat(Docs.tree(copier.api(), space))
        .containsExactly(
            "/运维手册@0",
            "运维手册/值班@0",
            "运维手册/部署@1",
            "部署/回滚@0",
            "/运维手册 副本@1",
            "运维手册 副本/值班@0",
            "运维手册 副本/部署@1",
            "部署/回滚@0",
            "/其他@2");
    JsonNode tree = copier.api().get("/api/v1/spaces/" + space + "/pages").body();
    UUID copiedRoot = Docs.id(copy.body());
    UUID copiedOncall = idOf(tree, "值班", copiedRoot);
    UUID copiedDeploy = idOf(tree, "部署", copiedRoot);
    UUID copiedRollback = idOf(tree, "回滚", copiedDeploy);
    assertThat(copier
            .api()
            .get("/api/v1/pages/" + copiedOncall)
            .body()
            .path("tags")
            .toString())
        .isEqualTo("[\"值班\",\"oncall\"]");
    assertThat(CoEdited.read(port, copier, copiedRollback))
        .as("the editor opens the copy with the original's content")
        .isEqualTo("先停流量，再回滚。");
    assertThat(
            copier.api().bytes("/api/v1/pages/" + copiedRollback + "/markdown").body())
        .asString(java.nio.charset.StandardCharsets.UTF_8)
        .isEqualTo("先停流量，再回滚。");
    assertThat(Docs.tree(owner.api(), space))
        .as("the page the copier could not read was not copied")
        .containsOnlyOnce("运维手册/密钥@2")
        .doesNotContain("运维手册 副本/密钥@2");

    CoEdited.write(port, copier, copiedRollback, "副本里加一句。");
    assertThat(CoEdited.read(port, owner, rollback))
        .as("the original is its own page")
        .isEqualTo("先停流量，再回滚。");
  }

  @Test
  void withoutItsChildrenACopyIsThePageAloneAndAnotherSpaceGetsTheWholeTreeAtItsEnd() {
    Api admin = People.admin(port);
    People.Person person = People.create(port, admin, "作者");
    UUID space = Docs.projectSpace(person.api(), Docs.unique("源"));
    UUID other = Docs.projectSpace(person.api(), Docs.unique("目标"));
    Docs.page(person.api(), other, null, "已有");
    UUID root = Docs.page(person.api(), space, null, "根");
    Docs.page(person.api(), space, root, "子");

    var alone = person.api().post("/api/v1/pages/" + root + "/copy", Map.of("title", "根 副本"));
    assertThat(alone.status()).isEqualTo(201);
    assertThat(Docs.tree(person.api(), space)).containsExactly("/根@0", "根/子@0", "/根 副本@1");

    var across = person
        .api()
        .post(
            "/api/v1/pages/" + root + "/copy",
            Map.of("title", "根", "spaceId", other, "includeChildren", true));
    assertThat(across.status()).isEqualTo(201);
    assertThat(Docs.tree(person.api(), other)).containsExactly("/已有@0", "/根@1", "根/子@0");
  }

  @Test
  void aRestrictedPageAndThePagesBelowItKeepTheirOwnRestrictionsInTheCopy() {
    Api admin = People.admin(port);
    People.Person owner = People.create(port, admin, "人事负责人");
    People.Person copier = People.create(port, admin, "人事编辑");
    People.Person permitted = People.create(port, admin, "获准的人");
    People.Person member = People.create(port, admin, "普通成员");
    UUID space = spaceFor(owner, copier, permitted, member);
    UUID plan = Docs.page(owner.api(), space, null, "薪酬方案");
    UUID detail = Docs.page(owner.api(), space, plan, "明细");
    Docs.page(owner.api(), space, plan, "概要");
    restrict(owner, plan, List.of(permitted, copier), List.of(owner));
    restrict(owner, detail, List.of(copier), List.of(owner));

    var copy = copier
        .api()
        .post(
            "/api/v1/pages/" + plan + "/copy", Map.of("title", "薪酬方案 副本", "includeChildren", true));
    assertThat(copy.status()).as("%s", copy.body()).isEqualTo(201);

    UUID copiedPlan = Docs.id(copy.body());
    JsonNode tree = copier.api().get("/api/v1/spaces/" + space + "/pages").body();
    UUID copiedDetail = idOf(tree, "明细", copiedPlan);
    UUID copiedSummary = idOf(tree, "概要", copiedPlan);
    for (UUID page : List.of(copiedPlan, copiedDetail, copiedSummary)) {
      assertThat(member.api().get("/api/v1/pages/" + page).status())
          .as("a member the restriction leaves out")
          .isEqualTo(404);
      assertThat(copier.api().get("/api/v1/pages/" + page).status()).isEqualTo(200);
    }
    assertThat(permitted.api().get("/api/v1/pages/" + copiedPlan).status()).isEqualTo(200);
    assertThat(permitted.api().get("/api/v1/pages/" + copiedSummary).status()).isEqualTo(200);
    assertThat(permitted.api().get("/api/v1/pages/" + copiedDetail).status())
        .as("the page below keeps its own")
        .isEqualTo(404);
    assertThat(Docs.tree(member.api(), space)).isEmpty();
    JsonNode kept =
        owner.api().get("/api/v1/pages/" + copiedPlan + "/restrictions").body();
    assertThat(kept.path("readers"))
        .extracting(r -> r.path("id").asString())
        .containsExactlyInAnyOrder(permitted.id().toString(), copier.id().toString());
    assertThat(kept.path("editors"))
        .extracting(r -> r.path("id").asString())
        .as("the copier may change their copy")
        .containsExactlyInAnyOrder(owner.id().toString(), copier.id().toString());
    assertThat(copier
            .api()
            .get("/api/v1/pages/" + copiedDetail)
            .body()
            .path("capabilities")
            .path("canEdit")
            .asBoolean())
        .isTrue();
  }

  @Test
  void aPageCopiedOutFromUnderARestrictedPageTakesThatRestrictionAlongAndTwoLevelsAreRefused() {
    Api admin = People.admin(port);
    People.Person owner = People.create(port, admin, "法务负责人");
    People.Person permitted = People.create(port, admin, "法务同事");
    People.Person member = People.create(port, admin, "其他同事");
    UUID space = spaceFor(owner, permitted, permitted, member);
    UUID other = spaceFor(owner, permitted, permitted, member);
    UUID contracts = Docs.page(owner.api(), space, null, "合同");
    UUID appendix = Docs.page(owner.api(), space, contracts, "附件清单");
    UUID draft = Docs.page(owner.api(), space, contracts, "草稿");
    restrict(owner, contracts, List.of(permitted), List.of());
    restrict(owner, draft, List.of(owner), List.of());

    var copy = owner
        .api()
        .post("/api/v1/pages/" + appendix + "/copy", Map.of("title", "附件清单", "spaceId", other));
    assertThat(copy.status()).as("%s", copy.body()).isEqualTo(201);
    UUID copied = Docs.id(copy.body());
    assertThat(member.api().get("/api/v1/pages/" + copied).status()).isEqualTo(404);
    assertThat(permitted.api().get("/api/v1/pages/" + copied).status()).isEqualTo(200);

    var nested = owner
        .api()
        .post("/api/v1/pages/" + draft + "/copy", Map.of("title", "草稿", "spaceId", other));
    assertThat(nested.status()).isEqualTo(409);
    assertThat(nested.code()).isEqualTo("doc.copy-restrictions-nested");
    assertThat(Docs.tree(owner.api(), other)).containsExactly("/附件清单@0");
    var beside = owner.api().post("/api/v1/pages/" + draft + "/copy", Map.of("title", "草稿 副本"));
    assertThat(beside.status())
        .as("under the same pages nothing is left behind")
        .isEqualTo(201);
    assertThat(permitted.api().get("/api/v1/pages/" + Docs.id(beside.body())).status())
        .isEqualTo(404);
  }

  /** A project space the first person administers, the second edits and the others read. */
  private static UUID spaceFor(
      People.Person owner, People.Person editor, People.Person... readers) {
    UUID space = Docs.projectSpace(owner.api(), Docs.unique("限制"));
    List<Map<String, Object>> grants = new ArrayList<>(List.of(
        Map.of("kind", "PERSON", "id", owner.id(), "role", "ADMIN"),
        Map.of("kind", "PERSON", "id", editor.id(), "role", "EDIT")));
    for (People.Person reader : readers) {
      if (!reader.equals(editor)) {
        grants.add(Map.of("kind", "PERSON", "id", reader.id(), "role", "READ"));
      }
    }
    var granted = owner.api().put("/api/v1/spaces/" + space + "/grants", Map.of("grants", grants));
    assertThat(granted.status()).as("%s", granted.body()).isEqualTo(200);
    return space;
  }

  private static void restrict(
      People.Person by, UUID page, List<People.Person> readers, List<People.Person> editors) {
    var restricted = by.api()
        .put(
            "/api/v1/pages/" + page + "/restrictions",
            Map.of(
                "readers",
                    readers.stream()
                        .map(p -> Map.of("kind", "PERSON", "id", p.id()))
                        .toList(),
                "editors",
                    editors.stream()
                        .map(p -> Map.of("kind", "PERSON", "id", p.id()))
                        .toList()));
    assertThat(restricted.status()).as("%s", restricted.body()).isEqualTo(200);
  }

  private static UUID idOf(JsonNode tree, String title, UUID parentId) {
    for (JsonNode node : tree) {
      if (node.path("title").asString().equals(title)
          && node.path("parentId").asString().equals(parentId.toString())) {
        return Docs.id(node);
      }
    }
    throw new AssertionError("no " + title + " under " + parentId + " in " + tree);
  }
}
