package dev.atrium.org;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.atrium.IntegrationTest;
import dev.atrium.support.Answered;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Any file uploaded to the people import ({@code POST /api/v1/admin/org-import}, a dry run, so
 * nothing stays) is answered with a report or a coded problem, never a 500. Seeds (one CSV file
 * each): {@code src/test/resources/dev/atrium/org/OrgImportFuzzTestInputs}.
 */
@IntegrationTest
class OrgImportFuzzTest {

  private static Api admin;

  @LocalServerPort int port;

  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  @FuzzTest(maxDuration = "5m")
  void answersAnyFileWithoutAServerError(byte[] file) {
    Api.Response answer = admin().upload("/api/v1/admin/org-import?dryRun=true", "file", "org.csv", file);
    Answered.withoutServerError(answer, new String(file, java.nio.charset.StandardCharsets.UTF_8));
  }

  private synchronized Api admin() {
    if (admin == null) {
      admin = People.admin(port);
    }
    return admin;
  }
}
