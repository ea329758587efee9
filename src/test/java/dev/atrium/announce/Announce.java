package dev.atrium.announce;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.support.Api;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** Announcements, audiences and departments made over HTTP for the announce tests. */
public final class Announce {

  private Announce() {}

  public static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().substring(0, 8);
  }

  public static UUID department(Api admin, String name, UUID parentId) {
    var created =
        admin.post("/api/v1/departments", Map.of("name", unique(name), "parentId", parentId));
    assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
    return id(created.body());
  }

  public static UUID group(Api admin, String name, List<UUID> members) {
    var created = admin.post("/api/v1/groups", Map.of("name", unique(name)));
    assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
    UUID group = id(created.body());
    var set = admin.put("/api/v1/groups/" + group + "/members", Map.of("personIds", members));
    assertThat(set.status()).as("%s", set.body()).isLessThan(300);
    return group;
  }

  /** An audience: {@code departments} maps each department to whether its subtree is included. */
  public static Map<String, Object> audience(
      boolean company,
      Map<UUID, Boolean> departments,
      List<UUID> groups,
      List<UUID> people,
      List<UUID> excluded) {
    return Map.of(
        "company",
        company,
        "departments",
        departments.entrySet().stream()
            .map(d -> Map.of("id", d.getKey(), "subtree", d.getValue()))
            .toList(),
        "groups",
        groups,
        "people",
        people,
        "excludedPeople",
        excluded);
  }

  public static Map<String, Object> people(UUID... people) {
    return audience(false, Map.of(), List.of(), List.of(people), List.of());
  }

  public static Map<String, Object> body(String text) {
    return Map.of(
        "type",
        "doc",
        "content",
        List.of(
            Map.of("type", "paragraph", "content", List.of(Map.of("type", "text", "text", text)))));
  }

  /** A draft with sensible defaults; change fields with {@link #with}. */
  public static Map<String, Object> draft(String title, Map<String, Object> audience) {
    Map<String, Object> draft = new HashMap<>();
    draft.put("title", title);
    draft.put("body", body("正文 " + title + " body text"));
    draft.put("category", "policy");
    draft.put("importance", "NORMAL");
    draft.put("mustRead", true);
    draft.put("attachmentFileIds", List.of());
    draft.put("commentsEnabled", true);
    draft.put("reactionsEnabled", true);
    draft.put("audience", audience);
    draft.put("includeLaterJoiners", false);
    draft.put("reconfirm", false);
    return draft;
  }

  public static Map<String, Object> with(Map<String, Object> draft, String key, Object value) {
    Map<String, Object> changed = new HashMap<>(draft);
    changed.put(key, value);
    return changed;
  }

  public static UUID create(Api author, Map<String, Object> draft) {
    var created = author.post("/api/v1/announcements", draft);
    assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
    return id(created.body());
  }

  /** Creates and publishes now; answers its id. */
  public static UUID publish(Api author, Map<String, Object> draft) {
    UUID id = create(author, draft);
    var published = author.post("/api/v1/announcements/" + id + "/publish", Map.of());
    assertThat(published.status()).as("%s", published.body()).isEqualTo(200);
    assertThat(published.body().path("state").asString()).isEqualTo("PUBLISHED");
    return id;
  }

  public static UUID id(JsonNode body) {
    return UUID.fromString(body.path("id").asString());
  }

  public static List<String> inbox(Api api) {
    return api.get("/api/v1/announcements?box=inbox&limit=100")
        .body()
        .path("items")
        .findValuesAsString("id");
  }
}
