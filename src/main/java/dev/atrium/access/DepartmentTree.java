package dev.atrium.access;

import java.util.List;
import java.util.UUID;

/**
 * Where a department sits in the tree, answered by the module that owns departments, so access can
 * tell whether one department administrator's scope lies inside another's.
 */
public interface DepartmentTree {

  /** The department's path from the root (ancestors first, itself last); empty when there is no such department. */
  List<UUID> pathOf(UUID departmentId);
}
