package dev.atrium.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.atrium.shared.DomainException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Whatever a person types, the query parser answers a query or refuses it with a coded 400; it
 * never throws anything else, and a date range it answers is never empty.
 * Seeds: {@code src/test/resources/dev/atrium/search/internal/ParsedQueryFuzzTestInputs}.
 */
class ParsedQueryFuzzTest {

  private static final Set<String> KINDS = Set.of("message", "file", "person", "channel", "page");

  @Timeout(value = 2, unit = TimeUnit.SECONDS)
  @FuzzTest(maxDuration = "60s")
  void parsesOrRefusesWithACode(byte[] input) {
    String typed = new String(input, StandardCharsets.UTF_8);
    for (ZoneId zone : new ZoneId[] {ZoneId.of("Asia/Shanghai"), ZoneId.of("Pacific/Kiritimati")}) {
      try {
        ParsedQuery query = ParsedQuery.parse(typed, KINDS, zone);
        if (query.after() != null && query.before() != null) {
          assertThat(query.after()).isBefore(query.before());
        }
        // what the searcher hands to the index must be representable there
        if (query.after() != null) {
          query.after().toInstant().toEpochMilli();
        }
        if (query.before() != null) {
          query.before().toInstant().toEpochMilli();
        }
      } catch (DomainException refused) {
        assertThat(refused.status().value()).isEqualTo(400);
        assertThat(refused.code()).startsWith("search.");
      }
    }
  }
}
