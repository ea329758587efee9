package dev.atrium.doc.collab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.support.People;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A page made over HTTP as people would: a project space whose grants make some people editors and others readers. */
final class CollabPages {

  private CollabPages() {}

  /** The first editor creates the space (and administers it) and the page. */
  static UUID page(List<People.Person> editors, List<People.Person> readers) {
    var owner = editors.getFirst();
    var space = owner
        .api()
        .post(
            "/api/v1/spaces",
            Map.of(
                "kind",
                "PROJECT",
                "name",
                "协作 Collab " + UUID.randomUUID().toString().substring(0, 8)));
    assertThat(space.status()).as("%s", space.body()).isEqualTo(201);
    UUID spaceId = UUID.fromString(space.body().path("id").asString());
    grant(owner, spaceId, editors, readers);
    var page =
        owner.api().post("/api/v1/pages", Map.of("spaceId", spaceId, "title", "共同编辑 Co-edited"));
    assertThat(page.status()).as("%s", page.body()).isEqualTo(201);
    return UUID.fromString(page.body().path("id").asString());
  }

  /** Replaces the space's grants: the owner administers, the others edit or read, anyone else nothing. */
  static void grant(
      People.Person owner, UUID spaceId, List<People.Person> editors, List<People.Person> readers) {
    List<Map<String, Object>> grants = new ArrayList<>();
    grants.add(Map.of("kind", "PERSON", "id", owner.id(), "role", "ADMIN"));
    editors.stream()
        .filter(p -> !p.equals(owner))
        .forEach(p -> grants.add(Map.of("kind", "PERSON", "id", p.id(), "role", "EDIT")));
    readers.forEach(p -> grants.add(Map.of("kind", "PERSON", "id", p.id(), "role", "READ")));
    var answer = owner.api().put("/api/v1/spaces/" + spaceId + "/grants", Map.of("grants", grants));
    assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
  }

  static UUID spaceOf(People.Person someone, UUID pageId) {
    return UUID.fromString(
        someone.api().get("/api/v1/pages/" + pageId).body().path("spaceId").asString());
  }
}
