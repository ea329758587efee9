package dev.atrium.access.matrix;

import static dev.atrium.access.matrix.Cast.id;
import static dev.atrium.access.matrix.Cast.ok;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An announcement whose statistics the matrix asks for: a must-read the owner, made a publisher of
 * department A, published to A's subtree, so the insider (and the spare) are recipients who must
 * not see who has read it, and the guest in A is not a recipient at all.
 */
final class AnnounceStatsFixture {

  final UUID announcement;

  AnnounceStatsFixture(Cast cast) {
    ok(
        cast.admin.put(
            "/api/v1/announcement-publishers/" + cast.departmentA,
            Map.of("personIds", List.of(cast.id(Actor.OWNER)))),
        200);
    announcement = id(
        cast.owner()
            .post(
                "/api/v1/announcements",
                Map.of(
                    "title",
                    "矩阵必读 Matrix must-read",
                    "body",
                    Map.of("type", "doc", "content", List.of()),
                    "category",
                    "policy",
                    "importance",
                    "NORMAL",
                    "mustRead",
                    true,
                    "attachmentFileIds",
                    List.of(),
                    "commentsEnabled",
                    false,
                    "reactionsEnabled",
                    false,
                    "audience",
                    Map.of(
                        "company", false,
                        "departments", List.of(Map.of("id", cast.departmentA, "subtree", true)),
                        "groups", List.of(),
                        "people", List.of(),
                        "excludedPeople", List.of()),
                    "includeLaterJoiners",
                    false)),
        201);
    ok(cast.owner().post("/api/v1/announcements/" + announcement + "/publish", Map.of()), 200);
  }
}
