package dev.atrium.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A smoke run of bench/announce.sh against the packaged jar (300 people in 20 departments, 100
 * announcements in one person's inbox), so the announcements benchmark cannot rot: the org load must
 * fit org's tables, publishing must reach and notify everyone, the statistics' final count must equal
 * the table's, and the list must show a page.
 */
class AnnounceBenchmarkIT {

  private static final Pattern SUMMARY = Pattern.compile(
      "announce: people=300 departments=20 inbox=100 recipients=(\\d+) publish=[\\d.]+ms notices=[\\d.]+ms "
          + "confirmed=(\\d+) stats-p50=[\\d.]+ms stats-p95=[\\d.]+ms stats-dept-p50=[\\d.]+ms "
          + "stats-dept-p95=[\\d.]+ms list-p50=[\\d.]+ms list-p95=[\\d.]+ms load=[\\d.-]+");

  @Test
  void smokeRunPublishesToEveryoneAndTheStatisticsAgreeWithTheTable()
      throws IOException, InterruptedException {
    Process bench = new ProcessBuilder("bash", "bench/announce.sh", "--smoke")
        .redirectErrorStream(true)
        .start();
    byte[] out = bench.getInputStream().readAllBytes();
    assertThat(bench.waitFor(5, TimeUnit.MINUTES)).as("the benchmark finished").isTrue();
    String output = new String(out, StandardCharsets.UTF_8);
    assertThat(bench.exitValue()).as(output).isZero();
    Matcher summary = SUMMARY.matcher(output);
    assertThat(summary.find()).as(output).isTrue();
    // the 300 loaded and the administrator
    assertThat(Integer.parseInt(summary.group(1))).as("recipients").isEqualTo(301);
    assertThat(Integer.parseInt(summary.group(2))).as("confirmed").isEqualTo(301);
  }
}
