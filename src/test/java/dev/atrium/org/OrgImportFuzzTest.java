package dev.atrium.org;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.atrium.IntegrationTest;
import dev.atrium.support.Answered;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import java.time.Duration;
import java.util.function.BiPredicate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Any file uploaded to the people import ({@code POST /api/v1/admin/org-import}, a dry run, so
 * nothing stays) is answered with a report or a coded problem, never a 500. Seeds (one CSV file
 * each): {@code src/test/resources/dev/atrium/org/OrgImportFuzzTestInputs}.
 */
@IntegrationTest
class OrgImportFuzzTest {

  private static Api admin;

  /**
   * When fuzzing, Jazzer's SSRF detector would report this test's own request and the database
   * connections; anything else leaving the machine is still a finding.
   */
  private static final BiPredicate<String, Integer> ON_THIS_MACHINE =
      (host, port) -> host.equals("localhost") || host.equals("127.0.0.1");

  @LocalServerPort
  int port;

  @FuzzTest(maxDuration = "5m")
  void answersAnyFileWithoutAServerError(byte[] file) {
    Api.Response answer;
    try (var local = BugDetectors.allowNetworkConnections(ON_THIS_MACHINE)) {
      Api api = admin();
      answer = assertTimeoutPreemptively(
          Duration.ofSeconds(20),
          () -> api.upload("/api/v1/admin/org-import?dryRun=true", "file", "org.csv", file));
    }
    Answered.withoutServerError(answer, new String(file, java.nio.charset.StandardCharsets.UTF_8));
  }

  private synchronized Api admin() {
    if (admin == null) {
      admin = People.admin(port);
    }
    return admin;
  }
}
