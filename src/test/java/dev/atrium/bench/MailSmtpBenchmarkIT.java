package dev.atrium.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A smoke run of bench/mail-smtp.sh against the packaged jar (40 mails over 2 SMTP connections), so
 * the inbound SMTP benchmark cannot rot: every mail must be accepted and then delivered.
 */
class MailSmtpBenchmarkIT {

  private static final Pattern SUMMARY = Pattern.compile(
      "mail-smtp: messages=40 connections=2 kb=4 accepted-per-s=[\\d.]+ delivered-per-s=[\\d.]+ "
          + "accept-p50=[\\d.]+ms accept-p95=[\\d.]+ms load=[\\d.-]+");

  @Test
  void smokeRunAcceptsAndDeliversEveryMail() throws IOException, InterruptedException {
    Process bench = new ProcessBuilder("bash", "bench/mail-smtp.sh", "--smoke")
        .redirectErrorStream(true)
        .start();
    byte[] out = bench.getInputStream().readAllBytes();
    assertThat(bench.waitFor(5, TimeUnit.MINUTES)).as("the benchmark finished").isTrue();
    String output = new String(out, StandardCharsets.UTF_8);
    assertThat(bench.exitValue()).as(output).isZero();
    assertThat(SUMMARY.matcher(output).find()).as(output).isTrue();
  }
}
