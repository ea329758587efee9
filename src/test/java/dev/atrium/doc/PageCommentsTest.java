package dev.atrium.doc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.support.Api;
import dev.atrium.support.DomainEvents;
import dev.atrium.support.People;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Comments on pages, over HTTP: threads on a passage and on the whole page, replies, resolving,
 * editing and deleting, and who may do each (the page's readers comment; outsiders see nothing),
 * and who hears of a mention an edit adds.
 */
@IntegrationTest
class PageCommentsTest {

  /** Two relative positions as Y.encodeRelativePosition writes them: an item's id (client 133, clock 5) and the end of the root type "default". */
  static final String START =
      Base64.getEncoder().encodeToString(new byte[] {0, (byte) 0x85, 0x01, 5, 0});

  static final String END =
      Base64.getEncoder().encodeToString(new byte[] {1, 7, 'd', 'e', 'f', 'a', 'u', 'l', 't', 0});

  @LocalServerPort
  int port;

  @Autowired
  ApplicationEventPublisher publisher;

  @Autowired
  TransactionTemplate transactions;

  @Autowired
  JdbcClient jdbc;

  DomainEvents events;
  Api admin;
  People.Person owner;
  People.Person editor;
  People.Person reader;
  People.Person outsider;
  UUID space;
  UUID page;

  @BeforeEach
  void aSpaceWithAnOwnerAnEditorAndAReader() {
    events = new DomainEvents(publisher, transactions, jdbc);
    admin = People.admin(port);
    var cast = Docs.cast(port, admin, "评论 Comments ");
    owner = cast.owner();
    editor = cast.editor();
    reader = cast.reader();
    outsider = cast.outsider();
    space = cast.space();
    page = Docs.page(owner.api(), space, null, "发布流程 Release process");
  }

  @Test
  void aReaderCommentsOnAPassageAndOthersReplyResolveAndReopenIt() {
    var started = start(reader, "这里的日期对吗？", anchor("发布日期定在周五"));
    assertThat(started.status()).as("%s", started.body()).isEqualTo(201);
    JsonNode thread = started.body();
    assertThat(thread.path("anchor").path("quote").asString()).isEqualTo("发布日期定在周五");
    assertThat(thread.path("anchor").path("start").asString()).isEqualTo(START);
    assertThat(thread.path("comments").get(0).path("author").path("name").asString())
        .isEqualTo("读者 Reader");
    assertThat(
            thread.path("comments").get(0).path("capabilities").path("canEdit").asBoolean())
        .isTrue();
    String threadId = thread.path("id").asString();

    var replied = editor
        .api()
        .post(
            "/api/v1/page-threads/" + threadId + "/replies",
            Map.of("body", "对，<@" + reader.id() + "> 已确认"));
    assertThat(replied.status()).as("%s", replied.body()).isEqualTo(201);
    JsonNode reply = replied.body().path("comments").get(1);
    assertThat(reply.path("body").asString()).isEqualTo("对，<@" + reader.id() + "> 已确认");
    assertThat(reply.path("mentions").get(0).path("name").asString()).isEqualTo("读者 Reader");

    var resolved = reader.api().post("/api/v1/page-threads/" + threadId + "/resolve", null);
    assertThat(resolved.status()).as("%s", resolved.body()).isEqualTo(200);
    assertThat(resolved.body().path("resolved").asBoolean()).isTrue();
    assertThat(resolved.body().path("resolvedBy").path("name").asString()).isEqualTo("读者 Reader");
    var reopened = editor.api().post("/api/v1/page-threads/" + threadId + "/reopen", null);
    assertThat(reopened.body().path("resolved").asBoolean()).isFalse();
    reader.api().post("/api/v1/page-threads/" + threadId + "/resolve", null);
    // a reply to a resolved thread opens it again
    var late =
        owner.api().post("/api/v1/page-threads/" + threadId + "/replies", Map.of("body", "还有一个问题"));
    assertThat(late.body().path("resolved").asBoolean()).isFalse();

    var listed = discussion(editor);
    assertThat(listed.path("canComment").asBoolean()).isTrue();
    assertThat(listed.path("threads")).hasSize(1);
    assertThat(bodies(listed.path("threads").get(0)))
        .containsExactly("这里的日期对吗？", "对，<@" + reader.id() + "> 已确认", "还有一个问题");
  }

  @Test
  void pageCommentsHaveNoAnchorAndShareTheModel() {
    var started = start(editor, "整体结构很清楚", null);
    assertThat(started.status()).as("%s", started.body()).isEqualTo(201);
    assertThat(started.body().path("anchor").isNull()
            || started.body().path("anchor").isMissingNode())
        .isTrue();
    String threadId = started.body().path("id").asString();
    assertThat(reader
            .api()
            .post("/api/v1/page-threads/" + threadId + "/replies", Map.of("body", "同意"))
            .status())
        .isEqualTo(201);
    assertThat(reader
            .api()
            .post("/api/v1/page-threads/" + threadId + "/resolve", null)
            .status())
        .isEqualTo(200);
    assertThat(discussion(owner).path("threads").get(0).path("resolved").asBoolean())
        .isTrue();
  }

  @Test
  void anOutsiderSeesNoCommentsAndCannotTouchAny() {
    String threadId = start(reader, "问题", anchor("段落")).body().path("id").asString();
    String commentId = discussion(reader)
        .path("threads")
        .get(0)
        .path("comments")
        .get(0)
        .path("id")
        .asString();
    List<Api.Response> answers = List.of(
        outsider.api().get("/api/v1/pages/" + page + "/comments"),
        outsider.api().post("/api/v1/pages/" + page + "/comments", Map.of("body", "我也来")),
        outsider.api().post("/api/v1/page-threads/" + threadId + "/replies", Map.of("body", "我也来")),
        outsider.api().post("/api/v1/page-threads/" + threadId + "/resolve", null),
        outsider.api().patch("/api/v1/page-comments/" + commentId, Map.of("body", "改掉")),
        outsider.api().delete("/api/v1/page-comments/" + commentId));
    assertThat(answers)
        .allSatisfy(
            answer -> assertThat(answer.status()).as("%s", answer.body()).isEqualTo(404));
    assertThat(answers.get(2).code()).isEqualTo("doc.thread-not-found");
    assertThat(answers.get(4).code()).isEqualTo("doc.comment-not-found");
    assertThat(bodies(discussion(reader).path("threads").get(0))).containsExactly("问题");
  }

  @Test
  void aRestrictedPagesCommentsFollowItsRestriction() {
    String threadId = start(editor, "内部讨论", anchor("薪酬")).body().path("id").asString();
    var restricted = owner
        .api()
        .put(
            "/api/v1/pages/" + page + "/restrictions",
            Map.of(
                "readers",
                List.of(Map.of("kind", "PERSON", "id", editor.id())),
                "editors",
                List.of()));
    assertThat(restricted.status()).as("%s", restricted.body()).isEqualTo(200);

    assertThat(reader.api().get("/api/v1/pages/" + page + "/comments").status()).isEqualTo(404);
    assertThat(reader
            .api()
            .post("/api/v1/page-threads/" + threadId + "/replies", Map.of("body", "看不到"))
            .status())
        .isEqualTo(404);
    assertThat(editor
            .api()
            .post("/api/v1/page-threads/" + threadId + "/replies", Map.of("body", "仍可回复"))
            .status())
        .isEqualTo(201);
    assertThat(owner.api().get("/api/v1/pages/" + page + "/comments").body().path("threads"))
        .hasSize(1);
  }

  @Test
  void badInputIsRefusedAndLeavesNothingBehind() {
    String threadId = start(editor, "第一条", null).body().path("id").asString();
    String tooLong = "长".repeat(PageComments.MAX_BODY + 1);
    Map<String, Api.Response> answers = new HashMap<>();
    answers.put("doc.comment-empty", start(reader, "   \n ", null));
    answers.put("doc.comment-too-long", start(reader, tooLong, anchor("一段")));
    answers.put(
        "doc.anchor-invalid",
        start(reader, "坏锚点", Map.of("start", "不是base64!", "end", END, "quote", "一段")));
    Map<String, Object> garbage = Map.of(
        "start", Base64.getEncoder().encodeToString(new byte[] {9, 9}), "end", END, "quote", "一段");
    List<Api.Response> alsoInvalid = List.of(
        start(reader, "坏锚点", garbage),
        start(reader, "无引用", Map.of("start", START, "end", END, "quote", "  ")),
        start(
            reader,
            "引用太长",
            Map.of("start", START, "end", END, "quote", "字".repeat(PageComments.MAX_QUOTE + 1))));
    answers.forEach((code, answer) -> {
      assertThat(answer.status()).as("%s", answer.body()).isEqualTo(400);
      assertThat(answer.code()).isEqualTo(code);
    });
    assertThat(answers.get("doc.comment-too-long").body().path("max").asInt())
        .isEqualTo(PageComments.MAX_BODY);
    assertThat(alsoInvalid)
        .allSatisfy(answer -> assertThat(answer.code()).isEqualTo("doc.anchor-invalid"));
    var missingBody = reader.api().post("/api/v1/pages/" + page + "/comments", Map.of());
    assertThat(missingBody.status()).isEqualTo(400);

    assertThat(reader
            .api()
            .post("/api/v1/page-threads/" + threadId + "/replies", Map.of("body", tooLong))
            .code())
        .isEqualTo("doc.comment-too-long");
    assertThat(reader
            .api()
            .post("/api/v1/page-threads/" + threadId + "/replies", Map.of("body", ""))
            .code())
        .isEqualTo("doc.comment-empty");
    String commentId = discussion(editor)
        .path("threads")
        .get(0)
        .path("comments")
        .get(0)
        .path("id")
        .asString();
    assertThat(editor
            .api()
            .patch("/api/v1/page-comments/" + commentId, Map.of("body", tooLong))
            .code())
        .isEqualTo("doc.comment-too-long");
    assertThat(reader
            .api()
            .post("/api/v1/page-threads/" + UUID.randomUUID() + "/replies", Map.of("body", "谁"))
            .code())
        .isEqualTo("doc.thread-not-found");
    assertThat(reader.api().delete("/api/v1/page-comments/" + UUID.randomUUID()).code())
        .isEqualTo("doc.comment-not-found");
    assertThat(reader
            .api()
            .post("/api/v1/pages/" + UUID.randomUUID() + "/comments", Map.of("body", "谁"))
            .code())
        .isEqualTo("doc.page-not-found");

    JsonNode threads = discussion(editor).path("threads");
    assertThat(threads).hasSize(1);
    assertThat(bodies(threads.get(0))).containsExactly("第一条");
  }

  @Test
  void
      onlyTheAuthorEditsAndTheAuthorOrASpaceAdministratorDeletesLeavingTombstonesWhileOthersRemain() {
    String threadId = start(reader, "原文", anchor("一句话")).body().path("id").asString();
    editor.api().post("/api/v1/page-threads/" + threadId + "/replies", Map.of("body", "回复一"));
    editor.api().post("/api/v1/page-threads/" + threadId + "/replies", Map.of("body", "回复二"));
    JsonNode comments = discussion(reader).path("threads").get(0).path("comments");
    String first = comments.get(0).path("id").asString();
    String second = comments.get(1).path("id").asString();
    String third = comments.get(2).path("id").asString();
    assertThat(comments.get(1).path("capabilities").path("canEdit").asBoolean()).isFalse();

    var notMine = reader.api().patch("/api/v1/page-comments/" + second, Map.of("body", "改别人的"));
    assertThat(notMine.status()).isEqualTo(403);
    assertThat(notMine.code()).isEqualTo("doc.not-comment-author");
    assertThat(reader.api().delete("/api/v1/page-comments/" + second).code())
        .isEqualTo("doc.not-comment-author");
    assertThat(editor.api().delete("/api/v1/page-comments/" + first).code())
        .isEqualTo("doc.not-comment-author");

    var edited = reader.api().patch("/api/v1/page-comments/" + first, Map.of("body", "原文（已修改）"));
    assertThat(edited.status()).as("%s", edited.body()).isEqualTo(200);
    assertThat(edited.body().path("comments").get(0).path("editedAt").isNull()).isFalse();

    // the author deletes the first comment: it stays as a tombstone, the replies after it remain
    assertThat(reader.api().delete("/api/v1/page-comments/" + first).status()).isEqualTo(204);
    JsonNode after = discussion(editor).path("threads").get(0).path("comments");
    assertThat(after).hasSize(3);
    assertThat(after.get(0).path("deleted").asBoolean()).isTrue();
    assertThat(after.get(0).path("body").asString()).isEmpty();
    assertThat(after.get(0).path("capabilities").path("canDelete").asBoolean()).isFalse();
    assertThat(reader
            .api()
            .patch("/api/v1/page-comments/" + first, Map.of("body", "复活"))
            .code())
        .isEqualTo("doc.comment-not-found");

    // the space administrator deletes anyone's; with the last remaining comment the thread goes
    assertThat(discussion(owner)
            .path("threads")
            .get(0)
            .path("comments")
            .get(1)
            .path("capabilities")
            .path("canDelete")
            .asBoolean())
        .isTrue();
    assertThat(owner.api().delete("/api/v1/page-comments/" + second).status()).isEqualTo(204);
    assertThat(discussion(reader).path("threads").get(0).path("comments")).hasSize(3);
    assertThat(editor.api().delete("/api/v1/page-comments/" + third).status()).isEqualTo(204);
    assertThat(discussion(reader).path("threads")).isEmpty();
  }

  @Test
  void anEditThatMentionsSomeoneNewTellsOnlyThemAndOnlyOnce() {
    People.Person wangwu = People.create(port, admin, "王五");
    var granted = owner
        .api()
        .put(
            "/api/v1/spaces/" + space + "/grants",
            Map.of(
                "grants",
                List.of(
                    Map.of("kind", "PERSON", "id", owner.id(), "role", "ADMIN"),
                    Map.of("kind", "PERSON", "id", editor.id(), "role", "EDIT"),
                    Map.of("kind", "PERSON", "id", reader.id(), "role", "READ"),
                    Map.of("kind", "PERSON", "id", wangwu.id(), "role", "READ"))));
    assertThat(granted.status()).as("%s", granted.body()).isEqualTo(200);
    String body = "请 <@" + editor.id() + "> 看看预算";
    String comment = start(reader, body, anchor("预算"))
        .body()
        .path("comments")
        .get(0)
        .path("id")
        .asString();
    events.awaitHandled(page);
    assertThat(notifications(editor)).as("mentioned when it was written").hasSize(1);
    int ownersBefore = notifications(owner).size();

    var edited = reader
        .api()
        .patch(
            "/api/v1/page-comments/" + comment,
            Map.of(
                "body",
                body + "，也请 <@" + wangwu.id() + "> 和 <@" + outsider.id() + "> 看，<@" + reader.id()
                    + "> 记下"));
    assertThat(edited.status()).as("%s", edited.body()).isEqualTo(200);
    events.awaitHandled(page);

    List<JsonNode> told = notifications(wangwu);
    assertThat(told).hasSize(1);
    assertThat(told.getFirst().path("kind").asString()).isEqualTo("doc.mention");
    assertThat(told.getFirst().path("actors").get(0).path("name").asString())
        .isEqualTo("读者 Reader");
    assertThat(told.getFirst().path("text").path("params").path("text").asString())
        .contains("@王五");
    assertThat(told.getFirst().path("anchor").asString()).isEqualTo("comment-" + comment);
    assertThat(notifications(editor)).as("mentioned before the edit").hasSize(1);
    assertThat(notifications(owner)).as("a watcher hears of no edit").hasSize(ownersBefore);
    assertThat(notifications(outsider)).as("may not read the page").isEmpty();
    assertThat(notifications(reader)).as("the author").isEmpty();

    // taking the mention out and putting it back tells no one again
    reader.api().patch("/api/v1/page-comments/" + comment, Map.of("body", body));
    reader
        .api()
        .patch(
            "/api/v1/page-comments/" + comment, Map.of("body", body + " <@" + wangwu.id() + ">"));
    events.awaitHandled(page);
    assertThat(notifications(wangwu)).hasSize(1);
  }

  @Test
  void commentsOfATrashedPageGoWithItAndComeBackOnRestore() {
    start(reader, "跟着页面走", anchor("标题"));
    assertThat(owner.api().delete("/api/v1/pages/" + page).status()).isEqualTo(204);
    assertThat(reader.api().get("/api/v1/pages/" + page + "/comments").status()).isEqualTo(404);
    assertThat(owner.api().post("/api/v1/pages/" + page + "/restore", null).status())
        .isEqualTo(200);
    assertThat(bodies(discussion(reader).path("threads").get(0))).containsExactly("跟着页面走");
  }

  @Test
  void anArchivedPageIsReadWithItsCommentsButTakesNoNewOnes() {
    String threadId = start(reader, "归档前", null).body().path("id").asString();
    assertThat(owner.api().post("/api/v1/pages/" + page + "/archive", null).status())
        .isEqualTo(200);
    JsonNode listed = discussion(reader);
    assertThat(listed.path("canComment").asBoolean()).isFalse();
    assertThat(listed
            .path("threads")
            .get(0)
            .path("comments")
            .get(0)
            .path("capabilities")
            .path("canEdit")
            .asBoolean())
        .isFalse();
    var refused =
        reader.api().post("/api/v1/page-threads/" + threadId + "/replies", Map.of("body", "归档后"));
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.code()).isEqualTo("doc.page-archived");
  }

  private Api.Response start(People.Person who, String body, Map<String, Object> anchor) {
    Map<String, Object> request = new HashMap<>(Map.of("body", body));
    if (anchor != null) {
      request.put("anchor", anchor);
    }
    return who.api().post("/api/v1/pages/" + page + "/comments", request);
  }

  private static Map<String, Object> anchor(String quote) {
    return Map.of("start", START, "end", END, "quote", quote);
  }

  private static List<JsonNode> notifications(People.Person who) {
    var answer = who.api().get("/api/v1/notifications?limit=100");
    assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
    List<JsonNode> items = new ArrayList<>();
    answer.body().path("items").forEach(items::add);
    return items;
  }

  private JsonNode discussion(People.Person who) {
    var answer = who.api().get("/api/v1/pages/" + page + "/comments");
    assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
    return answer.body();
  }

  private static List<String> bodies(JsonNode thread) {
    List<String> bodies = new ArrayList<>();
    thread.path("comments").forEach(c -> bodies.add(c.path("body").asString()));
    return bodies;
  }
}
