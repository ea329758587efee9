package dev.atrium.org;

import dev.atrium.shared.AuditableEvent;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * A department was created under {@code parentId} (null only for the root).
 *
 * <p>{@code imported}: published by an org import, whose {@link OrgImported} follows in the same
 * transaction and names this change too; a module that follows a whole import at once, set-based,
 * may pass this event by (chat's department and default channels do).
 */
@NamedInterface("events")
public record DepartmentCreated(
    UUID departmentId, String name, @Nullable UUID parentId, List<UUID> path, boolean imported)
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
