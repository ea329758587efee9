package dev.atrium.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A smoke run of bench/mail-store.sh against the packaged jar (a list of 200, an inbox of 3,000
 * mails), so the mail store's benchmark cannot rot: every list mail must reach every member (the
 * driver checks the copies), every page hold 50 conversations, and the search find the word.
 */
class MailStoreBenchmarkIT {

  private static final Pattern SUMMARY =
      Pattern.compile("mail-store: list=200 messages=3000 first-send=[\\d.]+ms send-p50=[\\d.]+ms "
          + "send-max=[\\d.]+ms page-p50=[\\d.]+ms page-p95=[\\d.]+ms deep-p50=[\\d.]+ms "
          + "search-p50=[\\d.]+ms search-p95=[\\d.]+ms load=[\\d.-]+");

  @Test
  void smokeRunDeliversToEveryMemberAndPagesAndSearchesTheInbox()
      throws IOException, InterruptedException {
    Process bench = new ProcessBuilder("bash", "bench/mail-store.sh", "--smoke")
        .redirectErrorStream(true)
        .start();
    byte[] out = bench.getInputStream().readAllBytes();
    assertThat(bench.waitFor(10, TimeUnit.MINUTES)).as("the benchmark finished").isTrue();
    String output = new String(out, StandardCharsets.UTF_8);
    assertThat(bench.exitValue()).as(output).isZero();
    assertThat(SUMMARY.matcher(output).find()).as(output).isTrue();
  }
}
