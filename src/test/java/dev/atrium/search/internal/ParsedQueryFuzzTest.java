package dev.atrium.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.atrium.shared.DomainException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Set;

/**
 * Whatever a person types, the query parser answers a query or refuses it with a coded 400 within a
 * second; it never throws anything else, a date range it answers is never empty, and its dates fit
 * the index (epoch milliseconds). Seeds: {@code src/test/resources/dev/atrium/search/internal/ParsedQueryFuzzTestInputs}.
 */
class ParsedQueryFuzzTest {

  private static final Set<String> KINDS = Set.of("message", "file", "person", "channel", "page");
  private static final ZoneId[] ZONES = {ZoneId.of("Asia/Shanghai"), ZoneId.of("Pacific/Kiritimati")
  };

  @FuzzTest(maxDuration = "60s")
  void parsesOrRefusesWithACode(byte[] input) {
    String typed = new String(input, StandardCharsets.UTF_8);
    assertTimeoutPreemptively(Duration.ofSeconds(1), () -> {
      for (ZoneId zone : ZONES) {
        parse(typed, zone);
      }
    });
  }

  private static void parse(String typed, ZoneId zone) {
    ParsedQuery query;
    try {
      query = ParsedQuery.parse(typed, KINDS, zone);
    } catch (DomainException refused) {
      assertThat(refused.status().value()).isEqualTo(400);
      assertThat(refused.code()).startsWith("search.");
      return;
    }
    if (query.after() != null && query.before() != null) {
      assertThat(query.after()).isBefore(query.before());
    }
    if (query.after() != null) {
      query.after().toInstant().toEpochMilli();
    }
    if (query.before() != null) {
      query.before().toInstant().toEpochMilli();
    }
  }
}
