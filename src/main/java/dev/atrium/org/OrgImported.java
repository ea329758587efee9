package dev.atrium.org;

import dev.atrium.shared.AuditableEvent;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * An org-chart file was applied. The departments and people it created or changed were also
 * published one by one ({@link DepartmentCreated}, {@link PersonCreated}, ...), marked {@code
 * imported}: a module that derives things from the org may follow the whole import here in a few
 * set-based statements instead of once per person, from the ids below (the audit log records the
 * counts only).
 *
 * @param createdDepartmentIds the departments the file made, parents before their children
 * @param createdPeopleIds the people it made (never guests)
 * @param updatedPeopleIds the people already there whose entry it changed
 * @param movedPeopleIds those of them whose primary department it changed
 */
@NamedInterface("events")
public record OrgImported(
    int rowCount,
    int departmentsCreated,
    int peopleCreated,
    int peopleUpdated,
    List<UUID> createdDepartmentIds,
    List<UUID> createdPeopleIds,
    List<UUID> updatedPeopleIds,
    List<UUID> movedPeopleIds)
    implements AuditableEvent {

  public OrgImported {
    createdDepartmentIds = List.copyOf(createdDepartmentIds);
    createdPeopleIds = List.copyOf(createdPeopleIds);
    updatedPeopleIds = List.copyOf(updatedPeopleIds);
    movedPeopleIds = List.copyOf(movedPeopleIds);
  }

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
