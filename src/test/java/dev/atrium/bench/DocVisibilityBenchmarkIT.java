package dev.atrium.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A smoke run of bench/doc-visibility.sh against the packaged jar (300 pages in 12 spaces, 40
 * people), so the benchmark of "which pages may S see" cannot rot: the load must fit doc's and
 * access's tables, the generator must still compile against the SQL helpers it times, and the API
 * must show S exactly the pages the SQL counts.
 */
class DocVisibilityBenchmarkIT {

  private static final Pattern SUMMARY = Pattern.compile(
      "doc-visibility: pages=300 spaces=12 people=40 sql-all-p50=[\\d.]+ms sql-all-p95=[\\d.]+ms sql-all-admin-p50=[\\d.]+ms "
          + "sql-all-admin-p95=[\\d.]+ms keys-p95=[\\d.]+ms tree-p95=[\\d.]+ms api-all=[\\d.]+ms seen=(\\d+)");

  @Test
  void smokeRunLoadsTheCompanyAndTheApiAgreesWithTheSql() throws IOException, InterruptedException {
    Process bench = new ProcessBuilder("bash", "bench/doc-visibility.sh", "--smoke")
        .redirectErrorStream(true)
        .start();
    byte[] out = bench
        .getInputStream()
        .readAllBytes(); // the script ends when the generator and the server have stopped
    assertThat(bench.waitFor(5, TimeUnit.MINUTES)).as("the benchmark finished").isTrue();
    String output = new String(out, StandardCharsets.UTF_8);
    assertThat(bench.exitValue()).as(output).isZero();
    Matcher summary = SUMMARY.matcher(output);
    assertThat(summary.find()).as(output).isTrue();
    assertThat(Integer.parseInt(summary.group(1)))
        .as("S sees some pages and not all")
        .isBetween(1, 299);
  }
}
