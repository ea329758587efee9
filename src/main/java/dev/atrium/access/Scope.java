package dev.atrium.access;

import java.util.List;
import java.util.UUID;

/**
 * Where an action applies: the whole company, or a department given by its path from the root
 * (ancestors first, the department itself last). Callers pass the path, so deciding needs no
 * look-up in another module.
 */
public record Scope(List<UUID> departmentPath) {

  public Scope {
    departmentPath = List.copyOf(departmentPath);
  }

  public static Scope company() {
    return new Scope(List.of());
  }

  public static Scope department(List<UUID> path) {
    return new Scope(path);
  }

  public boolean isCompany() {
    return departmentPath.isEmpty();
  }

  /** True when the scope lies inside the subtree rooted at {@code department}. */
  public boolean within(UUID department) {
    return departmentPath.contains(department);
  }
}
