package dev.atrium.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A smoke run of bench/tasks.sh against the packaged jar (200 cards on the board, 5 viewers with
 * sockets, 300 tasks of one person in 10 projects), so the tasks benchmark cannot rot: the board and
 * My tasks must show every card, and every viewer's socket must receive every move.
 */
class TasksBenchmarkIT {

  private static final Pattern SUMMARY = Pattern.compile(
      "tasks: board=200 viewers=5 mine=300 projects=10 board-p50=[\\d.]+ms board-p95=[\\d.]+ms "
          + "move-p50=[\\d.]+ms move-p99=[\\d.]+ms move-missed=(\\d+) mine-p50=[\\d.]+ms "
          + "mine-p95=[\\d.]+ms load=[\\d.-]+");

  @Test
  void smokeRunShowsEveryCardAndEveryViewerSeesEveryMove()
      throws IOException, InterruptedException {
    Process bench = new ProcessBuilder("bash", "bench/tasks.sh", "--smoke")
        .redirectErrorStream(true)
        .start();
    byte[] out = bench.getInputStream().readAllBytes();
    assertThat(bench.waitFor(5, TimeUnit.MINUTES)).as("the benchmark finished").isTrue();
    String output = new String(out, StandardCharsets.UTF_8);
    assertThat(bench.exitValue()).as(output).isZero();
    Matcher summary = SUMMARY.matcher(output);
    assertThat(summary.find()).as(output).isTrue();
    assertThat(Integer.parseInt(summary.group(1))).as("deliveries missed").isZero();
  }
}
