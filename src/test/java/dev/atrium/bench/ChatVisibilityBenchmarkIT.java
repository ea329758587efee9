package dev.atrium.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A smoke run of bench/chat-visibility.sh against the packaged jar (60 channels S is in, 60 it is
 * not, 200 people), so the benchmark of "which channels may S see" cannot rot: the load must fit
 * chat's and access's tables, the generator must still find the channel list's SQL it times, and the
 * API must list for S exactly the channels the SQL lists.
 */
class ChatVisibilityBenchmarkIT {

  private static final Pattern SUMMARY = Pattern.compile(
      "chat-visibility: mine=60 others=60 people=200 list-p50=[\\d.]+ms list-p95=[\\d.]+ms keys-p50=[\\d.]+ms keys-p95=[\\d.]+ms "
          + "api-p50=[\\d.]+ms api-p95=[\\d.]+ms listed=(\\d+) keys=(\\d+)");

  @Test
  void smokeRunLoadsTheChannelsAndTheApiAgreesWithTheSql()
      throws IOException, InterruptedException {
    Process bench = new ProcessBuilder("bash", "bench/chat-visibility.sh", "--smoke")
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
    // S is in the 60 channels loaded for them and the company-wide channel of the department they
    // were made in
    assertThat(Integer.parseInt(summary.group(1))).as("channels listed for S").isBetween(60, 62);
    assertThat(Integer.parseInt(summary.group(2)))
        .as("S also sees the public channels they are not in")
        .isGreaterThan(61);
  }
}
