package dev.atrium.access.matrix;

import static dev.atrium.access.matrix.Cast.id;
import static dev.atrium.access.matrix.Cast.ok;

import dev.atrium.doc.Pages;
import dev.atrium.support.Api;
import dev.atrium.support.Eventually;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * Doc objects the matrix calls endpoints on: a project space the owner administers and department
 * A may edit (so the insider edits through their department, and the guest in A gets nothing), a
 * page and a page restricted to the owner, a comment thread on each, a picture on each, a template
 * saved from the page, and the notification the owner got when the insider commented.
 */
final class DocFixture {

  final UUID space;
  final List<Map<String, Object>> grants;
  final UUID page;
  final UUID restrictedPage;
  final String restrictedWord = "受限词" + UUID.randomUUID().toString().substring(0, 8);
  final UUID thread;
  /** The owner's first comment in {@link #thread}. */
  final UUID comment;

  final UUID restrictedThread;
  final UUID picture;
  final UUID restrictedPicture;
  final String template;
  final UUID notification;
  /** A page restricted to the owner, in the space's trash. */
  final UUID trashedRestrictedPage;

  final String trashedWord = "废弃词" + UUID.randomUUID().toString().substring(0, 8);
  /** A page each actor may edit in a space of their own (the guest's is the owner's, shared with them). */
  final Map<Actor, UUID> ownPage = new java.util.EnumMap<>(Actor.class);

  private final Cast cast;

  /**
   * {@code pages} only stores the page's text, as the editor's snapshot would (a co-editing
   * session needs the web client's Yjs); every call under test goes over HTTP.
   */
  DocFixture(Cast cast, Pages pages) {
    this.cast = cast;
    Api owner = cast.owner();
    grants = List.of(
        Map.of("kind", "PERSON", "id", cast.id(Actor.OWNER), "role", "ADMIN"),
        Map.of("kind", "DEPARTMENT", "id", cast.departmentA, "role", "EDIT"));
    space = space();
    page = page(space, "页面 Page");
    pages.storeContent(page, "# 页面\n\n正文", "页面 正文", cast.id(Actor.OWNER));
    restrictedPage = page(space, "受限 Restricted " + restrictedWord);
    ok(owner.put("/api/v1/pages/" + restrictedPage + "/restrictions", restrictions()), 200);
    trashedRestrictedPage = page(space, "受限废纸 " + trashedWord);
    ok(owner.put("/api/v1/pages/" + trashedRestrictedPage + "/restrictions", restrictions()), 200);
    ok(owner.delete("/api/v1/pages/" + trashedRestrictedPage), 204);
    JsonNode started =
        ok(owner.post("/api/v1/pages/" + page + "/comments", Map.of("body", "第一条评论 first")), 201);
    thread = UUID.fromString(started.path("id").asString());
    comment = UUID.fromString(started.path("comments").get(0).path("id").asString());
    restrictedThread = id(
        owner.post("/api/v1/pages/" + restrictedPage + "/comments", Map.of("body", "只有我 mine")),
        201);
    picture = attach(page);
    restrictedPicture = attach(restrictedPage);
    template = ok(
            owner.post(
                "/api/v1/templates", Map.of("pageId", page, "name", ChatFixture.unique("模板"))),
            201)
        .path("id")
        .asString();
    ok(owner.put("/api/v1/me/favourite-pages/" + restrictedPage, null), 204);
    ok(owner.get("/api/v1/pages/" + restrictedPage), 200);

    ok(
        cast.insider()
            .post(
                "/api/v1/page-threads/" + thread + "/replies",
                Map.of("body", "知情人的回复 insider's reply")),
        201);
    JsonNode items = Eventually.eventually(
        () -> owner.get("/api/v1/notifications").body().path("items"), list -> list.size() > 0);
    notification = UUID.fromString(items.get(0).path("id").asString());

    for (Actor actor : Actor.values()) {
      if (actor != Actor.GUEST) {
        Api api = cast.api(actor);
        UUID own = id(
            api.post(
                "/api/v1/spaces", Map.of("kind", "PROJECT", "name", ChatFixture.unique("自己的"))),
            201);
        ownPage.put(
            actor, id(api.post("/api/v1/pages", Map.of("spaceId", own, "title", "自己的 Own")), 201));
      }
    }
    UUID guests = id(
        owner.post("/api/v1/spaces", Map.of("kind", "PROJECT", "name", ChatFixture.unique("访客的"))),
        201);
    ok(
        owner.put(
            "/api/v1/spaces/" + guests + "/grants",
            Map.of(
                "grants",
                List.of(
                    Map.of("kind", "PERSON", "id", cast.id(Actor.OWNER), "role", "ADMIN"),
                    Map.of("kind", "PERSON", "id", cast.id(Actor.GUEST), "role", "EDIT")))),
        200);
    ownPage.put(Actor.GUEST, page(guests, "访客的 Guest's"));
  }

  /** The readers and editors of the restricted page: the owner alone. */
  Map<String, Object> restrictions() {
    var me = List.of(Map.of("kind", "PERSON", "id", cast.id(Actor.OWNER)));
    return Map.of("readers", me, "editors", me);
  }

  /** A new space of the owner's with the fixture's grants. */
  UUID space() {
    UUID made = id(
        cast.owner()
            .post("/api/v1/spaces", Map.of("kind", "PROJECT", "name", ChatFixture.unique("矩阵空间"))),
        201);
    ok(cast.owner().put("/api/v1/spaces/" + made + "/grants", Map.of("grants", grants)), 200);
    return made;
  }

  UUID archivedSpace() {
    UUID made = space();
    ok(cast.owner().post("/api/v1/spaces/" + made + "/archive", null), 200);
    return made;
  }

  UUID page(UUID in, String title) {
    return id(cast.owner().post("/api/v1/pages", Map.of("spaceId", in, "title", title)), 201);
  }

  /** A new page in the fixture's space. */
  UUID page() {
    return page(space, "新页面 Fresh");
  }

  /** A new page the owner put in the trash, in a new space of the fixture's kind. */
  UUID[] trashedPage() {
    UUID in = space();
    UUID made = page(in, "废纸 Trashed");
    ok(cast.owner().delete("/api/v1/pages/" + made), 204);
    return new UUID[] {in, made};
  }

  /** A new page restricted to the owner, in the fixture's space's trash. */
  UUID trashedRestrictedPage() {
    UUID made = page();
    ok(cast.owner().put("/api/v1/pages/" + made + "/restrictions", restrictions()), 200);
    ok(cast.owner().delete("/api/v1/pages/" + made), 204);
    return made;
  }

  UUID archivedPage() {
    UUID made = page();
    ok(cast.owner().post("/api/v1/pages/" + made + "/archive", null), 200);
    return made;
  }

  /** A new comment of the owner's on the page. */
  UUID comment() {
    return UUID.fromString(ok(
            cast.owner().post("/api/v1/pages/" + page + "/comments", Map.of("body", "又一条 another")),
            201)
        .path("comments")
        .get(0)
        .path("id")
        .asString());
  }

  /** A comment the insider wrote on a new page before the owner restricted it to themselves. */
  UUID commentOfAShutOutInsider() {
    UUID made = page();
    UUID written = UUID.fromString(ok(
            cast.insider()
                .post("/api/v1/pages/" + made + "/comments", Map.of("body", "限制之前 before")),
            201)
        .path("comments")
        .get(0)
        .path("id")
        .asString());
    ok(cast.owner().put("/api/v1/pages/" + made + "/restrictions", restrictions()), 200);
    return written;
  }

  String template() {
    return ok(
            cast.owner()
                .post(
                    "/api/v1/templates", Map.of("pageId", page, "name", ChatFixture.unique("模板"))),
            201)
        .path("id")
        .asString();
  }

  private UUID attach(UUID onPage) {
    UUID file = ChatFixture.upload(cast.owner());
    ok(
        cast.owner()
            .post("/api/v1/pages/" + onPage + "/attachments", Map.of("fileIds", List.of(file))),
        200);
    return file;
  }
}
