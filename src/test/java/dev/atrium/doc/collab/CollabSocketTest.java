package dev.atrium.doc.collab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.realtime.TestSocket;
import dev.atrium.support.Api;
import dev.atrium.support.Node;
import dev.atrium.support.People;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What a page's collab socket refuses, seen by real Yjs clients: readers' edits, outsiders, bad and excessive updates. */
@IntegrationTest
class CollabSocketTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort
  int port;

  People.Person editor;
  People.Person reader;
  People.Person outsider;
  UUID page;

  @BeforeEach
  void aPageWithAnEditorAndAReader() {
    Api admin = People.admin(port);
    editor = People.create(port, admin, "Editor 编辑");
    reader = People.create(port, admin, "Reader 读者");
    outsider = People.create(port, admin, "Outsider 外人");
    page = CollabPages.page(List.of(editor), List.of(reader));
  }

  @Test
  void aReadersUpdateIsRefusedAndNeitherStoredNorRelayed() {
    JsonNode seen = run("reader");
    assertThat(seen.path("notices").get(0).path("code").asString()).isEqualTo("doc.read-only");
    assertThat(seen.path("editorSees").asString()).isEqualTo("editor wrote this");
    assertThat(seen.path("stored").asString()).isEqualTo("editor wrote this");
  }

  @Test
  void someoneWhoMayNotReadThePageCannotOpenItsSocket() {
    assertThat(run("outsider").path("status").asInt()).isEqualTo(404);
  }

  @Test
  void aMalformedUpdateIsRefusedWithoutTouchingTheStoredPage() {
    JsonNode seen = run("malformed");
    assertThat(seen.path("notices").get(0).path("code").asString())
        .isEqualTo("doc.malformed-update");
    assertThat(seen.path("closes").get(0).asInt()).isEqualTo(1007);
    assertThat(seen.path("stored").asString()).isEqualTo("intact");
  }

  @Test
  void anUpdateOverTheSizeLimitIsRefused() {
    JsonNode seen = run("tooLarge");
    assertThat(seen.path("notices").get(0).path("code").asString())
        .isEqualTo("doc.update-too-large");
    assertThat(seen.path("closes").get(0).asInt()).isEqualTo(1009);
    assertThat(seen.path("storedLength").asInt()).isZero();
  }

  @Test
  void aPageFullUpToItsLimitRefusesTheNextUpdateAndKeepsWhatItHolds() {
    JsonNode seen = run("documentFull");
    assertThat(seen.path("notices").findValuesAsString("code")).contains("doc.too-large");
    assertThat(seen.path("closes").get(0).asInt()).isEqualTo(1009);
    int stored = seen.path("storedLength").asInt();
    assertThat(stored)
        .isLessThan(seen.path("typed").asInt())
        .isGreaterThanOrEqualTo(5 * 1000 * 1000 - 1_000_000);
    assertThat(stored % (1000 * 1000)).as("whole updates only").isZero();
  }

  @Test
  void aFloodOfUpdatesIsCutOffAndTheClientCatchesUpOnReconnecting() {
    JsonNode seen = run("flood");
    assertThat(seen.path("notices").get(0).path("code").asString()).isEqualTo("doc.rate-limited");
    assertThat(seen.path("closes").get(0).asInt()).isEqualTo(1013);
    assertThat(seen.path("stored").asInt())
        .as("the sync after reconnecting stores what was refused")
        .isEqualTo(300);
  }

  @Test
  void clientsOfAPageSeeEachOthersPresenceComeAndGo() {
    assertThat(run("awareness").path("ok").asBoolean()).isTrue();
  }

  @Test
  void aHandshakeFromAForeignOriginIsRefused() throws Exception {
    var http = java.net.http.HttpClient.newHttpClient();
    String cookie = TestSocket.sessionCookie(port, editor.email(), People.PASSWORD);
    var refused = http.newWebSocketBuilder()
        .header("Cookie", cookie)
        .header("Origin", "http://evil.example")
        .buildAsync(
            java.net.URI.create("ws://localhost:" + port + "/api/v1/pages/" + page + "/collab"),
            new java.net.http.WebSocket.Listener() {});
    org.assertj.core.api.Assertions.assertThatThrownBy(refused::join)
        .hasCauseInstanceOf(java.net.http.WebSocketHandshakeException.class)
        .satisfies(e -> assertThat(((java.net.http.WebSocketHandshakeException) e.getCause())
                .getResponse()
                .statusCode())
            .isEqualTo(403));
  }

  private JsonNode run(String scenario) {
    return JSON.readTree(Node.run(
        "collab-probe.cjs",
        Map.of(
            "ATRIUM_URL",
            "http://localhost:" + port,
            "PAGE_ID",
            page.toString(),
            "SCENARIO",
            scenario,
            "EDITOR",
            TestSocket.sessionCookie(port, editor.email(), People.PASSWORD),
            "READER",
            TestSocket.sessionCookie(port, reader.email(), People.PASSWORD),
            "OUTSIDER",
            TestSocket.sessionCookie(port, outsider.email(), People.PASSWORD)),
        60));
  }
}
