package dev.atrium.org;

import dev.atrium.shared.AuditableEvent;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/** A department and its subtree were hung under another parent; every path below {@code path} changed. */
@NamedInterface("events")
public record DepartmentMoved(
    UUID departmentId, String name, UUID previousParentId, UUID parentId, List<UUID> path)
    implements AuditableEvent {
  @Override
  public String action() {
    return "org.department.moved";
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
    return Map.of("previousParentId", previousParentId, "parentId", parentId);
  }
}
