package dev.atrium.access;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What a person's role grants let them govern: everything (a system administrator), some department
 * subtrees (each given by its root's path), or nothing. Powers are ordered by inclusion, and that
 * order is the one rule for acting on someone's account: the actor's power must cover the target's.
 */
record Power(boolean everything, List<List<UUID>> subtrees) {

  static Power of(List<RoleGrant> grants, DepartmentTree tree) {
    Power power = new Power(false, List.of());
    for (RoleGrant grant : grants) {
      power = power.plus(
          grant.role(),
          grant.departmentId() == null ? List.of() : tree.pathOf(grant.departmentId()));
    }
    return power;
  }

  Power plus(Role role, List<UUID> departmentPath) {
    if (role == Role.SYSTEM_ADMIN) {
      return new Power(true, subtrees);
    }
    List<List<UUID>> more = new ArrayList<>(subtrees);
    more.add(List.copyOf(departmentPath));
    return new Power(everything, List.copyOf(more));
  }

  /**
   * True when everything {@code other} governs, this governs too: a system administrator covers
   * everyone; a department administrator covers members, guests and administrators of departments
   * inside one of their subtrees (their own included), never a system administrator. A subtree whose
   * department no longer exists (an empty path) is covered by a system administrator alone.
   */
  boolean covers(Power other) {
    if (everything) {
      return true;
    }
    if (other.everything) {
      return false;
    }
    return other.subtrees.stream()
        .allMatch(path -> !path.isEmpty()
            && subtrees.stream()
                .anyMatch(mine -> !mine.isEmpty() && path.contains(mine.getLast())));
  }
}
