package dev.atrium.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atrium.Atrium;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A database Atrium cannot start ends the start with what is wrong and what to do, not a stack trace. */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureReportTest {

  @Test
  void aDatabaseOfAnotherPostgresqlVersionIsReportedInTwoPlainLines(CapturedOutput output)
      throws Exception {
    Path data = Path.of("target/test-data/other-version-" + UUID.randomUUID()).toAbsolutePath();
    Files.createDirectories(data.resolve("pg"));
    Files.writeString(data.resolve("pg/PG_VERSION"), "16\n");

    assertThatThrownBy(() -> new SpringApplicationBuilder(Atrium.class)
        .run("--atrium.data-dir=" + data, "--server.port=0"));

    assertThat(output.getOut())
        .contains("APPLICATION FAILED TO START")
        .contains("The database folder " + data.resolve("pg") + " holds a PostgreSQL 16 database;"
            + " this Atrium runs PostgreSQL 17. Details: " + data.resolve("pg.log"))
        .contains(
            "Start the Atrium version that made it, or upgrade the folder with PostgreSQL 17's pg_upgrade")
        .doesNotContain("\tat ")
        .doesNotContain("Caused by");
    assertThat(data.resolve("pg.log")).content().contains("StartupFailure", "\tat ");
  }
}
