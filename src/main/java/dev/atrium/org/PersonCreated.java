package dev.atrium.org;

import dev.atrium.shared.AuditableEvent;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/** A person joined the directory. */
@NamedInterface("events")
public record PersonCreated(
    UUID personId, String name, String email, UUID primaryDepartmentId, boolean guest)
    implements AuditableEvent {
  @Override
  public String action() {
    return "org.person.created";
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
    return Map.of("email", email, "primaryDepartmentId", primaryDepartmentId, "guest", guest);
  }
}
