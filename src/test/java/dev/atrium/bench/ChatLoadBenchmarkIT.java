package dev.atrium.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A smoke run of bench/chat-load.sh against the packaged jar (20 people, 4 channels, 20 posts/s
 * for 5 s), so the messaging benchmark cannot rot: it must finish, print its summary line, and
 * every member's socket must have received every message exactly once, and every message be in the
 * search index by the end.
 */
class ChatLoadBenchmarkIT {

  private static final Pattern SUMMARY = Pattern.compile(
      "chat-load: users=20 channels=4 rate=20 seconds=5 p50=[\\d.]+ms p99=[\\d.]+ms max=[\\d.]+ms delivered/s=\\d+ "
          + "lost=(\\d+) duplicated=(\\d+) heap=\\S+MB rss=\\S+MB cpu=\\S+% provision=\\d+s .* search-pending=(\\d+)");

  @Test
  void smokeRunDeliversEveryMessageOnceToEveryMember() throws IOException, InterruptedException {
    Process bench = new ProcessBuilder("bash", "bench/chat-load.sh", "--smoke")
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
    assertThat(summary.group(1)).as("lost").isEqualTo("0");
    assertThat(summary.group(2)).as("duplicated").isEqualTo("0");
    assertThat(summary.group(3))
        .as("messages not yet searchable after the grace period")
        .isEqualTo("0");
  }
}
