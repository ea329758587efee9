package dev.atrium.access.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.TestAccounts;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.JsonNode;

/**
 * The people of the matrix, made once per test class: the owner and the insider in department A,
 * a member of department B, a guest in A, the administrator of department C, the system
 * administrator, and a spare member of A whom cells may invite, promote or remove.
 */
final class Cast {

  final int port;
  final Api admin;
  final UUID departmentA;
  final Map<Actor, People.Person> people = new EnumMap<>(Actor.class);
  final People.Person spare;

  Cast(int port) {
    this.port = port;
    this.admin = People.admin(port);
    UUID root = People.rootDepartment(admin);
    String tag = UUID.randomUUID().toString().substring(0, 6);
    departmentA = department("矩阵 A-" + tag, root);
    UUID departmentB = department("矩阵 B-" + tag, root);
    UUID departmentC = department("矩阵 C-" + tag, root);
    // made at once: each person is several requests and a password hash
    var owner =
        CompletableFuture.supplyAsync(() -> People.create(port, admin, "所有者 Owner", departmentA));
    var insider =
        CompletableFuture.supplyAsync(() -> People.create(port, admin, "知情人 Insider", departmentA));
    var other =
        CompletableFuture.supplyAsync(() -> People.create(port, admin, "别部门 Other", departmentB));
    var guest = CompletableFuture.supplyAsync(
        () -> People.createGuest(port, admin, "访客 Guest", departmentA));
    var otherAdmin = CompletableFuture.supplyAsync(
        () -> People.create(port, admin, "别部门管理员 Other admin", departmentC));
    var spare =
        CompletableFuture.supplyAsync(() -> People.create(port, admin, "备用 Spare", departmentA));
    people.put(Actor.OWNER, owner.join());
    people.put(Actor.INSIDER, insider.join());
    people.put(Actor.OTHER_DEPARTMENT, other.join());
    people.put(Actor.GUEST, guest.join());
    var granted = admin.post(
        "/api/v1/admin/role-grants",
        Map.of(
            "personId",
            otherAdmin.join().id(),
            "role",
            "DEPARTMENT_ADMIN",
            "departmentId",
            departmentC));
    assertThat(granted.status()).as("%s", granted.body()).isEqualTo(201);
    people.put(Actor.OTHER_DEPARTMENT_ADMIN, otherAdmin.join());
    people.put(
        Actor.SYSTEM_ADMIN,
        new People.Person(
            UUID.fromString(
                admin.get("/api/v1/me").body().path("person").path("id").asString()),
            TestAccounts.ADMIN_EMAIL,
            admin));
    this.spare = spare.join();
  }

  Api api(Actor actor) {
    return people.get(actor).api();
  }

  UUID id(Actor actor) {
    return people.get(actor).id();
  }

  Api owner() {
    return api(Actor.OWNER);
  }

  Api insider() {
    return api(Actor.INSIDER);
  }

  private UUID department(String name, UUID parent) {
    var created = admin.post("/api/v1/departments", Map.of("name", name, "parentId", parent));
    assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
    return UUID.fromString(created.body().path("id").asString());
  }

  /** Fails with the answer when it is not the status wanted, and answers its body. */
  static JsonNode ok(Api.Response answer, int status) {
    assertThat(answer.status()).as("%s", answer.body()).isEqualTo(status);
    return answer.body();
  }

  static UUID id(Api.Response answer, int status) {
    return UUID.fromString(ok(answer, status).path("id").asString());
  }
}
