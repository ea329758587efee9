package dev.atrium.doc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.access.Subject;
import dev.atrium.shared.data.DataDirectory;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Deleting pages from a space's trash for good: only its administrators may, and nothing of them is
 * left, files included, except the files a copy still shows.
 */
@IntegrationTest
class TrashPurgeTest {

  @LocalServerPort
  int port;

  @Autowired
  JdbcClient jdbc;

  @Autowired
  DataDirectory data;

  @Autowired
  TransactionTemplate transactions;

  @Autowired
  Trash trash;

  People.Person owner;
  People.Person editor;
  People.Person reader;
  People.Person outsider;
  UUID space;

  @BeforeEach
  void space() {
    Api admin = People.admin(port);
    var cast = Docs.cast(port, admin, "回收站");
    owner = cast.owner();
    editor = cast.editor();
    reader = cast.reader();
    outsider = cast.outsider();
    space = cast.space();
  }

  @Test
  void anAdministratorDeletesATrashedPageWithItsSubtreeHistoryAndEverythingHangingOnIt() {
    String word = "purge" + UUID.randomUUID().toString().substring(0, 8);
    UUID page = Docs.page(editor.api(), space, null, "旧方案 " + word);
    UUID child = Docs.page(editor.api(), space, page, "旧方案附录");
    editor.api().patch("/api/v1/pages/" + page, Map.of("tags", List.of("过时")));
    CoEdited.write(port, editor, page, "旧的方案，".repeat(60));
    Docs.eventually(() -> count("doc.page_version", page), n -> n > 0);
    assertThat(editor
            .api()
            .put(
                "/api/v1/pages/" + child + "/restrictions",
                Map.of(
                    "readers",
                    List.of(),
                    "editors",
                    List.of(Map.of("kind", "PERSON", "id", editor.id()))))
            .status())
        .isEqualTo(200);
    assertThat(editor.api().put("/api/v1/me/favourite-pages/" + page, null).status())
        .isEqualTo(204);
    assertThat(reader.api().get("/api/v1/pages/" + page).status()).isEqualTo(200);
    Docs.eventually(() -> hits(reader.api(), word), found -> found.size() == 1);

    assertThat(editor.api().delete("/api/v1/pages/" + page).status()).isEqualTo(204);
    Docs.eventually(() -> hits(reader.api(), word), JsonNode::isEmpty);

    var byEditor = editor.api().delete("/api/v1/spaces/" + space + "/trash/" + page);
    assertThat(byEditor.status()).isEqualTo(403);
    assertThat(byEditor.code()).isEqualTo("doc.not-space-admin");
    assertThat(reader.api().delete("/api/v1/spaces/" + space + "/trash/" + page).code())
        .isEqualTo("doc.not-space-admin");
    assertThat(
            outsider.api().delete("/api/v1/spaces/" + space + "/trash/" + page).status())
        .isEqualTo(404);
    assertThat(owner.api().delete("/api/v1/spaces/" + space + "/trash/" + child).status())
        .as("only what was trashed on its own is an entry of the trash")
        .isEqualTo(404);
    assertThat(count("doc.page", page) + count("doc.page", child))
        .as("nothing refused went")
        .isEqualTo(2);

    assertThat(owner.api().delete("/api/v1/spaces/" + space + "/trash/" + page).status())
        .isEqualTo(204);

    for (String table : List.of(
        "doc.page",
        "doc.page_update",
        "doc.page_version",
        "access.resource_grant",
        "doc.favourite",
        "doc.recent_view")) {
      assertThat(count(table, page) + count(table, child)).as(table).isZero();
    }
    var restore = editor.api().post("/api/v1/pages/" + page + "/restore", null);
    assertThat(restore.status()).isEqualTo(404);
    assertThat(restore.code()).isEqualTo("doc.page-not-found");
    assertThat(owner.api().get("/api/v1/spaces/" + space + "/trash").body()).isEmpty();
    assertThat(editor.api().get("/api/v1/me/favourite-pages").body().toString())
        .doesNotContain(page.toString());
    assertThat(hits(owner.api(), word)).isEmpty();
  }

  @Test
  void purgingAPageDeletesTheFilesOnItAndTheirBytesButKeepsTheSameBytesElsewhere() {
    byte[] shared = ("共用的附件 " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
    byte[] own = ("子页自己的附件 " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
    UUID page = Docs.page(editor.api(), space, null, "带附件的旧页");
    UUID child = Docs.page(editor.api(), space, page, "带附件的子页");
    UUID kept = Docs.page(editor.api(), space, null, "留下的页");
    String onPage = attach(page, shared);
    String onChild = attach(child, own);
    String onKept = attach(kept, shared);
    assertThat(reader.api().bytes("/api/v1/files/" + onChild).statusCode()).isEqualTo(200);
    editor.api().delete("/api/v1/pages/" + page);

    assertThat(owner.api().delete("/api/v1/spaces/" + space + "/trash/" + page).status())
        .isEqualTo(204);

    for (String file : List.of(onPage, onChild)) {
      assertThat(editor.api().bytes("/api/v1/files/" + file).statusCode())
          .as("not even its uploader")
          .isEqualTo(404);
      assertThat(reader.api().bytes("/api/v1/files/" + file).statusCode()).isEqualTo(404);
    }
    Docs.eventually(() -> Files.exists(blob(own)), exists -> !exists);
    assertThat(blob(shared)).as("another page's file holds the same bytes").exists();
    assertThat(reader.api().bytes("/api/v1/files/" + onKept).statusCode()).isEqualTo(200);
  }

  @Test
  void aPurgeThatRollsBackKeepsTheFilesAndTheirBytes() {
    byte[] bytes = ("回滚的附件 " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
    UUID page = Docs.page(editor.api(), space, null, "差点删掉的页");
    String file = attach(page, bytes);
    editor.api().delete("/api/v1/pages/" + page);

    transactions.executeWithoutResult(status -> {
      trash.purge(new Subject(owner.id(), false), space, page);
      status.setRollbackOnly();
    });

    assertThat(count("doc.page", page)).isEqualTo(1);
    assertThat(editor.api().bytes("/api/v1/files/" + file).statusCode()).isEqualTo(200);
    assertThat(
            jdbc.sql("select count(*) from shared.event_publication where serialized_event like ?")
                .param("%" + blob(bytes).getFileName() + "%")
                .query(Integer.class)
                .single())
        .as("nothing is left to remove the bytes later")
        .isZero();
    assertThat(blob(bytes)).exists();
  }

  @Test
  void aPageTrashedOnItsOwnBeforeThePageAboveItStaysInTheTrash() {
    UUID page = Docs.page(editor.api(), space, null, "项目");
    UUID earlier = Docs.page(editor.api(), space, page, "早先删掉的");
    Docs.page(editor.api(), space, earlier, "早先删掉的子页");
    editor.api().delete("/api/v1/pages/" + earlier);
    editor.api().delete("/api/v1/pages/" + page);

    assertThat(owner.api().delete("/api/v1/spaces/" + space + "/trash/" + page).status())
        .isEqualTo(204);

    JsonNode trash = owner.api().get("/api/v1/spaces/" + space + "/trash").body();
    assertThat(trash).hasSize(1);
    assertThat(trash.get(0).path("id").asString()).isEqualTo(earlier.toString());
    assertThat(trash.get(0).path("pages").asInt()).isEqualTo(2);
    assertThat(editor.api().post("/api/v1/pages/" + earlier + "/restore", null).status())
        .isEqualTo(200);
    assertThat(Docs.tree(editor.api(), space)).containsExactly("/早先删掉的@0", "早先删掉的/早先删掉的子页@0");
  }

  @Test
  void emptyingTheTrashDeletesWhatIsInItAndLeavesTheRest() {
    UUID kept = Docs.page(editor.api(), space, null, "留下");
    UUID first = Docs.page(editor.api(), space, null, "删一");
    UUID second = Docs.page(editor.api(), space, null, "删二");
    UUID below = Docs.page(editor.api(), space, second, "删二的子页");
    byte[] bytes = ("删二的附件 " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
    String file = attach(below, bytes);
    editor.api().delete("/api/v1/pages/" + first);
    editor.api().delete("/api/v1/pages/" + second);

    assertThat(editor.api().delete("/api/v1/spaces/" + space + "/trash").code())
        .isEqualTo("doc.not-space-admin");
    assertThat(owner.api().get("/api/v1/spaces/" + space + "/trash").body()).hasSize(2);

    assertThat(owner.api().delete("/api/v1/spaces/" + space + "/trash").status())
        .isEqualTo(204);

    assertThat(owner.api().get("/api/v1/spaces/" + space + "/trash").body()).isEmpty();
    assertThat(count("doc.page", first) + count("doc.page", second)).isZero();
    assertThat(editor.api().post("/api/v1/pages/" + second + "/restore", null).status())
        .isEqualTo(404);
    assertThat(Docs.tree(editor.api(), space)).containsExactly("/留下@0");
    assertThat(editor.api().get("/api/v1/pages/" + kept).status()).isEqualTo(200);
    assertThat(editor.api().bytes("/api/v1/files/" + file).statusCode()).isEqualTo(404);
    Docs.eventually(() -> Files.exists(blob(bytes)), exists -> !exists);
  }

  @Test
  void nothingChangesInAnArchivedSpace() {
    UUID page = Docs.page(editor.api(), space, null, "归档前删的");
    editor.api().delete("/api/v1/pages/" + page);
    assertThat(owner.api().post("/api/v1/spaces/" + space + "/archive", null).status())
        .isEqualTo(200);

    assertThat(owner.api().delete("/api/v1/spaces/" + space + "/trash/" + page).code())
        .isEqualTo("doc.space-archived");
    assertThat(owner.api().delete("/api/v1/spaces/" + space + "/trash").code())
        .isEqualTo("doc.space-archived");
    assertThat(count("doc.page", page)).isEqualTo(1);
  }

  /** The editor uploads the bytes and hangs them on the page; answers the file's id. */
  @Test
  void aCopyShowsTheOriginalsFilesToItsOwnReadersAndKeepsThemWhenTheOriginalIsPurged() {
    byte[] bytes = ("原页的配图 " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
    UUID page = Docs.page(editor.api(), space, null, "带配图的原页");
    String image = attach(page, bytes);
    // a space of the editor's that the outsider may read, and the original's space may not
    UUID elsewhere = Docs.projectSpace(editor.api(), Docs.unique("副本空间"));
    editor
        .api()
        .put(
            "/api/v1/spaces/" + elsewhere + "/grants",
            Map.of(
                "grants",
                List.of(
                    Map.of("kind", "PERSON", "id", editor.id(), "role", "ADMIN"),
                    Map.of("kind", "PERSON", "id", outsider.id(), "role", "READ"))));
    assertThat(outsider.api().bytes("/api/v1/files/" + image).statusCode()).isEqualTo(404);

    var copied = editor
        .api()
        .post("/api/v1/pages/" + page + "/copy", Map.of("title", "配图副本", "spaceId", elsewhere));
    assertThat(copied.status()).as("%s", copied.body()).isEqualTo(201);
    UUID copy = Docs.id(copied.body());
    assertThat(outsider.api().bytes("/api/v1/files/" + image).statusCode())
        .as("a reader of the copy")
        .isEqualTo(200);

    editor.api().delete("/api/v1/pages/" + page);
    assertThat(owner.api().delete("/api/v1/spaces/" + space + "/trash/" + page).status())
        .isEqualTo(204);
    assertThat(outsider.api().bytes("/api/v1/files/" + image).statusCode())
        .as("the copy still shows it")
        .isEqualTo(200);
    assertThat(reader.api().bytes("/api/v1/files/" + image).statusCode())
        .as("it hangs on the copy now")
        .isEqualTo(404);
    assertThat(Files.exists(blob(bytes))).isTrue();

    editor.api().delete("/api/v1/pages/" + copy);
    assertThat(editor
            .api()
            .delete("/api/v1/spaces/" + elsewhere + "/trash/" + copy)
            .status())
        .isEqualTo(204);
    assertThat(editor.api().bytes("/api/v1/files/" + image).statusCode())
        .as("gone with the last page showing it")
        .isEqualTo(404);
  }

  private String attach(UUID pageId, byte[] bytes) {
    var uploaded = editor
        .api()
        .sendRaw(
            "POST",
            "/api/v1/files?name=" + URLEncoder.encode("附件.txt", StandardCharsets.UTF_8),
            "text/plain",
            bytes);
    assertThat(uploaded.status()).isEqualTo(201);
    String id = uploaded.body().path("id").asString();
    assertThat(editor
            .api()
            .post("/api/v1/pages/" + pageId + "/attachments", Map.of("fileIds", List.of(id)))
            .status())
        .isEqualTo(200);
    return id;
  }

  private Path blob(byte[] bytes) {
    try {
      String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
      return data.resolve("files/blobs/" + sha.substring(0, 2) + "/" + sha);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private int count(String table, UUID pageId) {
    String column =
        table.equals("doc.page") ? "id" : table.startsWith("access.") ? "resource_id" : "page_id";
    return jdbc.sql("select count(*) from " + table + " where " + column + " = ?")
        .param(pageId)
        .query(Integer.class)
        .single();
  }

  private static JsonNode hits(Api api, String query) {
    var found = api.get(
        "/api/v1/search?kind=page&size=20&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    assertThat(found.status()).as("%s", found.body()).isEqualTo(200);
    return found.body().path("groups").path(0).path("hits");
  }
}
