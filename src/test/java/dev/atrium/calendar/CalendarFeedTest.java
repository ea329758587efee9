package dev.atrium.calendar;

import static dev.atrium.calendar.InteropSteps.event;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A person's secret feed URL works without signing in and holds their calendar and the meetings
 * they are invited to, nothing of anyone else's; rotating it stops the old URL, revoking stops it;
 * and a wrong, an old and a revoked secret are answered alike, with a bare 404 that tells nothing.
 */
@IntegrationTest
class CalendarFeedTest {

  @LocalServerPort
  int port;

  @Test
  void theFeedUrlWorksUntilRotatedOrRevoked() {
    Api admin = People.admin(port);
    var ann = People.create(port, admin, "订阅 Ann");
    var bo = People.create(port, admin, "订阅 Bo");
    var stranger = People.create(port, admin, "订阅 外人");
    UUID mine = InteropSteps.personal(ann.api(), ann.id());
    UUID bos = InteropSteps.personal(bo.api(), bo.id());
    event(ann.api(), mine, Map.of("title", "季度计划会"));
    event(
        bo.api(),
        bos,
        Map.of("title", "预算评审", "attendees", List.of(Map.of("kind", "PERSON", "id", ann.id()))));
    event(bo.api(), bos, Map.of("title", "Bo 的私事"));
    event(
        stranger.api(),
        InteropSteps.personal(stranger.api(), stranger.id()),
        Map.of("title", "外人会议"));

    assertThat(ann.api().get("/api/v1/calendar/feed").body().path("active").asBoolean())
        .isFalse();
    String first = InteropSteps.feedPath(ann.api());
    assertThat(first).startsWith("/api/v1/calendar-feeds/");
    var status = ann.api().get("/api/v1/calendar/feed").body();
    assertThat(status.path("active").asBoolean()).isTrue();
    assertThat(status.path("path").isNull()).as("the secret is told once").isTrue();

    var feed = InteropSteps.fetch(port, first);
    assertThat(feed.statusCode()).isEqualTo(200);
    assertThat(feed.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
    String text = new String(feed.body(), StandardCharsets.UTF_8);
    assertThat(text).contains("季度计划会").contains("预算评审");
    assertThat(text).doesNotContain("Bo 的私事").doesNotContain("外人会议");

    String second = InteropSteps.feedPath(ann.api());
    assertThat(second).isNotEqualTo(first);
    assertBareNotFound(InteropSteps.fetch(port, first));
    assertThat(InteropSteps.fetch(port, second).statusCode()).isEqualTo(200);

    assertThat(ann.api().delete("/api/v1/calendar/feed").status()).isEqualTo(204);
    assertBareNotFound(InteropSteps.fetch(port, second));
    assertThat(ann.api().get("/api/v1/calendar/feed").body().path("active").asBoolean())
        .isFalse();
  }

  @Test
  void aWrongSecretIsAnsweredLikeARevokedOne() {
    assertBareNotFound(InteropSteps.fetch(port, "/api/v1/calendar-feeds/not-a-secret"));
    assertBareNotFound(InteropSteps.fetch(port, "/api/v1/calendar-feeds/" + "A".repeat(43)));
    assertBareNotFound(InteropSteps.fetch(port, "/api/v1/calendar-feeds/" + UUID.randomUUID()));
  }

  private static void assertBareNotFound(HttpResponse<byte[]> answer) {
    assertThat(answer.statusCode()).isEqualTo(404);
    assertThat(answer.body()).as("no body that could tell why").isEmpty();
  }
}
