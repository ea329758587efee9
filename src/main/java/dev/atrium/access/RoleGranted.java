package dev.atrium.access;

import dev.atrium.shared.AuditableEvent;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A role was granted. */
public record RoleGranted(
    UUID grantId, UUID personId, Role role, @Nullable UUID departmentId) implements AuditableEvent {
  @Override
  public String action() {
    return "access.role.granted";
  }

  @Override
  public String targetType() {
    return "person";
  }

  @Override
  public UUID targetId() {
    return personId;
  }

  @Override
  public @Nullable String targetLabel() {
    return null;
  }

  @Override
  public Map<String, Object> details() {
    return departmentId == null
        ? Map.of("role", role)
        : Map.of("role", role, "departmentId", departmentId);
  }
}
