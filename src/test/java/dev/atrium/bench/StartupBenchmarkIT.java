package dev.atrium.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A one-run smoke of bench/startup.sh against the packaged jar, so the benchmark cannot rot. */
class StartupBenchmarkIT {

  @Test
  void startupBenchmarkServesTheFirstPageOfThePackagedJar()
      throws IOException, InterruptedException {
    Process bench = new ProcessBuilder("bash", "bench/startup.sh", "1", "--smoke")
        .redirectErrorStream(true)
        .start();
    assertThat(bench.waitFor(3, TimeUnit.MINUTES)).as("the benchmark finished").isTrue();
    String output = new String(bench.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(bench.exitValue()).as(output).isZero();
    assertThat(output)
        .containsPattern("startup\\[atrium\\]: runs=1 min=\\d+ median=\\d+ max=\\d+ ms");
  }
}
