package dev.atrium.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A smoke run of bench/org-import.sh against the packaged jar (100 people, 20 departments), so the
 * org import benchmark cannot rot: the import must succeed, every department channel and the default
 * channel must end up holding exactly their people, and every listener must finish, none failing.
 */
class OrgImportBenchmarkIT {

  private static final Pattern SUMMARY = Pattern.compile(
      "org-import: people=100 departments=20 answered=[\\d.]+s channels=[\\d.]+s settled=[\\d.]+s "
          + "statements=[1-9]\\d* transactions=[1-9]\\d* statements-settled=[1-9]\\d* failed=0");

  @Test
  void smokeRunImportsAndTheChannelsSettle() throws IOException, InterruptedException {
    Process bench = new ProcessBuilder("bash", "bench/org-import.sh", "--smoke")
        .redirectErrorStream(true)
        .start();
    byte[] out = bench
        .getInputStream()
        .readAllBytes(); // the script ends when the generator and the server have stopped
    assertThat(bench.waitFor(5, TimeUnit.MINUTES)).as("the benchmark finished").isTrue();
    String output = new String(out, StandardCharsets.UTF_8);
    assertThat(bench.exitValue()).as(output).isZero();
    assertThat(SUMMARY.matcher(output).find()).as(output).isTrue();
  }
}
