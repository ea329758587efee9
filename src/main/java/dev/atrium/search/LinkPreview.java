package dev.atrium.search;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a card for a link shows: the object's {@code kind} and title, where it lives
 * ({@code containerName}, such as a page's space) and a short {@code excerpt} of its text. An
 * object with a life of its own (a task) also tells its {@code state} (its module's word, such as
 * {@code OPEN} or {@code DONE}), who holds it ({@code people}: names) and when it is {@code due}.
 */
public record LinkPreview(
    String kind,
    UUID id,
    String title,
    @Nullable UUID containerId,
    @Nullable String containerName,
    String excerpt,
    Instant at,
    @Nullable String state,
    List<String> people,
    @Nullable Instant due) {

  /** A card of an object without a state (a page, an announcement). */
  public LinkPreview(
      String kind,
      UUID id,
      String title,
      @Nullable UUID containerId,
      @Nullable String containerName,
      String excerpt,
      Instant at) {
    this(kind, id, title, containerId, containerName, excerpt, at, null, List.of(), null);
  }
}
