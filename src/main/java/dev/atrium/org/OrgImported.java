package dev.atrium.org;

import dev.atrium.shared.AuditableEvent;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An org-chart file was applied. The departments and people it created or changed were also
 * published one by one ({@link DepartmentCreated}, {@link PersonCreated}, ...).
 */
public record OrgImported(
    int rowCount, int departmentsCreated, int peopleCreated, int peopleUpdated)
    implements AuditableEvent {
  @Override
  public String action() {
    return "org.imported";
  }

  @Override
  public String targetType() {
    return "org";
  }

  @Override
  public @Nullable UUID targetId() {
    return null;
  }

  @Override
  public @Nullable String targetLabel() {
    return null;
  }

  @Override
  public Map<String, Object> details() {
    return Map.of(
        "rowCount",
        rowCount,
        "departmentsCreated",
        departmentsCreated,
        "peopleCreated",
        peopleCreated,
        "peopleUpdated",
        peopleUpdated);
  }
}
