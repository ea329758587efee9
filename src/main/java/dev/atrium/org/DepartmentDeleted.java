package dev.atrium.org;

import dev.atrium.shared.AuditableEvent;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/** An empty department was deleted. */
@NamedInterface("events")
public record DepartmentDeleted(UUID departmentId, String name, UUID parentId)
    implements AuditableEvent {
  @Override
  public String action() {
    return "org.department.deleted";
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
    return Map.of("parentId", parentId);
  }
}
