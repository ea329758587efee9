package dev.atrium.search;

import dev.atrium.shared.AuditableEvent;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An administrator started rebuilding the search index from the database. */
public record IndexRebuildStarted() implements AuditableEvent {

  @Override
  public String action() {
    return "search.index.rebuild";
  }

  @Override
  public String targetType() {
    return "settings";
  }

  @Override
  public @Nullable UUID targetId() {
    return null;
  }

  @Override
  public String targetLabel() {
    return "search index";
  }
}
