package dev.atrium.doc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Copying a page with the pages below it: their order, titles, tags and co-edited content come along. */
@IntegrationTest
class SubtreeCopyTest {

  @LocalServerPort int port;
  @Autowired Pages pages;

  @Test
  void aCopyWithItsChildrenKeepsTheirOrderTitlesTagsAndContentAndLeavesOutWhatTheCopierCannotRead() {
    Api admin = People.admin(port);
    People.Person owner = People.create(port, admin, "负责人");
    People.Person copier = People.create(port, admin, "复制者");
    UUID space = Docs.projectSpace(owner.api(), Docs.unique("手册"));
    owner.api().put("/api/v1/spaces/" + space + "/grants", Map.of("grants", List.of(
        Map.of("kind", "PERSON", "id", owner.id(), "role", "ADMIN"),
        Map.of("kind", "PERSON", "id", copier.id(), "role", "EDIT"))));
    UUID guide = Docs.page(owner.api(), space, null, "运维手册");
    Docs.page(owner.api(), space, null, "其他");
    UUID deploy = Docs.page(owner.api(), space, guide, "部署");
    UUID rollback = Docs.page(owner.api(), space, deploy, "回滚");
    UUID oncall = Docs.page(owner.api(), space, guide, "值班");
    UUID secret = Docs.page(owner.api(), space, guide, "密钥");
    owner.api().put("/api/v1/pages/" + secret + "/restrictions", Map.of(
        "readers", List.of(Map.of("kind", "PERSON", "id", owner.id())), "editors", List.of()));
    owner.api().patch("/api/v1/pages/" + oncall, Map.of("tags", List.of("值班", "oncall")));
    owner.api().post("/api/v1/pages/" + oncall + "/move", Map.of("parentId", guide, "position", 0));
    CoEdited.write(port, owner, rollback, "先停流量，再回滚。");
    pages.storeContent(rollback, "先停流量，再回滚。", "先停流量，再回滚。", owner.id());

    var copy = copier.api().post("/api/v1/pages/" + guide + "/copy", Map.of("title", "运维手册 副本", "includeChildren", true));
    assertThat(copy.status()).as("%s", copy.body()).isEqualTo(201);

    assertThat(Docs.tree(copier.api(), space)).containsExactly(
        "/运维手册@0", "运维手册/值班@0", "运维手册/部署@1", "部署/回滚@0",
        "/运维手册 副本@1", "运维手册 副本/值班@0", "运维手册 副本/部署@1", "部署/回滚@0",
        "/其他@2");
    JsonNode tree = copier.api().get("/api/v1/spaces/" + space + "/pages").body();
    UUID copiedRoot = Docs.id(copy.body());
    UUID copiedOncall = idOf(tree, "值班", copiedRoot);
    UUID copiedDeploy = idOf(tree, "部署", copiedRoot);
    UUID copiedRollback = idOf(tree, "回滚", copiedDeploy);
    assertThat(copier.api().get("/api/v1/pages/" + copiedOncall).body().path("tags").toString()).isEqualTo("[\"值班\",\"oncall\"]");
    assertThat(CoEdited.read(port, copier, copiedRollback)).as("the editor opens the copy with the original's content")
        .isEqualTo("先停流量，再回滚。");
    assertThat(copier.api().bytes("/api/v1/pages/" + copiedRollback + "/markdown").body())
        .asString(java.nio.charset.StandardCharsets.UTF_8).isEqualTo("先停流量，再回滚。");
    assertThat(Docs.tree(owner.api(), space)).as("the page the copier could not read was not copied")
        .containsOnlyOnce("运维手册/密钥@2").doesNotContain("运维手册 副本/密钥@2");

    CoEdited.write(port, copier, copiedRollback, "副本里加一句。");
    assertThat(CoEdited.read(port, owner, rollback)).as("the original is its own page").isEqualTo("先停流量，再回滚。");
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

    var across = person.api().post("/api/v1/pages/" + root + "/copy", Map.of("title", "根", "spaceId", other, "includeChildren", true));
    assertThat(across.status()).isEqualTo(201);
    assertThat(Docs.tree(person.api(), other)).containsExactly("/已有@0", "/根@1", "根/子@0");
  }

  private static UUID idOf(JsonNode tree, String title, UUID parentId) {
    for (JsonNode node : tree) {
      if (node.path("title").asString().equals(title) && node.path("parentId").asString().equals(parentId.toString())) {
        return Docs.id(node);
      }
    }
    throw new AssertionError("no " + title + " under " + parentId + " in " + tree);
  }
}
