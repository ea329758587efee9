package dev.atrium.search;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The index's health for the administrator: what it holds, what is still to be indexed, the last rebuild. */
public record IndexStatus(
    State state,
    String backend,
    long documents,
    Map<String, Long> byKind,
    long sizeBytes,
    long pendingEvents,
    @Nullable Rebuild rebuild) {

  public enum State {
    READY,
    REBUILDING
  }

  /** A rebuild from the database: running while {@code finishedAt} is empty. */
  public record Rebuild(
      Instant startedAt,
      @Nullable Instant finishedAt,
      long done,
      long total,
      long removed,
      @Nullable String failure) {}
}
