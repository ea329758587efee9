package dev.atrium.doc;

import dev.atrium.shared.AuditableEvent;
import java.util.Map;
import java.util.UUID;

/** A space was opened. */
public record SpaceCreated(UUID spaceId, SpaceKind kind, String name) implements AuditableEvent {
  @Override
  public String action() {
    return "doc.space.created";
  }

  @Override
  public String targetType() {
    return "space";
  }

  @Override
  public UUID targetId() {
    return spaceId;
  }

  @Override
  public String targetLabel() {
    return name;
  }

  @Override
  public Map<String, Object> details() {
    return Map.of("kind", kind.name());
  }
}
