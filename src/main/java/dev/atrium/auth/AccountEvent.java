package dev.atrium.auth;

import dev.atrium.shared.AuditableEvent;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Something changed about how a person signs in; each is written to the audit log. */
public record AccountEvent(
    String action, UUID personId, @Nullable String personName, Map<String, Object> details)
    implements AuditableEvent {

  public static AccountEvent of(String action, UUID personId, @Nullable String personName) {
    return new AccountEvent(action, personId, personName, Map.of());
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
    return personName;
  }
}
