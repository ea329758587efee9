package dev.atrium.org;

import dev.atrium.shared.AuditableEvent;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A group was deleted. */
public record GroupDeleted(UUID groupId, String name) implements AuditableEvent {
  @Override
  public String action() {
    return "org.group.deleted";
  }

  @Override
  public String targetType() {
    return "group";
  }

  @Override
  public UUID targetId() {
    return groupId;
  }

  @Override
  public @Nullable String targetLabel() {
    return name;
  }
}
