package dev.atrium.access.matrix;

import static dev.atrium.access.matrix.Cast.id;
import static dev.atrium.access.matrix.Cast.ok;

import dev.atrium.announce.Announce;
import dev.atrium.support.Api;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Announce objects the matrix calls endpoints on: the owner holds the publisher role on department
 * A and publishes a must-read to it (the owner, the insider and the spare receive it; the guest in
 * A does not, a department's audience reaching no guest), with an attachment; drafts to delete or
 * publish; and, while publishing to more than one person waits for approval, one waiting
 * announcement per actor to approve and one to return.
 */
final class AnnounceFixture {

  final UUID announcement;
  final String word = "公告词" + UUID.randomUUID().toString().substring(0, 8);
  final UUID attachment;
  final Map<Actor, UUID> toApprove = new EnumMap<>(Actor.class);
  final Map<Actor, UUID> toReturn = new EnumMap<>(Actor.class);

  private final Cast cast;

  AnnounceFixture(Cast cast) {
    this.cast = cast;
    ok(
        cast.admin.put(
            "/api/v1/announcement-publishers/" + cast.departmentA,
            Map.of("personIds", List.of(cast.id(Actor.OWNER)))),
        200);
    attachment = ChatFixture.upload(cast.owner(), "公告附件.png");
    announcement =
        published(Announce.with(draft(word + " 必读"), "attachmentFileIds", List.of(attachment)));
    var before = cast.admin.get("/api/v1/admin/announcement-settings").body();
    ok(
        cast.admin.put(
            "/api/v1/admin/announcement-settings",
            Map.of("approvalThreshold", 1, "companyWideNeedsApproval", false)),
        200);
    try {
      for (Actor actor : Actor.values()) {
        toApprove.put(actor, pending());
        toReturn.put(actor, pending());
      }
    } finally {
      Map<String, Object> restore = new HashMap<>();
      restore.put(
          "approvalThreshold",
          before.path("approvalThreshold").isNumber()
              ? before.path("approvalThreshold").asInt()
              : null);
      restore.put(
          "companyWideNeedsApproval", before.path("companyWideNeedsApproval").asBoolean());
      ok(cast.admin.put("/api/v1/admin/announcement-settings", restore), 200);
    }
  }

  Map<String, Object> draft(String title) {
    return Announce.draft(
        title,
        Announce.audience(false, Map.of(cast.departmentA, false), List.of(), List.of(), List.of()));
  }

  /** A draft of the owner's. */
  UUID draft() {
    return id(cast.owner().post("/api/v1/announcements", draft("草稿 Draft")), 201);
  }

  /** A must-read the owner published to department A. */
  UUID published() {
    return published(draft("公告 Announcement"));
  }

  private UUID published(Map<String, Object> draft) {
    Api owner = cast.owner();
    UUID id = id(owner.post("/api/v1/announcements", draft), 201);
    ok(owner.post("/api/v1/announcements/" + id + "/publish", Map.of()), 200);
    return id;
  }

  private UUID pending() {
    UUID id = draft();
    var waiting = ok(cast.owner().post("/api/v1/announcements/" + id + "/publish", Map.of()), 200);
    if (!waiting.path("state").asString().equals("PENDING_APPROVAL")) {
      throw new AssertionError("Not waiting for approval: " + waiting);
    }
    return id;
  }
}
