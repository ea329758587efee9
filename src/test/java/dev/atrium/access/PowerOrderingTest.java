package dev.atrium.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Nobody acts on an account that holds more power than they do. Every account and role operation is
 * tried by every kind of person on every kind of person, all of whom work in department A1 (below A),
 * so a department administrator's scope reaches them and only the targets' own roles decide.
 */
@IntegrationTest
class PowerOrderingTest {

  /** Who someone is: the roles they hold. */
  enum Holder {
    SYSTEM_ADMIN,
    ADMIN_OF_A,
    ADMIN_OF_A1,
    ADMIN_OF_B,
    MEMBER,
    GUEST
  }

  enum Operation {
    RESET_PASSWORD,
    SUSPEND,
    REACTIVATE,
    EDIT,
    MOVE_DEPARTMENT,
    SET_MEMBERSHIPS,
    GRANT_ROLE,
    REVOKE_ROLE;

    boolean onRoles() {
      return this == GRANT_ROLE || this == REVOKE_ROLE;
    }
  }

  /*
   * One row per actor, one letter per target in Holder order: Y allowed; P refused because the target
   * holds more power (403 access.outranked); N refused by the actor's role or scope (403 or, for a
   * guest who cannot see the target at all, 404). A peer of the same scope is no more powerful.
   */
  private static final Map<Holder, String> ON_ACCOUNTS = Map.of(
      Holder.SYSTEM_ADMIN, "YYYYYY",
      Holder.ADMIN_OF_A, "PYYPYY",
      Holder.ADMIN_OF_A1, "PPYPYY",
      Holder.ADMIN_OF_B, "NNNNNN",
      Holder.MEMBER, "NNNNNN",
      Holder.GUEST, "NNNNNN");

  private static final Map<Holder, String> ON_ROLES = Map.of(
      Holder.SYSTEM_ADMIN, "YYYYYY",
      Holder.ADMIN_OF_A, "NNNNNN",
      Holder.ADMIN_OF_A1, "NNNNNN",
      Holder.ADMIN_OF_B, "NNNNNN",
      Holder.MEMBER, "NNNNNN",
      Holder.GUEST, "NNNNNN");

  @LocalServerPort
  int port;

  private Api admin;
  private final Map<String, UUID> departments = new HashMap<>();
  private final Map<Holder, Api> actors = new EnumMap<>(Holder.class);
  private final Map<Holder, People.Person> targets = new EnumMap<>(Holder.class);
  private final Map<Holder, Api> targetSessions = new EnumMap<>(Holder.class);
  private final Map<Holder, UUID> targetGrants = new EnumMap<>(Holder.class);

  @Test
  void everyAccountAndRoleOperationNeedsPowerThatCoversTheTargets() {
    setUp();
    List<String> wrong = new ArrayList<>();
    for (Operation operation : Operation.values()) {
      for (Holder actor : Holder.values()) {
        for (Holder target : Holder.values()) {
          char expected = expected(operation, actor, target);
          if (expected == '-') {
            continue;
          }
          if (operation == Operation.REACTIVATE) {
            assertThat(admin.post(person(target) + "/suspend", null).status()).isEqualTo(200);
          }
          String before = snapshot(target);
          Api.Response response = perform(operation, actors.get(actor), target);
          String problem = judge(expected, response, before, target);
          if (problem != null) {
            wrong.add(operation + " by " + actor + " on " + target + ": " + problem);
          }
          restore(operation, target, response);
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  private static char expected(Operation operation, Holder actor, Holder target) {
    if (operation == Operation.REVOKE_ROLE && (target == Holder.MEMBER || target == Holder.GUEST)) {
      return '-';
    }
    return (operation.onRoles() ? ON_ROLES : ON_ACCOUNTS).get(actor).charAt(target.ordinal());
  }

  private String judge(char expected, Api.Response response, String before, Holder target) {
    String got = response.status() + " " + response.code();
    if (expected == 'Y') {
      return response.status() / 100 == 2 ? null : "expected success, got " + got;
    }
    boolean refused = expected == 'P'
        ? response.status() == 403 && response.code().equals("access.outranked")
        : (response.status() == 403 || response.status() == 404)
            && !response.code().isBlank();
    if (!refused) {
      return "expected " + (expected == 'P' ? "403 access.outranked" : "a refusal") + ", got "
          + got;
    }
    String after = snapshot(target);
    return after.equals(before) ? null : "refused, yet changed from " + before + " to " + after;
  }

  private Api.Response perform(Operation operation, Api actor, Holder target) {
    UUID id = targets.get(target).id();
    return switch (operation) {
      case RESET_PASSWORD -> actor.post(person(target) + "/reset-password", null);
      case SUSPEND -> actor.post(person(target) + "/suspend", null);
      case REACTIVATE -> actor.post(person(target) + "/reactivate", null);
      case EDIT -> actor.patch(person(target), Map.of("title", "Title " + UUID.randomUUID()));
      case MOVE_DEPARTMENT ->
        actor.patch(person(target), Map.of("primaryDepartmentId", departments.get("A2")));
      case SET_MEMBERSHIPS ->
        actor.put(
            person(target) + "/memberships",
            List.of(Map.of("departmentId", departments.get("A2"))));
      case GRANT_ROLE ->
        actor.post(
            "/api/v1/admin/role-grants",
            Map.of(
                "personId", id, "role", "DEPARTMENT_ADMIN", "departmentId", departments.get("A2")));
      case REVOKE_ROLE -> actor.delete("/api/v1/admin/role-grants/" + targetGrants.get(target));
    };
  }

  /** Puts the target back as it was, whatever the operation did. */
  private void restore(Operation operation, Holder target, Api.Response response) {
    boolean done = response.status() / 100 == 2;
    switch (operation) {
      case SUSPEND, REACTIVATE -> admin.post(person(target) + "/reactivate", null);
      case MOVE_DEPARTMENT ->
        admin.patch(person(target), Map.of("primaryDepartmentId", departments.get("A1")));
      case SET_MEMBERSHIPS -> admin.put(person(target) + "/memberships", List.of());
      case GRANT_ROLE -> {
        if (done) {
          admin.delete("/api/v1/admin/role-grants/" + response.body().path("id").asString());
        }
      }
      case REVOKE_ROLE -> {
        if (done) {
          targetGrants.put(target, grant(targets.get(target).id(), target));
        }
      }
      case RESET_PASSWORD -> {
        if (done) {
          targetSessions.put(
              target,
              People.choosePassword(
                  port,
                  targets.get(target).email(),
                  response.body().path("temporaryPassword").asString()));
        }
      }
      case EDIT -> {}
    }
    if (targetSessions.get(target).get("/api/v1/me").status() != 200) {
      targetSessions.put(target, Api.signedIn(port, targets.get(target).email(), People.PASSWORD));
    }
  }

  /** What an administrator sees of the target, their roles, and whether their own session still works. */
  private String snapshot(Holder target) {
    UUID id = targets.get(target).id();
    var grants = StreamSupport.stream(
            admin.get("/api/v1/admin/role-grants").body().spliterator(), false)
        .filter(g -> g.path("personId").asString().equals(id.toString()))
        .map(g -> g.path("id").asString()
            + g.path("role").asString()
            + g.path("departmentId").asString())
        .sorted()
        .toList();
    return admin.get(person(target)).body() + " roles " + grants + " session "
        + targetSessions.get(target).get("/api/v1/me").status();
  }

  private void setUp() {
    admin = People.admin(port);
    UUID root = People.rootDepartment(admin);
    departments.put("A", department("A", root));
    departments.put("A1", department("A1", departments.get("A")));
    departments.put("A2", department("A2", departments.get("A1")));
    departments.put("B", department("B", root));
    for (Holder holder : Holder.values()) {
      UUID home = switch (holder) {
        case SYSTEM_ADMIN -> root;
        case ADMIN_OF_A -> departments.get("A");
        case ADMIN_OF_B -> departments.get("B");
        default -> departments.get("A1");
      };
      People.Person actor = make(holder, "Actor " + holder, home);
      grant(actor.id(), holder);
      actors.put(holder, actor.api());
      People.Person target = make(holder, "Target " + holder, departments.get("A1"));
      targetGrants.put(holder, grant(target.id(), holder));
      targets.put(holder, target);
      targetSessions.put(holder, target.api());
    }
  }

  private People.Person make(Holder holder, String name, UUID department) {
    return holder == Holder.GUEST
        ? People.createGuest(port, admin, name, department)
        : People.create(port, admin, name, department);
  }

  /** Grants the holder's role; the grant's id, or null for a member or guest. */
  private UUID grant(UUID personId, Holder holder) {
    String department = switch (holder) {
      case ADMIN_OF_A -> "A";
      case ADMIN_OF_A1 -> "A1";
      case ADMIN_OF_B -> "B";
      default -> null;
    };
    if (holder != Holder.SYSTEM_ADMIN && department == null) {
      return null;
    }
    Map<String, Object> body = new HashMap<>();
    body.put("personId", personId);
    body.put("role", department == null ? "SYSTEM_ADMIN" : "DEPARTMENT_ADMIN");
    body.put("departmentId", department == null ? null : departments.get(department));
    var granted = admin.post("/api/v1/admin/role-grants", body);
    assertThat(granted.status()).as(granted.body().toString()).isEqualTo(201);
    return UUID.fromString(granted.body().path("id").asString());
  }

  private UUID department(String name, UUID parent) {
    var created = admin.post(
        "/api/v1/departments",
        Map.of(
            "name", name + "-" + UUID.randomUUID().toString().substring(0, 8), "parentId", parent));
    assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
    return UUID.fromString(created.body().path("id").asString());
  }

  private String person(Holder target) {
    return "/api/v1/people/" + targets.get(target).id();
  }
}
