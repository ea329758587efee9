package dev.atrium.doc.collab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.Atrium;
import dev.atrium.TestAccounts;
import dev.atrium.realtime.TestSocket;
import dev.atrium.support.Api;
import dev.atrium.support.Node;
import dev.atrium.support.People;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Several real Yjs clients (Node, the yjs package) edit one page at once through the server,
 * dropping and re-opening their connections at random; they converge, and after the server
 * restarts a fresh client loads exactly what they saw.
 */
class CollabConvergenceTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final String dataDir = "target/test-data/collab-restart-" + UUID.randomUUID();
  private final int port = freePort();

  @Test
  void
      concurrentEditorsWithRandomDisconnectsConvergeAndTheStoredPageEqualsWhatTheySawAfterARestart() {
    UUID page;
    String readerCookie;
    JsonNode seen;
    try (var first = start()) {
      Api admin = People.admin(port);
      List<People.Person> editors = new ArrayList<>();
      List<String> cookies = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        People.Person editor = People.create(port, admin, "编辑 Editor " + i);
        editors.add(editor);
        cookies.add(TestSocket.sessionCookie(port, editor.email(), People.PASSWORD));
      }
      People.Person reader = People.create(port, admin, "读者 Reader");
      readerCookie = TestSocket.sessionCookie(port, reader.email(), People.PASSWORD);
      page = CollabPages.page(editors, List.of(reader));

      seen = JSON.readTree(Node.run(
          "collab-convergence.cjs",
          Map.of(
              "ATRIUM_URL",
              "http://localhost:" + port,
              "PAGE_ID",
              page.toString(),
              "COOKIES",
              String.join(",", cookies),
              "EDITS",
              "120",
              "SEED",
              "42",
              "LINGER_MS",
              "4000"),
          180));
      assertThat(seen.path("notices")).as("no update was refused").isEmpty();
      assertThat(seen.path("serverCloses")).as("the server closed no socket").isEmpty();
      assertThat(seen.path("text").asString()).as(seen.toString()).isNotEmpty();
      assertThat(seen.path("snapshots").asInt())
          .as("versions were asked for while they typed")
          .isPositive();
      assertThat(load(page, readerCookie))
          .as("a fresh client before the restart")
          .isEqualTo(seen.path("text").asString());
      long logged = first
          .getBean(JdbcClient.class)
          .sql("select count(*) from doc.page_update where page_id = ?")
          .param(page)
          .query(Long.class)
          .single();
      assertThat(logged).as("versions replaced most of the log").isLessThan(4 * 120 / 2);
      this.editor = editors.getFirst();
      this.reader = reader;
    }
    try (var second = start()) {
      assertThat(load(page, readerCookie))
          .as("a fresh client after the restart")
          .isEqualTo(seen.path("text").asString());

      JsonNode versions =
          reader.api().get("/api/v1/pages/" + page + "/versions").body();
      assertThat(versions.size()).isGreaterThan(1);
      JsonNode latest = reader
          .api()
          .get("/api/v1/pages/" + page + "/versions/"
              + versions.get(0).path("number").asInt())
          .body();
      assertThat(latest.path("markdown").asString())
          .as("the version made in the pause holds the final text")
          .isEqualTo(seen.path("text").asString());
      assertThat(latest.path("update").asString()).isNotEmpty();
      assertThat(versions.get(0).path("editors").size()).isPositive();

      int number = versions.get(1).path("number").asInt();
      var refused = reader
          .api()
          .put("/api/v1/pages/" + page + "/versions/" + number + "/name", Map.of("name", "定稿"));
      assertThat(refused.status()).isEqualTo(403);
      var named = editor
          .api()
          .put(
              "/api/v1/pages/" + page + "/versions/" + number + "/name",
              Map.of("name", "定稿 final"));
      assertThat(named.status()).isEqualTo(200);
      assertThat(reader
              .api()
              .get("/api/v1/pages/" + page + "/versions")
              .body()
              .get(1)
              .path("name")
              .asString())
          .isEqualTo("定稿 final");
    }
  }

  private People.Person editor;
  private People.Person reader;

  private String load(UUID page, String cookie) {
    return JSON.readTree(Node.run(
            "collab-load.cjs",
            Map.of(
                "ATRIUM_URL",
                "http://localhost:" + port,
                "PAGE_ID",
                page.toString(),
                "COOKIE",
                cookie),
            60))
        .path("text")
        .asString();
  }

  private ConfigurableApplicationContext start() {
    return new SpringApplicationBuilder(Atrium.class)
        .run(
            "--atrium.data-dir=" + dataDir,
            "--server.port=" + port,
            "--atrium.bootstrap.admin-email=" + TestAccounts.ADMIN_EMAIL,
            "--atrium.bootstrap.admin-password=" + TestAccounts.ADMIN_PASSWORD,
            "--atrium.bootstrap.admin-password-change-required=false",
            "--atrium.auth.argon2-memory-kib=1024",
            "--atrium.auth.argon2-iterations=1",
            "--atrium.limits.address-burst=10000",
            "--atrium.limits.person-burst=10000",
            // versions are made while the clients type, so the restart loads a version plus a log
            "--atrium.doc.collab.version-every-updates=50",
            "--atrium.doc.collab.version-when-idle=PT1S");
  }

  private static int freePort() {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
