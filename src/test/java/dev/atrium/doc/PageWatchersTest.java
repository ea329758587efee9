package dev.atrium.doc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.realtime.TestSocket;
import dev.atrium.support.Api;
import dev.atrium.support.Eventually;
import dev.atrium.support.Node;
import dev.atrium.support.People;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Who watches a page and the events notifications are made from: comments tell the watchers, the
 * thread's participants and the people mentioned; a kept version tells the watchers once per
 * editing session; mentions in the text tell those mentioned. Never the author, never someone who
 * may not read the page.
 */
@IntegrationTest
class PageWatchersTest {

  @LocalServerPort
  int port;

  @Autowired
  DocEventsHeard heard;

  People.Person owner;
  People.Person editor;
  People.Person reader;
  People.Person colleague;
  People.Person outsider;
  UUID space;
  UUID page;

  @BeforeEach
  void aPageWithAnOwnerAnEditorAndTwoReaders() {
    Api admin = People.admin(port);
    owner = People.create(port, admin, "所有者 Owner");
    editor = People.create(port, admin, "编辑 Editor");
    reader = People.create(port, admin, "读者 Reader");
    colleague = People.create(port, admin, "同事 Colleague");
    outsider = People.create(port, admin, "外人 Outsider");
    space = Docs.projectSpace(owner.api(), Docs.unique("关注 Watching "));
    grant(List.of(reader, colleague));
    page = Docs.page(owner.api(), space, null, "季度计划 Quarterly plan");
  }

  @Test
  void aCommentTellsWatchersParticipantsAndMentionedReadersButNeverItsAuthorOrOutsiders() {
    assertThat(watching(owner)).as("the creator watches the page").isTrue();
    assertThat(watching(reader)).isFalse();

    String body = "<@" + colleague.id() + "> <@" + outsider.id() + "> 请看这里的预算\n数字";
    var started = reader
        .api()
        .post(
            "/api/v1/pages/" + page + "/comments",
            Map.of(
                "body",
                body,
                "anchor",
                Map.of(
                    "start",
                    PageCommentsTest.START,
                    "end",
                    PageCommentsTest.END,
                    "quote",
                    "预算 200 万")));
    assertThat(started.status()).as("%s", started.body()).isEqualTo(201);
    UUID threadId = UUID.fromString(started.body().path("id").asString());
    PageCommented first = Eventually.eventually(
            () -> heard.of(PageCommented.class, page), list -> list.size() == 1)
        .getFirst();
    assertThat(first.recipients())
        .as("the watching creator and the mentioned colleague; not the outsider, not the author")
        .containsExactlyInAnyOrder(owner.id(), colleague.id());
    assertThat(first.authorId()).isEqualTo(reader.id());
    assertThat(first.threadId()).isEqualTo(threadId);
    assertThat(first.quote()).isEqualTo("预算 200 万");
    assertThat(first.excerpt()).isEqualTo("@同事 Colleague @外人 Outsider 请看这里的预算 数字");
    assertThat(first.pageTitle()).isEqualTo("季度计划 Quarterly plan");
    assertThat(first.spaceId()).isEqualTo(space);
    assertThat(watching(reader)).as("commenting makes one a watcher").isTrue();

    // the reader stops watching; as a participant of the thread they still hear of replies to it
    assertThat(reader
            .api()
            .delete("/api/v1/pages/" + page + "/watch")
            .body()
            .path("watching")
            .asBoolean())
        .isFalse();
    editor.api().post("/api/v1/page-threads/" + threadId + "/replies", Map.of("body", "已改"));
    PageCommented reply = Eventually.eventually(
            () -> heard.of(PageCommented.class, page), list -> list.size() == 2)
        .get(1);
    assertThat(reply.recipients()).containsExactlyInAnyOrder(owner.id(), reader.id());

    // a page comment: the editor now watches too; the reader does not (they chose not to)
    owner.api().post("/api/v1/pages/" + page + "/comments", Map.of("body", "下周评审"));
    PageCommented third = Eventually.eventually(
            () -> heard.of(PageCommented.class, page), list -> list.size() == 3)
        .get(2);
    assertThat(third.recipients()).containsExactly(editor.id());
    assertThat(third.quote()).isNull();
    assertThat(watching(reader)).isFalse();
  }

  @Test
  void aKeptVersionTellsTheWatchersWhoMayReadItButNotItsEditorsOnceForTheSession() {
    assertThat(reader
            .api()
            .put("/api/v1/pages/" + page + "/watch", null)
            .body()
            .path("watching")
            .asBoolean())
        .isTrue();
    colleague.api().put("/api/v1/pages/" + page + "/watch", null);
    owner.api().delete("/api/v1/pages/" + page + "/watch");
    grant(List.of(reader));
    assertThat(outsider.api().put("/api/v1/pages/" + page + "/watch", null).status())
        .isEqualTo(404);

    var session = Node.run(
        "collab-edit.cjs",
        Map.of(
            "ATRIUM_URL",
            "http://localhost:" + port,
            "PAGE_ID",
            page.toString(),
            "COOKIE",
            TestSocket.sessionCookie(port, editor.email(), People.PASSWORD),
            "TEXT_KB",
            "300"),
        60);
    assertThat(session).contains("\"notices\":[]");

    WatchedPageEdited edited = Eventually.eventually(
            () -> heard.of(WatchedPageEdited.class, page), list -> !list.isEmpty())
        .getFirst();
    assertThat(edited.editorIds()).containsExactly(editor.id());
    assertThat(edited.recipients())
        .as("not the owner, who stopped watching, nor the colleague, who may no longer read it")
        .containsExactly(reader.id());
    assertThat(edited.pageTitle()).isEqualTo("季度计划 Quarterly plan");
    assertThat(watching(editor)).as("editing makes one a watcher").isTrue();
    assertThat(watching(owner)).isFalse();
    assertThat(editor.api().get("/api/v1/pages/" + page + "/versions").body()).hasSize(1);
    assertThat(heard.of(WatchedPageEdited.class, page)).hasSize(1);
  }

  @Test
  void mentionsInThePageTextTellOnlyThoseWhoMayReadItAndNameTheOthers() {
    var answer = editor
        .api()
        .post(
            "/api/v1/pages/" + page + "/mentions",
            Map.of("personIds", List.of(reader.id(), outsider.id(), editor.id())));
    assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
    assertThat(answer.body().path("notified").get(0).path("id").asString())
        .isEqualTo(reader.id().toString());
    assertThat(answer.body().path("notified")).hasSize(1);
    assertThat(answer.body().path("cannotRead").get(0).path("name").asString())
        .isEqualTo("外人 Outsider");
    PageMentioned mentioned = Eventually.eventually(
            () -> heard.of(PageMentioned.class, page), list -> !list.isEmpty())
        .getFirst();
    assertThat(mentioned.personIds()).isEqualTo(Set.of(reader.id()));
    assertThat(mentioned.authorId()).isEqualTo(editor.id());

    var onlyOutsider = editor
        .api()
        .post("/api/v1/pages/" + page + "/mentions", Map.of("personIds", List.of(outsider.id())));
    assertThat(onlyOutsider.body().path("cannotRead")).hasSize(1);
    var byReader = reader
        .api()
        .post("/api/v1/pages/" + page + "/mentions", Map.of("personIds", List.of(colleague.id())));
    assertThat(byReader.status()).isEqualTo(403);
    assertThat(byReader.code()).isEqualTo("doc.read-only");
    assertThat(outsider
            .api()
            .post("/api/v1/pages/" + page + "/mentions", Map.of("personIds", List.of(reader.id())))
            .status())
        .isEqualTo(404);
    var unknown = editor
        .api()
        .post(
            "/api/v1/pages/" + page + "/mentions", Map.of("personIds", List.of(UUID.randomUUID())));
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.code()).isEqualTo("doc.person-not-found");
    assertThat(editor
            .api()
            .post("/api/v1/pages/" + page + "/mentions", Map.of("personIds", List.of()))
            .status())
        .isEqualTo(400);
    // events are heard when their request's transaction commits, before it answers
    assertThat(heard.of(PageMentioned.class, page))
        .as("none for the refused calls or a mention no one may read")
        .hasSize(1);
  }

  /** The owner administers, the editor edits, these people read, anyone else nothing. */
  private void grant(List<People.Person> readers) {
    var grants = new java.util.ArrayList<Map<String, Object>>(List.of(
        Map.of("kind", "PERSON", "id", owner.id(), "role", "ADMIN"),
        Map.of("kind", "PERSON", "id", editor.id(), "role", "EDIT")));
    readers.forEach(p -> grants.add(Map.of("kind", "PERSON", "id", p.id(), "role", "READ")));
    var granted = owner.api().put("/api/v1/spaces/" + space + "/grants", Map.of("grants", grants));
    assertThat(granted.status()).as("%s", granted.body()).isEqualTo(200);
  }

  private boolean watching(People.Person who) {
    var answer = who.api().get("/api/v1/pages/" + page + "/watch");
    assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
    return answer.body().path("watching").asBoolean();
  }
}
