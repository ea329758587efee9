package dev.atrium.org;

import dev.atrium.shared.AuditableEvent;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * A person's directory entry changed; {@code changedFields} names what changed, not the values.
 *
 * <p>{@code imported}: published by an org import, whose {@link OrgImported} follows in the same
 * transaction and names this change too; a module that follows a whole import at once, set-based,
 * may pass this event by (chat's department and default channels do).
 */
@NamedInterface("events")
public record PersonUpdated(
    UUID personId, String name, List<String> changedFields, boolean imported)
    implements AuditableEvent {
  @Override
  public String action() {
    return "org.person.updated";
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
    return Map.of("changedFields", changedFields);
  }
}
