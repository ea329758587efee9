package dev.atrium.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atrium.IntegrationTest;
import dev.atrium.shared.DomainException;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Roles on resources, decided once in Java ({@link ResourceAccess#rank}) and once in SQL
 * ({@link Visibility}), which must agree for lists and single look-ups to agree.
 */
@IntegrationTest
class ResourceAccessTest {

  private static final ResourceType BOX = ResourceType.named(
          "test.box", "viewer", "editor", "manager")
      .allowing("read", "viewer")
      .allowing("edit", "editor")
      .allowing("manage", "manager")
      .keeping("manager");
  private static final ResourceType NOTE =
      ResourceType.named("test.note", "viewer", "editor").narrowing(BOX);

  @LocalServerPort
  int port;

  @Autowired
  ResourceAccess resources;

  @Autowired
  JdbcClient jdbc;

  private People.Person owner;
  private People.Person insider;
  private People.Person outsider;
  private People.Person guest;
  private People.Person grouped;
  private UUID a;
  private UUID group;
  private UUID box;

  @BeforeEach
  void setUp() {
    Api admin = People.admin(port);
    UUID root = People.rootDepartment(admin);
    a = department(admin, root, "A");
    UUID a1 = department(admin, a, "A1");
    UUID b = department(admin, root, "B");
    owner = People.create(port, admin, "Owner", a);
    insider = People.create(port, admin, "Insider", a1);
    outsider = People.create(port, admin, "Outsider", b);
    grouped = People.create(port, admin, "Grouped", b);
    guest = People.createGuest(port, admin, "Guest");
    group = UUID.fromString(admin
        .post("/api/v1/groups", Map.of("name", "Group " + UUID.randomUUID()))
        .body()
        .get("id")
        .asText());
    assertThat(admin
            .put("/api/v1/groups/" + group + "/members", Map.of("personIds", List.of(grouped.id())))
            .status())
        .isEqualTo(200);
    box = UUID.randomUUID();
    resources.replace(
        BOX,
        box,
        List.of(
            new Grant(new Grantee.Person(owner.id()), "manager"),
            new Grant(new Grantee.Subtree(a), "editor"),
            new Grant(new Grantee.Group(group), "editor"),
            new Grant(new Grantee.Company(), "viewer")),
        owner.id());
  }

  @Test
  void theStrongestGrantNamingSomeoneDecidesTheirRole() {
    assertThat(rank(owner, false)).isEqualTo(3);
    assertThat(rank(insider, false)).as("a sub-department is in the subtree").isEqualTo(2);
    assertThat(rank(grouped, false)).as("by group").isEqualTo(2);
    assertThat(rank(outsider, false)).as("everyone in the company").isEqualTo(1);
    assertThat(rank(guest, true)).as("a guest is not the company").isZero();
    resources.put(BOX, box, new Grant(new Grantee.Guests(), "viewer"), owner.id());
    assertThat(rank(guest, true)).isEqualTo(1);
  }

  @Test
  void aDepartmentGrantWithoutItsSubtreeReachesOnlyItsOwnMembers() {
    resources.replace(
        BOX,
        box,
        List.of(
            new Grant(new Grantee.Person(owner.id()), "manager"),
            new Grant(new Grantee.Department(a), "editor")),
        owner.id());
    assertThat(rank(owner, false)).isEqualTo(3);
    assertThat(rank(insider, false)).isZero();
  }

  @Test
  void aNarrowingResourceCapsRolesBelowItForAllButTheParentsManagers() {
    UUID page = UUID.randomUUID();
    UUID child = UUID.randomUUID();
    resources.replace(
        NOTE, page, List.of(new Grant(new Grantee.Person(insider.id()), "viewer")), owner.id());
    assertThat(narrowed(insider, child, page))
        .as("readable, no longer editable")
        .isEqualTo(1);
    assertThat(narrowed(outsider, child, page)).as("not named: unreadable").isZero();
    assertThat(narrowed(owner, child, page))
        .as("the box's manager governs the narrowing")
        .isEqualTo(3);

    resources.replace(
        NOTE, page, List.of(new Grant(new Grantee.Person(insider.id()), "editor")), owner.id());
    assertThat(narrowed(insider, child, page)).isEqualTo(2);
    assertThat(narrowed(outsider, child, page))
        .as("only editing is narrowed: read-only")
        .isEqualTo(1);
  }

  @Test
  void aNarrowingResourceNamingSomeoneAsViewerAndEditorLeavesEveryoneElseOut() {
    UUID page = UUID.randomUUID();
    resources.replace(
        NOTE,
        page,
        List.of(
            new Grant(new Grantee.Person(insider.id()), "viewer"),
            new Grant(new Grantee.Person(insider.id()), "editor")),
        owner.id());
    assertThat(narrowed(insider, page, page)).isEqualTo(2);
    assertThat(narrowed(outsider, page, page))
        .as("viewing is narrowed too: unreadable")
        .isZero();
    assertThat(resources.withGrants(NOTE, List.of(page, box))).containsExactly(page);
    assertThatThrownBy(() -> resources.replace(
            NOTE,
            page,
            List.of(
                new Grant(new Grantee.Person(insider.id()), "viewer"),
                new Grant(new Grantee.Person(insider.id()), "viewer")),
            owner.id()))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.code()).isEqualTo("access.duplicate-grantee"));
  }

  @Test
  void grantedIdsListWhatTheViewerMaySee() {
    Viewer viewer = resources.viewer(new Subject(insider.id(), false));
    List<UUID> editable = viewer
        .bind(jdbc.sql("select * from " + Visibility.grantedIds(BOX, "editor") + " ids"))
        .query(UUID.class)
        .list();
    assertThat(editable).contains(box);
    Viewer other = resources.viewer(new Subject(outsider.id(), false));
    assertThat(other
            .bind(jdbc.sql("select * from " + Visibility.grantedIds(BOX, "editor") + " ids"))
            .query(UUID.class)
            .list())
        .doesNotContain(box);
  }

  @Test
  void badGrantsAreRefusedWithACodeAndChangeNothing() {
    List<Grant> before = resources.grantsOn(BOX, box);
    assertCode(List.of(new Grant(new Grantee.Person(owner.id()), "owner")), "access.unknown-role");
    assertCode(
        List.of(
            new Grant(new Grantee.Person(owner.id()), "manager"),
            new Grant(new Grantee.Person(UUID.randomUUID()), "viewer")),
        "access.unknown-grantee");
    assertCode(
        List.of(new Grant(new Grantee.Subtree(UUID.randomUUID()), "manager")),
        "access.unknown-grantee");
    assertCode(List.of(new Grant(new Grantee.Company(), "editor")), "access.no-manager");
    assertCode(
        List.of(
            new Grant(new Grantee.Person(owner.id()), "manager"),
            new Grant(new Grantee.Person(owner.id()), "viewer")),
        "access.duplicate-grantee");
    assertThatThrownBy(() -> resources.remove(BOX, box, new Grantee.Person(owner.id())))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.code()).isEqualTo("access.no-manager"));
    assertThat(resources.grantsOn(BOX, box)).containsExactlyInAnyOrderElementsOf(before);
  }

  private void assertCode(List<Grant> grants, String code) {
    assertThatThrownBy(() -> resources.replace(BOX, box, grants, owner.id()))
        .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(code));
  }

  /** The rank in Java, checked against the same rank in SQL. */
  private int rank(People.Person person, boolean isGuest) {
    Viewer viewer = resources.viewer(new Subject(person.id(), isGuest));
    int java = resources.rank(viewer, BOX, box);
    int sql = viewer
        .bind(jdbc.sql("select " + Visibility.rank(BOX, ":box")).param("box", box))
        .query(Integer.class)
        .single();
    assertThat(sql).as("SQL and Java agree").isEqualTo(java);
    return java;
  }

  private int narrowed(People.Person person, UUID child, UUID page) {
    Viewer viewer = resources.viewer(new Subject(person.id(), false));
    String sql = "select "
        + Visibility.narrowed(
            NOTE, Visibility.rank(BOX, ":box"), "cast(:path as uuid[])", BOX.top());
    return viewer
        .bind(jdbc.sql(sql).param("box", box).param("path", "{" + page + "," + child + "}"))
        .query(Integer.class)
        .single();
  }

  private static UUID department(Api admin, UUID parent, String name) {
    return UUID.fromString(admin
        .post(
            "/api/v1/departments",
            Map.of(
                "name",
                name + " " + UUID.randomUUID().toString().substring(0, 8),
                "parentId",
                parent))
        .body()
        .get("id")
        .asText());
  }
}
