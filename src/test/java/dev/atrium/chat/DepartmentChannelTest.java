package dev.atrium.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.realtime.TestSocket;
import dev.atrium.support.Api;
import dev.atrium.support.Eventually;
import dev.atrium.support.People;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A department's channel, made with its department, holds exactly the active people of the
 * department's subtree, primary and secondary, and follows every org change without anyone clicking.
 */
@IntegrationTest
class DepartmentChannelTest {

  @LocalServerPort
  int port;

  Api admin;
  UUID root;
  UUID sales;
  UUID east;
  UUID other;

  @BeforeEach
  void aDepartmentWithASubDepartment() {
    admin = People.admin(port);
    root = People.rootDepartment(admin);
    sales = department("销售部", root);
    east = department("华东区", sales);
    other = department("研发部", root);
  }

  @Test
  void peopleOfTheDepartmentAndItsSubDepartmentsAreInAndFollowOrgChanges() {
    People.Person zhang = People.create(port, admin, "张三", sales);
    UUID li = person("李四", east);
    UUID wang = person("王五", other);

    var created = admin.post("/api/v1/channels/department", Map.of("departmentId", sales));
    assertThat(created.status()).as("made with its department").isEqualTo(200);
    assertThat(created.body().path("kind").asString()).isEqualTo("DEPARTMENT");
    assertThat(created.body().path("name").asString()).startsWith("销售部");
    UUID channel = UUID.fromString(created.body().path("id").asString());
    var again = admin.post("/api/v1/channels/department", Map.of("departmentId", sales));
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.body().path("id").asString()).isEqualTo(channel.toString());
    membersBecome(channel, m -> m.equals(Set.of(zhang.id(), li)));
    assertThat(zhang.api().get("/api/v1/channels").body().findValuesAsString("id"))
        .contains(channel.toString());

    // someone who joins the department, or one of its sub-departments, is in
    UUID zhao = person("赵六", east);
    membersBecome(channel, m -> m.contains(zhao));
    // a secondary membership counts too, and ends as it began
    admin.put("/api/v1/people/" + wang + "/memberships", List.of(Map.of("departmentId", east)));
    membersBecome(channel, m -> m.contains(wang));
    admin.put("/api/v1/people/" + wang + "/memberships", List.of());
    membersBecome(channel, m -> !m.contains(wang));

    // moved out: out, and told so on their socket
    String cookie = TestSocket.sessionCookie(port, zhang.email(), People.PASSWORD);
    long cursor =
        admin.get("/api/v1/channels/" + channel).body().path("lastSeq").asLong();
    try (TestSocket socket = TestSocket.connect(port, cookie)) {
      socket.resume(Map.of(channel, cursor));
      socket.untilReady();
      assertThat(admin
              .patch("/api/v1/people/" + zhang.id(), Map.of("primaryDepartmentId", other))
              .status())
          .isEqualTo(200);
      JsonNode left = socket.eventsUntil(channel, cursor + 1).getLast();
      assertThat(left.path("event").path("kind").asString()).isEqualTo("member.left");
      assertThat(left.path("event").path("personId").asString())
          .isEqualTo(zhang.id().toString());
    }
    membersBecome(channel, m -> !m.contains(zhang.id()));
    assertThat(zhang.api().get("/api/v1/channels/" + channel).status()).isEqualTo(404);

    // suspended: out; back again when reactivated
    admin.post("/api/v1/people/" + li + "/suspend", null);
    membersBecome(channel, m -> !m.contains(li));
    admin.post("/api/v1/people/" + li + "/reactivate", null);
    membersBecome(channel, m -> m.contains(li));

    // a sub-department hung elsewhere takes its people with it
    admin.patch("/api/v1/departments/" + east, Map.of("parentId", other));
    membersBecome(channel, Set::isEmpty);
    admin.patch("/api/v1/departments/" + east, Map.of("parentId", sales));
    membersBecome(channel, m -> m.equals(Set.of(li, zhao)));
  }

  @Test
  void nobodyLeavesOrIsRemovedByHandAndOnlyItsAdministratorsTurnItOn() {
    People.Person member = People.create(port, admin, "钱七", sales);
    People.Person departmentAdmin = People.create(port, admin, "孙八", other);
    admin.post(
        "/api/v1/admin/role-grants",
        Map.of(
            "personId", departmentAdmin.id(), "role", "DEPARTMENT_ADMIN", "departmentId", other));

    var byMember = member.api().post("/api/v1/channels/department", Map.of("departmentId", sales));
    assertThat(byMember.status()).isEqualTo(403);
    var byOutsider =
        departmentAdmin.api().post("/api/v1/channels/department", Map.of("departmentId", sales));
    assertThat(byOutsider.status()).isEqualTo(403);
    var byTheirAdmin =
        departmentAdmin.api().post("/api/v1/channels/department", Map.of("departmentId", other));
    assertThat(byTheirAdmin.status()).isEqualTo(200);
    assertThat(byTheirAdmin.body().path("capabilities").path("canManage").asBoolean())
        .isTrue();

    UUID channel = UUID.fromString(admin
        .post("/api/v1/channels/department", Map.of("departmentId", sales))
        .body()
        .path("id")
        .asString());
    var leave = member.api().post("/api/v1/channels/" + channel + "/leave", null);
    assertThat(leave.status()).isEqualTo(400);
    assertThat(leave.code()).isEqualTo("chat.department-managed");
    var remove = admin.delete("/api/v1/channels/" + channel + "/members/" + member.id());
    assertThat(remove.code()).isEqualTo("chat.department-managed");
    assertThat(admin
            .get("/api/v1/channels/" + channel)
            .body()
            .path("capabilities")
            .path("canManage")
            .asBoolean())
        .as("the department's administrator manages it without being in it")
        .isTrue();
    assertThat(member
            .api()
            .post(
                "/api/v1/channels/" + channel + "/messages",
                Map.of("clientMessageId", UUID.randomUUID(), "body", "大家好"))
            .status())
        .isEqualTo(201);
    assertThat(members(channel)).containsExactly(member.id());
  }

  /** Chat follows org after its commit: waits (boundedly) until the channel's members are as expected. */
  private void membersBecome(UUID channel, Predicate<Set<UUID>> expected) {
    Eventually.eventually(() -> members(channel), expected);
  }

  private Set<UUID> members(UUID channel) {
    Set<UUID> ids = new TreeSet<>();
    admin
        .get("/api/v1/channels/" + channel + "/members?size=200")
        .body()
        .path("items")
        .forEach(m -> ids.add(UUID.fromString(m.path("personId").asString())));
    return ids;
  }

  private UUID department(String name, UUID parent) {
    var created = admin.post(
        "/api/v1/departments",
        Map.of(
            "name", name + " " + UUID.randomUUID().toString().substring(0, 6), "parentId", parent));
    assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
    return UUID.fromString(created.body().path("id").asString());
  }

  private UUID person(String name, UUID department) {
    var created = admin.post(
        "/api/v1/people",
        Map.of("name", name, "email", People.uniqueEmail("d"), "primaryDepartmentId", department));
    assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
    return UUID.fromString(created.body().path("id").asString());
  }
}
