package dev.atrium.org;

import dev.atrium.shared.AuditableEvent;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/** A department was created under {@code parentId} (null only for the root). */
@NamedInterface("events")
public record DepartmentCreated(
    UUID departmentId, String name, @Nullable UUID parentId, List<UUID> path)
    implements AuditableEvent {
  @Override
  public String action() {
    return "org.department.created";
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
    return parentId == null ? Map.of() : Map.of("parentId", parentId);
  }
}
