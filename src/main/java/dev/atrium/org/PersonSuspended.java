package dev.atrium.org;

import dev.atrium.shared.AuditableEvent;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/** A person was suspended: they may no longer sign in, and their sessions, tokens and sockets end. */
@NamedInterface("events")
public record PersonSuspended(UUID personId, String name) implements AuditableEvent {
  @Override
  public String action() {
    return "org.person.suspended";
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
