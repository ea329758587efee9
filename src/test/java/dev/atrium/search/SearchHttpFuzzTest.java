package dev.atrium.search;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.atrium.IntegrationTest;
import dev.atrium.support.Answered;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.BiPredicate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Any text typed into the search box, sent as {@code GET /api/v1/search?q=}, is answered with
 * results or a coded 400, never a 500. Seeds (one query per file, UTF-8):
 * {@code src/test/resources/dev/atrium/search/SearchHttpFuzzTestInputs}.
 */
@IntegrationTest
class SearchHttpFuzzTest {

  /** One searcher for every input: making a person per input would be most of the time spent. */
  private static Api searcher;

  /**
   * When fuzzing, Jazzer's SSRF detector would report this test's own request and the database
   * connections; anything else leaving the machine is still a finding.
   */
  private static final BiPredicate<String, Integer> ON_THIS_MACHINE =
      (host, port) -> host.equals("localhost") || host.equals("127.0.0.1");

  @LocalServerPort
  int port;

  @FuzzTest(maxDuration = "5m")
  void answersAnyQueryWithoutAServerError(byte[] input) {
    String q = new String(input, StandardCharsets.UTF_8);
    Api.Response answer;
    try (var local = BugDetectors.allowNetworkConnections(ON_THIS_MACHINE)) {
      Api api = searcher();
      answer = assertTimeoutPreemptively(
          Duration.ofSeconds(10),
          () -> api.get("/api/v1/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)));
    }
    Answered.withoutServerError(answer, q);
  }

  private synchronized Api searcher() {
    if (searcher == null) {
      searcher = People.create(port, People.admin(port), "Fuzz 搜索").api();
    }
    return searcher;
  }
}
