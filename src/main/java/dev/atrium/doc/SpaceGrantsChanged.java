package dev.atrium.doc;

import dev.atrium.shared.AuditableEvent;
import java.util.Map;
import java.util.UUID;

/** A space's grants were replaced: who may read, edit or administer it. */
public record SpaceGrantsChanged(UUID spaceId, String name, int grants) implements AuditableEvent {
  @Override
  public String action() {
    return "doc.space.grants-changed";
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
    return Map.of("grants", grants);
  }
}
