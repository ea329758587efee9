package dev.atrium.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A smoke run of bench/calendar.sh against the packaged jar (300 people with 20 events a week, 20
 * rooms), so the calendar benchmark cannot rot: the week view must show the overlaid calendars'
 * occurrences, free/busy everyone's blocks, the room search a free room, the feed its events.
 */
class CalendarBenchmarkIT {

  private static final Pattern SUMMARY = Pattern.compile(
      "calendar: people=300 events=\\d+ rooms=20 overlay=30 week-p50=[\\d.]+ms week-p95=[\\d.]+ms "
          + "freebusy-p50=[\\d.]+ms freebusy-p95=[\\d.]+ms rooms-p50=[\\d.]+ms rooms-p95=[\\d.]+ms "
          + "feed-p50=[\\d.]+ms feed-max=[\\d.]+ms feed-vevents=\\d+ feed-kb=\\d+ load=[\\d.-]+");

  @Test
  void smokeRunShowsWhatWasLoaded() throws IOException, InterruptedException {
    Process bench = new ProcessBuilder("bash", "bench/calendar.sh", "--smoke")
        .redirectErrorStream(true)
        .start();
    byte[] out = bench.getInputStream().readAllBytes();
    assertThat(bench.waitFor(5, TimeUnit.MINUTES)).as("the benchmark finished").isTrue();
    String output = new String(out, StandardCharsets.UTF_8);
    assertThat(bench.exitValue()).as(output).isZero();
    assertThat(SUMMARY.matcher(output).find()).as(output).isTrue();
  }
}
