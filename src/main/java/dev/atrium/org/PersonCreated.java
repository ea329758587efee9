package dev.atrium.org;

import dev.atrium.shared.AuditableEvent;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * A person joined the directory.
 *
 * <p>{@code imported}: published by an org import, whose {@link OrgImported} follows in the same
 * transaction and names this change too; a module that follows a whole import at once, set-based,
 * may pass this event by (chat's department and default channels do).
 */
@NamedInterface("events")
public record PersonCreated(
    UUID personId,
    String name,
    String email,
    UUID primaryDepartmentId,
    boolean guest,
    boolean imported)
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
