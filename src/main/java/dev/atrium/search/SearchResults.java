package dev.atrium.search;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What a search found, grouped by kind, best group first. */
public record SearchResults(String query, List<Group> groups) {

  @Schema(name = "SearchGroup")
  public record Group(String kind, long total, List<Hit> hits) {}

  /** One result: its title and a snippet with the matched words marked, and where to open it. */
  @Schema(name = "SearchHit")
  public record Hit(
      String kind,
      UUID id,
      List<Segment> title,
      List<Segment> snippet,
      String link,
      @Nullable UUID containerId,
      @Nullable String containerName,
      @Nullable UUID authorId,
      @Nullable String authorName,
      Instant at) {}

  /** A run of text; {@code match} when it is a word the query matched. */
  @Schema(name = "SearchSegment")
  public record Segment(String text, boolean match) {}
}
