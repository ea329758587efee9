package dev.atrium.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A one-run smoke of bench/first-paint.sh against the packaged jar, so the cold-load benchmark
 * cannot rot: the sign-in screen loads at 360 px, paints, and comes compressed (well under the
 * 2 MB of one uncompressed script it once was).
 */
class FirstPaintBenchmarkIT {

  private static final Pattern SUMMARY = Pattern.compile(
      "first-paint: width=360 runs=1 bytes=(\\d+) fp=(\\d+)ms fcp=(\\d+)ms ready=(\\d+)ms");

  @Test
  void smokeRunLoadsTheSignInScreenCompressed() throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder("bash", "bench/first-paint.sh", "--smoke").redirectErrorStream(true);
    // Playwright's jars are on this test's own class path; the script need not ask Maven for them
    builder.environment().put("FIRST_PAINT_CLASSPATH", System.getProperty("java.class.path"));
    Process bench = builder.start();
    byte[] out = bench.getInputStream().readAllBytes();
    assertThat(bench.waitFor(4, TimeUnit.MINUTES)).as("the benchmark finished").isTrue();
    String output = new String(out, StandardCharsets.UTF_8);
    assertThat(bench.exitValue()).as(output).isZero();
    Matcher summary = SUMMARY.matcher(output);
    assertThat(summary.find()).as(output).isTrue();
    assertThat(Long.parseLong(summary.group(1))).as("bytes transferred").isBetween(1L, 1_000_000L);
    assertThat(Long.parseLong(summary.group(2))).as("first paint").isPositive();
    assertThat(Long.parseLong(summary.group(4))).as("sign-in form visible").isPositive();
  }
}
