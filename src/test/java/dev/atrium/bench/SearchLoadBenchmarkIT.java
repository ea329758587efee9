package dev.atrium.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A smoke run of bench/search-load.sh against the packaged jar (3,000 messages, 200 people, 40
 * channels, 2 searchers), so the search benchmark cannot rot: the corpus must load, the index
 * rebuild finish, every query answer through the search API and PostgreSQL, and Atrium must find
 * every Chinese message the query words occur in.
 */
class SearchLoadBenchmarkIT {

  private static final Pattern SUMMARY = Pattern.compile(
      "search-load: messages=3000 people=200 channels=40 load=\\d+s pg-gin=\\d+s pg-gin-size=\\d+MB "
          + "pg-p95-1=[\\d.]+ms pg-p95-2=[\\d.]+ms rebuild=\\d+s docs/s=\\d+ index=\\d+MB p95-1=[\\d.]+ms p95-2=[\\d.]+ms "
          + "recall-zh=([\\d.]+) pg-recall-zh=[\\d.]+");

  @Test
  void smokeRunLoadsRebuildsAndFindsEveryChineseAnswer() throws IOException, InterruptedException {
    Process bench = new ProcessBuilder("bash", "bench/search-load.sh", "--smoke")
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
    assertThat(Double.parseDouble(summary.group(1)))
        .as("Atrium's recall on the Chinese queries")
        .isEqualTo(1.0);
  }
}
