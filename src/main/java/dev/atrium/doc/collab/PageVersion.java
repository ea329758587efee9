package dev.atrium.doc.collab;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A kept version of a page: made automatically while people edit, numbered from 1, optionally
 * named; {@code editors} are the people whose edits it was the first version to hold.
 */
public record PageVersion(
    int number,
    Instant createdAt,
    List<Editor> editors,
    @Nullable String name) {

  /** Someone who edited the page since the version before. */
  public record Editor(UUID id, String name) {}
}
