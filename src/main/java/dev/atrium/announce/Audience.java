package dev.atrium.announce;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * Who an announcement is for: the whole company, departments (with or without the departments
 * below them), groups and named people, minus excluded people. Guests are reached only by name or
 * through a group; suspended people never.
 */
public record Audience(
    boolean company,
    @NotNull @Size(max = 500) List<@NotNull @Valid AudienceDepartment> departments,
    @NotNull @Size(max = 500) List<@NotNull UUID> groups,
    @NotNull @Size(max = 10000) List<@NotNull UUID> people,
    @NotNull @Size(max = 10000) List<@NotNull UUID> excludedPeople) {

  /** True when it names nobody at all (before exclusions). */
  public boolean namesNobody() {
    return !company && departments.isEmpty() && groups.isEmpty() && people.isEmpty();
  }

  /** A department of an audience; {@code subtree} includes everyone in the departments below it. */
  public record AudienceDepartment(@NotNull UUID id, boolean subtree) {}
}
