package dev.atrium.org.internal;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One row of {@code org.department}, with its head's name and how many people belong to it directly
 * (primary or secondary).
 */
public record DepartmentRow(
    UUID id,
    @Nullable UUID parentId,
    String name,
    List<UUID> path,
    @Nullable UUID headId,
    @Nullable String headName,
    long memberCount) {

  /** The path of the parent, which decides who may change this department; empty for the root. */
  public List<UUID> parentPath() {
    return path.subList(0, path.size() - 1);
  }

  public boolean isRoot() {
    return parentId == null;
  }
}
