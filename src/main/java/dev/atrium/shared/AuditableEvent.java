package dev.atrium.shared;

import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A domain event that is also an administrative fact worth an audit entry. The audit log records
 * every published event of this type in the same transaction as the change.
 */
public interface AuditableEvent {

  /** A stable action name such as {@code org.department.created}. */
  String action();

  String targetType();

  @Nullable
  UUID targetId();

  @Nullable
  String targetLabel();

  default Map<String, Object> details() {
    return Map.of();
  }
}
