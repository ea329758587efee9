package dev.atrium.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A smoke run of bench/doc-collab.sh against the packaged jar, so the co-editing benchmark cannot
 * rot: 3 editors typing on one page for 5 s, 20 people with one of 4 pages open each while some
 * type, and a 100 kB page opened three times. Every keystroke must reach every other client of
 * its page, every page must end with the same text everywhere, and every open must get the whole
 * page.
 */
class DocCollabBenchmarkIT {

  private static final Pattern SUMMARY = Pattern.compile(
      "doc-collab: editors=3 seconds=5 rate=5 keystrokes=(\\d+) deliveries=(\\d+) p50=[\\d.]+ms p99=[\\d.]+ms max=[\\d.]+ms "
          + "lost=(\\d+) converged=(true|false)");
  private static final Pattern PAGES = Pattern.compile(
      "doc-collab pages: people=20 pages=4 typists=4 seconds=5 rate=5 keystrokes=(\\d+) deliveries=(\\d+) p50=[\\d.]+ms "
          + "p99=[\\d.]+ms max=[\\d.]+ms lost=(\\d+) converged=(true|false) refused=(\\d+) closed=(\\d+) notices=(\\S+)");
  private static final Pattern LARGE = Pattern.compile(
      "doc-collab large: text=(\\d+)B .* opens=3 open p50=[\\d.]+ms .* lost=(\\d+) converged=(true|false)");
  private static final Pattern SERVER = Pattern.compile("live heap closed=(\\d+)MB open=(\\d+)MB");

  @Test
  void smokeRunDeliversEveryKeystrokeToEveryClientOfItsPageAndOpensTheWholePage()
      throws IOException, InterruptedException {
    Process bench = new ProcessBuilder("bash", "bench/doc-collab.sh", "--smoke")
        .redirectErrorStream(true)
        .start();
    byte[] out = bench.getInputStream().readAllBytes();
    assertThat(bench.waitFor(5, TimeUnit.MINUTES)).as("the benchmark finished").isTrue();
    String output = new String(out, StandardCharsets.UTF_8);
    assertThat(bench.exitValue()).as(output).isZero();
    Matcher summary = SUMMARY.matcher(output);
    assertThat(summary.find()).as(output).isTrue();
    assertThat(Integer.parseInt(summary.group(1))).as("keystrokes").isPositive();
    assertThat(Integer.parseInt(summary.group(2)))
        .as("deliveries")
        .isEqualTo(2 * Integer.parseInt(summary.group(1)));
    assertThat(summary.group(3)).as("lost").isEqualTo("0");
    assertThat(summary.group(4)).as("converged").isEqualTo("true");

    Matcher pages = PAGES.matcher(output);
    assertThat(pages.find()).as(output).isTrue();
    assertThat(Integer.parseInt(pages.group(1))).as("keystrokes on the 4 pages").isPositive();
    assertThat(pages.group(3)).as("lost on the 4 pages").isEqualTo("0");
    assertThat(pages.group(4)).as("every page converged").isEqualTo("true");
    assertThat(pages.group(5)).as("sockets refused").isEqualTo("0");
    assertThat(pages.group(6)).as("sockets closed by the server").isEqualTo("0");
    assertThat(pages.group(7)).as("notices").isEqualTo("none");
    Matcher server = SERVER.matcher(output);
    assertThat(server.find()).as("the server's live heap was read: " + output).isTrue();
    assertThat(Integer.parseInt(server.group(2)))
        .as("live heap with the pages open, MB")
        .isPositive();

    Matcher large = LARGE.matcher(output);
    assertThat(large.find()).as(output).isTrue();
    assertThat(Integer.parseInt(large.group(1)))
        .as("bytes of text written")
        .isGreaterThanOrEqualTo(100_000);
    assertThat(large.group(2)).as("opens without the whole page").isEqualTo("0");
    assertThat(large.group(3)).as("every open got the same page").isEqualTo("true");
  }
}
