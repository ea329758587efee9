package dev.atrium.org;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The HTTP surface the web client is written against, over real HTTP with real sessions: paths,
 * status codes, problem documents and Chinese text intact in both directions.
 */
@IntegrationTest
class OrgHttpTests {

  @LocalServerPort
  int port;

  @Test
  void anAdministratorCreatesADepartmentAndAPersonAndFindsThemByPinyin() {
    Api admin = People.admin(port);
    String name = "研发部-" + UUID.randomUUID().toString().substring(0, 6);
    var department = admin.post(
        "/api/v1/departments", Map.of("name", name, "parentId", People.rootDepartment(admin)));
    assertThat(department.status()).isEqualTo(201);
    assertThat(department.body().path("name").asString()).isEqualTo(name);
    assertThat(department.body().path("capabilities").path("canEdit").asBoolean())
        .isTrue();
    String departmentId = department.body().path("id").asString();

    var person = admin.post(
        "/api/v1/people",
        Map.of(
            "name",
            "王小明",
            "email",
            People.uniqueEmail("wang"),
            "primaryDepartmentId",
            departmentId,
            "title",
            "工程师"));
    assertThat(person.status()).isEqualTo(201);
    assertThat(person.body().path("name").asString()).isEqualTo("王小明");
    assertThat(person.body().path("status").asString()).isEqualTo("ACTIVE");
    assertThat(person.body().path("departmentPath").get(1).path("name").asString())
        .isEqualTo(name);
    assertThat(person.body().path("capabilities").path("canSuspend").asBoolean())
        .isTrue();

    var found = admin.get("/api/v1/people?q=wxm&departmentId=" + departmentId).body();
    assertThat(found.path("total").asLong()).isEqualTo(1);
    assertThat(found.path("items").get(0).path("name").asString()).isEqualTo("王小明");
    assertThat(found.path("items").get(0).path("departmentName").asString()).isEqualTo(name);
  }

  @Test
  void refusalsArriveAsProblemsWithStableCodes() {
    Api admin = People.admin(port);
    UUID root = People.rootDepartment(admin);
    var zhang = People.create(port, admin, "张三");

    var taken = admin.post(
        "/api/v1/people",
        Map.of("name", "李四", "email", zhang.email(), "primaryDepartmentId", root));
    assertThat(taken.status()).isEqualTo(409);
    assertThat(taken.code()).isEqualTo("org.email-taken");

    var invalid = admin.post(
        "/api/v1/people", Map.of("name", "", "email", "nope", "primaryDepartmentId", root));
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.body().findValuesAsString("field")).contains("email", "name");

    var denied = zhang.api().patch("/api/v1/departments/" + root, Map.of("name", "改名"));
    assertThat(denied.status()).isEqualTo(403);
    assertThat(denied.code()).isEqualTo("access.denied");

    var missing = admin.get("/api/v1/people/" + UUID.randomUUID());
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.code()).isEqualTo("org.person-not-found");
  }

  @Test
  void aRefusedImportListsEveryProblemInTheProblemDocument() {
    Api admin = People.admin(port);
    byte[] file = "name,email,department\n,someone@example.com,研发部\n张三,bad,研发部\n"
        .getBytes(StandardCharsets.UTF_8);

    var refused = admin.upload("/api/v1/admin/org-import?dryRun=false", "file", "org.csv", file);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.code()).isEqualTo("org.import-invalid");
    assertThat(refused.body().path("errors").get(0).path("line").asInt()).isEqualTo(2);
    assertThat(refused.body().path("errors").get(0).path("field").asString()).isEqualTo("name");
    assertThat(refused.body().path("errors").get(1).path("code").asString()).isEqualTo("email");

    var dryRun = admin.upload("/api/v1/admin/org-import", "file", "org.csv", file);
    assertThat(dryRun.status()).isEqualTo(200);
    assertThat(dryRun.body().path("applied").asBoolean()).isFalse();
    assertThat(dryRun.body().path("rowCount").asInt()).isEqualTo(2);
  }
}
