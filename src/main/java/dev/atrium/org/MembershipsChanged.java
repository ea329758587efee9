package dev.atrium.org;

import dev.atrium.shared.AuditableEvent;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/** A person's secondary departments are now exactly {@code departmentIds}. */
@NamedInterface("events")
public record MembershipsChanged(UUID personId, String name, List<UUID> departmentIds)
    implements AuditableEvent {
  @Override
  public String action() {
    return "org.person.memberships-changed";
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
    return name;
  }

  @Override
  public Map<String, Object> details() {
    return Map.of("departmentIds", departmentIds);
  }
}
