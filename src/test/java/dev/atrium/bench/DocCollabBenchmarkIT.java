package dev.atrium.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A smoke run of bench/doc-collab.sh against the packaged jar (3 editors typing for 5 s), so the
 * co-editing benchmark cannot rot: every keystroke must reach every other editor and all must end
 * with the same text.
 */
class DocCollabBenchmarkIT {

  private static final Pattern SUMMARY = Pattern.compile(
      "doc-collab: editors=3 seconds=5 rate=5 keystrokes=(\\d+) deliveries=(\\d+) p50=[\\d.]+ms p99=[\\d.]+ms max=[\\d.]+ms "
          + "lost=(\\d+) converged=(true|false)");

  @Test
  void smokeRunDeliversEveryKeystrokeToEveryEditor() throws IOException, InterruptedException {
    Process bench = new ProcessBuilder("bash", "bench/doc-collab.sh", "--smoke").redirectErrorStream(true).start();
    byte[] out = bench.getInputStream().readAllBytes();
    assertThat(bench.waitFor(5, TimeUnit.MINUTES)).as("the benchmark finished").isTrue();
    String output = new String(out, StandardCharsets.UTF_8);
    assertThat(bench.exitValue()).as(output).isZero();
    Matcher summary = SUMMARY.matcher(output);
    assertThat(summary.find()).as(output).isTrue();
    assertThat(Integer.parseInt(summary.group(1))).as("keystrokes").isPositive();
    assertThat(Integer.parseInt(summary.group(2))).as("deliveries").isEqualTo(2 * Integer.parseInt(summary.group(1)));
    assertThat(summary.group(3)).as("lost").isEqualTo("0");
    assertThat(summary.group(4)).as("converged").isEqualTo("true");
  }
}
