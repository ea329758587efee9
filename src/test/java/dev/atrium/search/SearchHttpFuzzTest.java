package dev.atrium.search;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.atrium.IntegrationTest;
import dev.atrium.support.Answered;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import java.time.Duration;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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

  @LocalServerPort int port;

  @FuzzTest(maxDuration = "5m")
  void answersAnyQueryWithoutAServerError(byte[] input) {
    String q = new String(input, StandardCharsets.UTF_8);
    Api api = searcher();
    Api.Response answer = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> api.get("/api/v1/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)));
    Answered.withoutServerError(answer, q);
  }

  private synchronized Api searcher() {
    if (searcher == null) {
      searcher = People.create(port, People.admin(port), "Fuzz 搜索").api();
    }
    return searcher;
  }
}
