package dev.atrium.announce;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.announce.internal.ReceiptsStream;
import dev.atrium.realtime.TestSocket;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * While people confirm an announcement its author's socket hears the counts, about once a second
 * rather than once per confirmation, and a recipient's socket hears nothing of them.
 */
@IntegrationTest
class ReceiptsStreamTest {

  @LocalServerPort
  int port;

  @Autowired
  JdbcClient jdbc;

  @Autowired
  ReceiptsStream stream;

  @Test
  void theAuthorHearsTheCountsCoalescedAndARecipientHearsNothing() throws Exception {
    Api admin = People.admin(port);
    UUID root = People.rootDepartment(admin);
    People.Person author = People.create(port, admin, "实时作者", root);
    People.Person recipient = People.create(port, admin, "实时读者", root);
    AnnouncementRows rows = new AnnouncementRows(jdbc);
    UUID announcement = rows.published(author.id(), "实时统计", true, Instant.now());
    rows.deliver(announcement, recipient.id(), root);
    List<UUID> others = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      others.add(UUID.randomUUID());
      rows.deliver(announcement, others.getLast(), null);
    }

    try (TestSocket authors = TestSocket.connect(
            port, TestSocket.sessionCookie(port, author.email(), People.PASSWORD));
        TestSocket recipients = TestSocket.connect(
            port, TestSocket.sessionCookie(port, recipient.email(), People.PASSWORD))) {
      Map<UUID, Long> cursors = TestSocket.withTheRestUpToDate(author.api(), Map.of());
      assertThat(cursors)
          .as("an author follows the receipts of what they published")
          .containsEntry(announcement, 0L);
      authors.resume(cursors);
      authors.untilReady();
      Map<UUID, Long> theirs = TestSocket.withTheRestUpToDate(recipient.api(), Map.of());
      assertThat(theirs).doesNotContainKey(announcement);
      recipients.resume(theirs);
      recipients.untilReady();

      long started = System.nanoTime();
      rows.confirm(announcement, recipient.id());
      stream.changed(announcement);
      for (UUID other : others) {
        rows.confirm(announcement, other);
        stream.changed(announcement);
      }
      List<JsonNode> heard = new ArrayList<>();
      JsonNode last;
      do {
        last = authors.next();
        if (last.path("resourceId").asString().equals(announcement.toString())) {
          heard.add(last);
        }
      } while (heard.isEmpty()
          || heard.getLast().path("event").path("confirmed").asLong() < 41);
      double seconds = (System.nanoTime() - started) / 1e9;

      assertThat(heard).allSatisfy(frame -> {
        assertThat(frame.path("stream").asString()).isEqualTo("announce.receipts");
        assertThat(frame.path("event").path("kind").asString()).isEqualTo("receipts.counted");
      });
      assertThat(heard.getLast().path("event").path("delivered").asLong()).isEqualTo(41);
      assertThat(heard.getLast().path("event").path("opened").asLong()).isEqualTo(41);
      assertThat(heard.size())
          .as("41 confirmations in %.1f s make about one entry a second", seconds)
          .isLessThanOrEqualTo((int) Math.ceil(seconds) + 1);
      assertThat(recipients.quiet(Duration.ofMillis(1_500)))
          .as("a recipient is not told who has read")
          .isTrue();
    }
  }
}
