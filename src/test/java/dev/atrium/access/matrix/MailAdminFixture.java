package dev.atrium.access.matrix;

import static dev.atrium.access.matrix.Cast.id;
import static dev.atrium.access.matrix.Cast.ok;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * Mail administration objects the matrix calls endpoints on: the owner's personal mailbox with an address and an
 * alias; a shared mailbox the owner manages and the insider reads; a mailing list of department A.
 */
final class MailAdminFixture {

  final String primary;
  final String alias;
  final UUID personal;
  final UUID shared;
  final UUID list;

  private final Cast cast;

  MailAdminFixture(Cast cast) {
    this.cast = cast;
    ensureDomain(cast);
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String addresses = "/api/v1/mail/admin/people/" + cast.id(Actor.OWNER) + "/addresses";
    ok(cast.admin.post(addresses, Map.of("localPart", "owner." + tag)), 200);
    JsonNode both = ok(cast.admin.post(addresses, Map.of("localPart", "owner.alias." + tag)), 200);
    primary = both.path("primary").asString();
    alias = both.path("aliases").get(0).asString();
    personal = UUID.fromString(both.path("mailboxId").asString());
    shared = sharedMailbox();
    list = id(
        cast.admin.post(
            "/api/v1/mail/admin/lists",
            Map.of(
                "name",
                "矩阵列表",
                "localPart",
                "matrix-list-" + tag,
                "sourceKind",
                "DEPARTMENT",
                "sourceId",
                cast.departmentA)),
        201);
  }

  /** The shared mailbox's members: the owner manages it, the insider reads it. */
  List<Map<String, Object>> members() {
    return List.of(
        Map.of("kind", "PERSON", "id", cast.id(Actor.OWNER), "role", "MANAGER"),
        Map.of("kind", "PERSON", "id", cast.id(Actor.INSIDER), "role", "READER"));
  }

  /** A new shared mailbox, for a call that removes it. */
  UUID sharedMailbox() {
    return id(
        cast.admin.post(
            "/api/v1/mail/admin/shared-mailboxes",
            Map.of(
                "name",
                "矩阵共享邮箱",
                "localPart",
                "matrix-shared-" + UUID.randomUUID().toString().substring(0, 8),
                "members",
                members())),
        201);
  }

  /** A new mailing list, for a call that removes it. */
  UUID list() {
    return id(
        cast.admin.post(
            "/api/v1/mail/admin/lists",
            Map.of(
                "name",
                "矩阵备用列表",
                "localPart",
                "matrix-spare-" + UUID.randomUUID().toString().substring(0, 8),
                "sourceKind",
                "SUBTREE",
                "sourceId",
                cast.departmentA)),
        201);
  }

  private static void ensureDomain(Cast cast) {
    JsonNode domains = ok(cast.admin.get("/api/v1/mail/admin/domains"), 200);
    if (domains.isEmpty()) {
      ok(cast.admin.post("/api/v1/mail/admin/domains", Map.of("name", "matrix-mail.example")), 201);
    }
  }
}
