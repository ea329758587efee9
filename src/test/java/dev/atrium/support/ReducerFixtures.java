package dev.atrium.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Records what really went over the wire for the web client's reducer tests (apply-events-equals-
 * refetch): a state a client fetched, the stream events it then received, and what a fresh fetch
 * answered afterwards, as {@code web/src/<feature>/realtime/__fixtures__/<name>.json}. vitest replays
 * the events through the reducer the product runs and compares with the refetch, so there is one
 * reducer and no Java copy of the client's rules.
 *
 * <p>Ids and times are random per run, so they are renamed in order of appearance (ids) and of
 * time (instants, one second apart from 2026-01-01): the file changes only when the server's
 * behaviour does. Like the OpenAPI document, a fixture that drifted is rewritten and the test fails,
 * so the new one gets committed.
 */
public final class ReducerFixtures {

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
  private static final Pattern UUID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final Pattern INSTANT =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
  private static final Instant BASE = Instant.parse("2026-01-01T00:00:00Z");

  private ReducerFixtures() {}

  /** Writes the fixture {@code feature}/{@code name}; fails when the committed one said otherwise. */
  public static void record(String feature, String name, ObjectNode fixture) {
    Path file = Path.of("web/src/features", feature, "realtime/__fixtures__", name + ".json");
    String recorded = JSON.writeValueAsString(normalised(fixture)) + "\n";
    try {
      String committed = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
      if (!committed.equals(recorded)) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, recorded, StandardCharsets.UTF_8);
      }
      assertThat(committed)
          .as(file + " was stale and has been rewritten; run its vitest and commit it")
          .isEqualTo(recorded);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static ObjectNode fixture() {
    return JSON.createObjectNode();
  }

  public static ArrayNode array() {
    return JSON.createArrayNode();
  }

  static JsonNode normalised(JsonNode fixture) {
    TreeSet<Instant> instants = new TreeSet<>();
    collect(fixture, instants);
    Map<Instant, String> times = new LinkedHashMap<>();
    instants.forEach(at -> times.put(at, BASE.plusSeconds(times.size()).toString()));
    return rewrite(fixture.deepCopy(), new LinkedHashMap<>(), times);
  }

  private static void collect(JsonNode node, TreeSet<Instant> instants) {
    if (node.isString() && INSTANT.matcher(node.asString()).matches()) {
      instants.add(Instant.parse(node.asString()));
    }
    node.values().forEach(child -> collect(child, instants));
  }

  private static JsonNode rewrite(
      JsonNode node, Map<String, String> ids, Map<Instant, String> times) {
    if (node.isString()) {
      String text = node.asString();
      if (INSTANT.matcher(text).matches()) {
        return StringNode.valueOf(times.get(Instant.parse(text)));
      }
      return StringNode.valueOf(UUID.matcher(text)
          .replaceAll(m -> ids.computeIfAbsent(
              m.group(), id -> "00000000-0000-4000-8000-%012d".formatted(ids.size() + 1))));
    }
    if (node instanceof ObjectNode object) {
      object.propertyNames().forEach(key -> object.set(key, rewrite(object.get(key), ids, times)));
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        array.set(i, rewrite(array.get(i), ids, times));
      }
    }
    return node;
  }
}
