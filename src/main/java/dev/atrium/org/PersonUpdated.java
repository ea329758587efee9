package dev.atrium.org;

import dev.atrium.shared.AuditableEvent;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/** A person's directory entry changed; {@code changedFields} names what changed, not the values. */
@NamedInterface("events")
public record PersonUpdated(UUID personId, String name, List<String> changedFields)
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
