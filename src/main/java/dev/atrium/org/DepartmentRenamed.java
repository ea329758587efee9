package dev.atrium.org;

import dev.atrium.shared.AuditableEvent;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/** A department was renamed. */
@NamedInterface("events")
public record DepartmentRenamed(UUID departmentId, String name, String previousName)
    implements AuditableEvent {
  @Override
  public String action() {
    return "org.department.renamed";
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
    return Map.of("previousName", previousName);
  }
}
