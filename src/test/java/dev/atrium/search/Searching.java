package dev.atrium.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.support.Api;
import dev.atrium.support.Eventually;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/** Posting and searching over HTTP for the search tests; indexing follows a commit, so searches wait a little. */
final class Searching {

  private Searching() {}

  static UUID channel(Api api, String name, String kind) {
    var created = api.post("/api/v1/channels", Map.of("name", name, "kind", kind));
    assertThat(created.status()).isEqualTo(201);
    return UUID.fromString(created.body().path("id").asString());
  }

  static UUID post(Api api, UUID channel, String body) {
    var posted = api.post(
        "/api/v1/channels/" + channel + "/messages",
        Map.of("clientMessageId", UUID.randomUUID(), "body", body));
    assertThat(posted.status()).isEqualTo(201);
    return UUID.fromString(posted.body().path("id").asString());
  }

  /** The hits of one kind (message unless named), as the API answers now. */
  static JsonNode hits(Api api, String query, String... kind) {
    var found = api.get("/api/v1/search?size=20&kind=" + (kind.length == 0 ? "message" : kind[0])
        + "&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    assertThat(found.status()).as("searching %s: %s", query, found.body()).isEqualTo(200);
    return found.body().path("groups").get(0).path("hits");
  }

  /**
   * The hits once they satisfy {@code expected}, which indexing after commit makes true within a
   * moment; until then an {@code in:} channel may not be in the index yet either.
   */
  static JsonNode until(Api api, String query, Predicate<JsonNode> expected, String... kind) {
    return eventually(
        () -> {
          var found =
              api.get("/api/v1/search?size=20&kind=" + (kind.length == 0 ? "message" : kind[0])
                  + "&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
          return found.code().equals("search.unknown-channel") ? null : hits(api, query, kind);
        },
        found -> found != null && expected.test(found));
  }

  static <T> T eventually(Supplier<T> probe, Predicate<T> expected) {
    return Eventually.eventually(probe, expected);
  }

  static <T> T eventually(Supplier<T> probe, Predicate<T> expected, int seconds) {
    return Eventually.eventually(probe, expected, seconds);
  }
}
