package dev.atrium.org;

import dev.atrium.shared.AuditableEvent;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/** A suspended person may sign in again. */
@NamedInterface("events")
public record PersonReactivated(UUID personId, String name) implements AuditableEvent {
  @Override
  public String action() {
    return "org.person.reactivated";
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
}
