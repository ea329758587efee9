package dev.atrium.doc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.support.Api;
import dev.atrium.support.Eventually;
import dev.atrium.support.People;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/** Spaces and pages made over HTTP for the doc tests. */
final class Docs {

  private Docs() {}

  /** A project space's people: its owner administers it, one may edit, one may read, the outsider has no grant. */
  record Cast(
      People.Person owner,
      People.Person editor,
      People.Person reader,
      People.Person outsider,
      UUID space) {}

  static Cast cast(int port, Api admin, String spaceName) {
    var owner = People.create(port, admin, "空间管理员 Owner");
    var editor = People.create(port, admin, "编辑 Editor");
    var reader = People.create(port, admin, "读者 Reader");
    var outsider = People.create(port, admin, "外人 Outsider");
    UUID space = projectSpace(owner.api(), unique(spaceName));
    var granted = owner
        .api()
        .put(
            "/api/v1/spaces/" + space + "/grants",
            Map.of(
                "grants",
                List.of(
                    Map.of("kind", "PERSON", "id", owner.id(), "role", "ADMIN"),
                    Map.of("kind", "PERSON", "id", editor.id(), "role", "EDIT"),
                    Map.of("kind", "PERSON", "id", reader.id(), "role", "READ"))));
    assertThat(granted.status()).as("%s", granted.body()).isEqualTo(200);
    return new Cast(owner, editor, reader, outsider, space);
  }

  static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().substring(0, 8);
  }

  static UUID department(Api admin, String name, UUID parentId) {
    var created = admin.post("/api/v1/departments", Map.of("name", name, "parentId", parentId));
    assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
    return id(created.body());
  }

  static UUID projectSpace(Api api, String name) {
    var created = api.post("/api/v1/spaces", Map.of("kind", "PROJECT", "name", name));
    assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
    return id(created.body());
  }

  static UUID page(Api api, UUID spaceId, UUID parentId, String title) {
    Map<String, Object> body = new HashMap<>(Map.of("spaceId", spaceId, "title", title));
    if (parentId != null) {
      body.put("parentId", parentId);
    }
    var created = api.post("/api/v1/pages", body);
    assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
    return id(created.body());
  }

  static UUID id(JsonNode node) {
    return UUID.fromString(node.path("id").asString());
  }

  /** The titles of the space's tree as the caller sees it, each as "parentTitle/title" in sibling order. */
  static List<String> tree(Api api, UUID spaceId) {
    var answer = api.get("/api/v1/spaces/" + spaceId + "/pages");
    assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
    Map<String, String> titles = new HashMap<>();
    answer
        .body()
        .forEach(
            node -> titles.put(node.path("id").asString(), node.path("title").asString()));
    List<String> lines = new ArrayList<>();
    answer.body().forEach(node -> {
      String parent = node.path("parentId").isNull() || node.path("parentId").isMissingNode()
          ? ""
          : titles.getOrDefault(node.path("parentId").asString(), "?");
      lines.add(parent + "/" + node.path("title").asString() + "@"
          + node.path("position").asInt());
    });
    return lines;
  }

  static <T> T eventually(Supplier<T> probe, Predicate<T> expected) {
    return Eventually.eventually(probe, expected);
  }
}
