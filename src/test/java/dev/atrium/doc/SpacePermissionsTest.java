package dev.atrium.doc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Who may read, edit and administer spaces and pages: the org model's grants, narrowed by page restrictions. */
@IntegrationTest
class SpacePermissionsTest {

  @LocalServerPort
  int port;

  Api admin;
  UUID research;
  UUID backend;
  People.Person developer;
  People.Person colleague;
  People.Person sales;
  People.Person guest;
  UUID space;
  UUID page;

  @BeforeEach
  void company() {
    admin = People.admin(port);
    UUID root = People.rootDepartment(admin);
    research = Docs.department(admin, Docs.unique("研发部"), root);
    backend = Docs.department(admin, Docs.unique("后端组"), research);
    developer = People.create(port, admin, "开发者", backend);
    colleague = People.create(port, admin, "同事", research);
    sales = People.create(port, admin, "销售", root);
    guest = People.createGuest(port, admin, "访客");
    var created =
        admin.post("/api/v1/spaces", Map.of("kind", "DEPARTMENT", "departmentId", research));
    assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
    space = Docs.id(created.body());
    page = Docs.page(admin, space, null, "架构说明");
  }

  @Test
  void aDepartmentSpaceLetsItsSubtreeEditAndTheRestOfTheCompanyRead() {
    var mine = developer.api().get("/api/v1/pages/" + page);
    assertThat(mine.status()).isEqualTo(200);
    assertThat(mine.body().path("capabilities").path("canEdit").asBoolean()).isTrue();
    assertThat(developer
            .api()
            .patch("/api/v1/pages/" + page, Map.of("title", "架构说明 v2"))
            .status())
        .isEqualTo(200);
    assertThat(Docs.page(developer.api(), space, page, "子页面")).isNotNull();

    var read = sales.api().get("/api/v1/pages/" + page);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.body().path("capabilities").path("canEdit").asBoolean()).isFalse();
    var refused = sales.api().patch("/api/v1/pages/" + page, Map.of("title", "改不了"));
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.code()).isEqualTo("doc.read-only");
    assertThat(sales.api().get("/api/v1/spaces/" + space).body().path("role").asString())
        .isEqualTo("READ");
    assertThat(
            developer.api().get("/api/v1/spaces/" + space).body().path("role").asString())
        .isEqualTo("EDIT");
    assertThat(spaceIds(developer.api())).contains(space.toString());
    assertThat(spaceIds(sales.api())).contains(space.toString());
  }

  @Test
  void aGuestSeesNothingUntilAPersonGrantSharesASpace() {
    var hidden = guest.api().get("/api/v1/pages/" + page);
    assertThat(hidden.status()).isEqualTo(404);
    assertThat(hidden.code()).isEqualTo("doc.page-not-found");
    assertThat(guest.api().get("/api/v1/spaces/" + space).status()).isEqualTo(404);
    assertThat(guest.api().get("/api/v1/spaces/" + space + "/pages").status()).isEqualTo(404);
    assertThat(spaceIds(guest.api())).doesNotContain(space.toString());
    assertThat(guest
            .api()
            .post("/api/v1/spaces", Map.of("kind", "PROJECT", "name", "访客空间"))
            .code())
        .isEqualTo("doc.guest-not-allowed");

    UUID project = Docs.projectSpace(developer.api(), Docs.unique("项目"));
    UUID plan = Docs.page(developer.api(), project, null, "计划");
    assertThat(sales.api().get("/api/v1/pages/" + plan).status()).isEqualTo(404);
    var granted = developer
        .api()
        .put(
            "/api/v1/spaces/" + project + "/grants",
            Map.of(
                "grants",
                List.of(
                    Map.of("kind", "PERSON", "id", developer.id(), "role", "ADMIN"),
                    Map.of("kind", "PERSON", "id", guest.id(), "role", "READ"))));
    assertThat(granted.status()).as("%s", granted.body()).isEqualTo(200);
    assertThat(granted.body().get(1).path("name").asString()).isEqualTo("访客");

    assertThat(guest.api().get("/api/v1/pages/" + plan).status()).isEqualTo(200);
    assertThat(spaceIds(guest.api())).contains(project.toString());
    assertThat(sales.api().get("/api/v1/pages/" + plan).status()).isEqualTo(404);
    assertThat(guest.api().patch("/api/v1/pages/" + plan, Map.of("title", "x")).code())
        .isEqualTo("doc.read-only");
  }

  @Test
  void aPageRestrictionNarrowsReadingForItsWholeSubtreeButNeverWidensTheSpace() {
    UUID secret = Docs.page(developer.api(), space, null, "薪酬方案");
    UUID below = Docs.page(developer.api(), space, secret, "明细");
    var restricted = developer
        .api()
        .put(
            "/api/v1/pages/" + secret + "/restrictions",
            Map.of(
                "readers", List.of(Map.of("kind", "PERSON", "id", sales.id())),
                "editors",
                    List.of(
                        Map.of("kind", "DEPARTMENT", "id", backend),
                        Map.of("kind", "PERSON", "id", sales.id()))));
    assertThat(restricted.status()).as("%s", restricted.body()).isEqualTo(200);

    // colleague is in 研发部 (edit rights on the space) but not named
    assertThat(colleague.api().get("/api/v1/pages/" + secret).status()).isEqualTo(404);
    assertThat(colleague.api().get("/api/v1/pages/" + below).status()).isEqualTo(404);
    assertThat(Docs.tree(colleague.api(), space))
        .noneMatch(line -> line.contains("薪酬方案") || line.contains("明细"));
    assertThat(developer
            .api()
            .get("/api/v1/pages/" + below)
            .body()
            .path("capabilities")
            .path("canEdit")
            .asBoolean())
        .isTrue();
    assertThat(developer
            .api()
            .get("/api/v1/pages/" + below)
            .body()
            .path("restricted")
            .asBoolean())
        .isTrue();
    // named as an editor, sales may still only read: the space gives them no more
    var salesView = sales.api().get("/api/v1/pages/" + below);
    assertThat(salesView.status()).isEqualTo(200);
    assertThat(salesView.body().path("capabilities").path("canEdit").asBoolean())
        .isFalse();
    // the system administrator administers every space, restrictions included
    assertThat(admin.get("/api/v1/pages/" + below).status()).isEqualTo(200);
    assertThat(developer
            .api()
            .get("/api/v1/pages/" + below + "/restrictions")
            .body()
            .path("inheritedFrom")
            .get(0)
            .asString())
        .isEqualTo(secret.toString());

    var lifted = developer
        .api()
        .put(
            "/api/v1/pages/" + secret + "/restrictions",
            Map.of("readers", List.of(), "editors", List.of()));
    assertThat(lifted.status()).isEqualTo(200);
    assertThat(colleague.api().get("/api/v1/pages/" + below).status()).isEqualTo(200);
  }

  @Test
  void aPageWhoseReadersAreAllEditorsIsHiddenFromEveryoneElse() {
    UUID mine = Docs.page(developer.api(), space, null, "只给自己");
    var restricted = developer
        .api()
        .put(
            "/api/v1/pages/" + mine + "/restrictions",
            Map.of(
                "readers", List.of(Map.of("kind", "PERSON", "id", developer.id())),
                "editors", List.of(Map.of("kind", "PERSON", "id", developer.id()))));
    assertThat(restricted.status()).as("%s", restricted.body()).isEqualTo(200);
    assertThat(restricted.body().path("readers").get(0).path("id").asString())
        .isEqualTo(developer.id().toString());
    assertThat(restricted.body().path("editors").get(0).path("id").asString())
        .isEqualTo(developer.id().toString());

    assertThat(colleague.api().get("/api/v1/pages/" + mine).status())
        .as("an editor of the space, not named")
        .isEqualTo(404);
    assertThat(sales.api().get("/api/v1/pages/" + mine).status()).isEqualTo(404);
    assertThat(developer
            .api()
            .get("/api/v1/pages/" + mine)
            .body()
            .path("capabilities")
            .path("canEdit")
            .asBoolean())
        .isTrue();
    assertThat(admin.get("/api/v1/pages/" + mine).status())
        .as("the system administrator manages every space")
        .isEqualTo(200);
  }

  @Test
  void anEditorWhoWouldLockThemselvesOutIsStoppedAndNothingChanges() {
    UUID notes = Docs.page(developer.api(), space, null, "笔记");
    var refused = developer
        .api()
        .put(
            "/api/v1/pages/" + notes + "/restrictions",
            Map.of(
                "readers",
                List.of(Map.of("kind", "PERSON", "id", colleague.id())),
                "editors",
                List.of()));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.code()).isEqualTo("doc.restriction-excludes-you");
    assertThat(sales.api().get("/api/v1/pages/" + notes).status()).isEqualTo(200);
    var company = developer
        .api()
        .put(
            "/api/v1/pages/" + notes + "/restrictions",
            Map.of(
                "readers",
                List.of(Map.of("kind", "COMPANY", "id", developer.id())),
                "editors",
                List.of()));
    assertThat(company.code()).isEqualTo("doc.principal-invalid");
  }

  @Test
  void onlyAdministratorsManageASpaceAndTheSystemAdministratorManagesEveryOne() {
    UUID project = Docs.projectSpace(developer.api(), Docs.unique("私有项目"));
    assertThat(admin
            .patch("/api/v1/spaces/" + project, Map.of("description", "由管理员维护"))
            .status())
        .isEqualTo(200);
    assertThat(admin.get("/api/v1/spaces/" + project + "/grants").status()).isEqualTo(200);

    var notAdmin = developer
        .api()
        .put(
            "/api/v1/spaces/" + space + "/grants",
            Map.of("grants", List.of(Map.of("kind", "COMPANY", "role", "ADMIN"))));
    assertThat(notAdmin.status()).isEqualTo(403);
    assertThat(notAdmin.code()).isEqualTo("doc.not-space-admin");
    var noAdmin = developer
        .api()
        .put(
            "/api/v1/spaces/" + project + "/grants",
            Map.of("grants", List.of(Map.of("kind", "COMPANY", "role", "EDIT"))));
    assertThat(noAdmin.code()).isEqualTo("doc.space-needs-admin");
    assertThat(
            developer.api().get("/api/v1/spaces/" + project + "/grants").body().size())
        .isEqualTo(1);

    var departmentSpace = developer
        .api()
        .post("/api/v1/spaces", Map.of("kind", "DEPARTMENT", "departmentId", backend));
    assertThat(departmentSpace.code()).isEqualTo("doc.not-department-admin");
    var twice =
        admin.post("/api/v1/spaces", Map.of("kind", "DEPARTMENT", "departmentId", research));
    assertThat(twice.code()).isEqualTo("doc.department-space-exists");
  }

  @Test
  void anArchivedSpaceStaysReadableAndCannotBeChanged() {
    assertThat(admin
            .post("/api/v1/spaces/" + space + "/archive", null)
            .body()
            .path("archived")
            .asBoolean())
        .isTrue();
    var view = developer.api().get("/api/v1/pages/" + page);
    assertThat(view.status()).isEqualTo(200);
    assertThat(view.body().path("capabilities").path("canEdit").asBoolean()).isFalse();
    assertThat(
            developer.api().patch("/api/v1/pages/" + page, Map.of("title", "x")).code())
        .isEqualTo("doc.space-archived");
    assertThat(spaceIds(developer.api())).doesNotContain(space.toString());
    admin.post("/api/v1/spaces/" + space + "/unarchive", null);
    assertThat(developer
            .api()
            .patch("/api/v1/pages/" + page, Map.of("title", "恢复编辑"))
            .status())
        .isEqualTo(200);
  }

  @Test
  void everyoneHasOnePersonalSpaceMadeWhenFirstAskedFor() {
    var first = sales.api().post("/api/v1/spaces", Map.of("kind", "PERSONAL"));
    var again = sales.api().post("/api/v1/spaces", Map.of("kind", "PERSONAL"));
    assertThat(first.body().path("id").asString())
        .isEqualTo(again.body().path("id").asString());
    assertThat(first.body().path("name").asString()).isEqualTo("销售");
    assertThat(first.body().path("role").asString()).isEqualTo("ADMIN");
    assertThat(colleague
            .api()
            .get("/api/v1/spaces/" + first.body().path("id").asString())
            .status())
        .isEqualTo(404);
  }

  private static List<String> spaceIds(Api api) {
    var answer = api.get("/api/v1/spaces");
    assertThat(answer.status()).isEqualTo(200);
    List<String> ids = new java.util.ArrayList<>();
    answer.body().forEach(node -> ids.add(node.path("id").asString()));
    return ids;
  }
}
