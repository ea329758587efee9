package dev.atrium.org;

import dev.atrium.shared.AuditableEvent;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A department got a new head, or none when {@code headId} is null. */
public record DepartmentHeadChanged(
    UUID departmentId, String name, @Nullable UUID headId) implements AuditableEvent {
  @Override
  public String action() {
    return "org.department.head-changed";
  }

  @Override
  public String targetType() {
    return "department";
  }

  @Override
  public UUID targetId() {
    return departmentId;
  }

  @Override
  public @Nullable String targetLabel() {
    return name;
  }

  @Override
  public Map<String, Object> details() {
    return headId == null ? Map.of() : Map.of("headId", headId);
  }
}
