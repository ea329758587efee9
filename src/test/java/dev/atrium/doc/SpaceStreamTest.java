package dev.atrium.doc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.realtime.TestSocket;
import dev.atrium.support.People;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A space's changes reach the sockets of the people it is granted to as typed {@code doc.space}
 * events, in order, and nobody else's; a reconnect with the cursor a reset gave catches up.
 */
@IntegrationTest
class SpaceStreamTest {

  @LocalServerPort
  int port;

  @Test
  void theSpacesPeopleHearItsPagesChangeAndAnOutsiderDoesNot() throws InterruptedException {
    Docs.Cast cast = Docs.cast(port, People.admin(port), "实时空间 ");
    UUID space = cast.space();
    try (TestSocket reader = TestSocket.connect(
            port, TestSocket.sessionCookie(port, cast.reader().email(), People.PASSWORD));
        TestSocket outsider = TestSocket.connect(
            port, TestSocket.sessionCookie(port, cast.outsider().email(), People.PASSWORD))) {
      Map<UUID, Long> cursors = TestSocket.withTheRestUpToDate(cast.reader().api(), Map.of());
      assertThat(cursors).as("a space one holds a grant in is followed").containsKey(space);
      long cursor = cursors.get(space);
      reader.resume(cursors);
      assertThat(reader.untilReady()).isEmpty();
      outsider.resume(TestSocket.withTheRestUpToDate(cast.outsider().api(), Map.of()));
      outsider.untilReady();

      UUID page = Docs.page(cast.editor().api(), space, null, "发布计划");
      assertThat(cast.editor()
              .api()
              .patch("/api/v1/pages/" + page, Map.of("title", "发布计划 v2"))
              .status())
          .isEqualTo(200);
      assertThat(cast.owner()
              .api()
              .patch("/api/v1/spaces/" + space, Map.of("description", "新的说明"))
              .status())
          .isEqualTo(200);

      List<JsonNode> events = reader.eventsUntil(space, cursor + 3);
      assertThat(events).extracting(e -> e.path("stream").asString()).containsOnly("doc.space");
      assertThat(events)
          .extracting(e -> e.path("seq").asLong())
          .containsExactly(cursor + 1, cursor + 2, cursor + 3);
      assertThat(events)
          .extracting(e -> e.path("event").path("kind").asString())
          .containsExactly("page.updated", "page.updated", "space.updated");
      assertThat(events.getFirst().path("event").path("pageId").asString())
          .isEqualTo(page.toString());
      assertThat(events.getFirst().path("event").has("title"))
          .as("ids only, never titles")
          .isFalse();
      assertThat(outsider.quiet(Duration.ofMillis(500)))
          .as("no grant, no events")
          .isTrue();
    }

    try (TestSocket again = TestSocket.connect(
        port, TestSocket.sessionCookie(port, cast.reader().email(), People.PASSWORD))) {
      Map<UUID, Long> cursors = TestSocket.withTheRestUpToDate(cast.reader().api(), Map.of());
      long last = cursors.get(space);
      cursors.put(space, last - 1);
      again.resume(cursors);
      assertThat(again.untilReady())
          .extracting(e -> e.path("event").path("kind").asString())
          .containsExactly("space.updated");
    }
  }
}
