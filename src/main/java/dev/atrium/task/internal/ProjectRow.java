package dev.atrium.task.internal;

import dev.atrium.task.ProjectKind;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A project and the viewer's rank on it (0 for none, then 1 to 3: viewer, editor, manager). */
public record ProjectRow(
    UUID id,
    String name,
    String description,
    ProjectKind kind,
    @Nullable UUID departmentId,
    String color,
    UUID ownerId,
    long lastSeq,
    boolean archived,
    int openCount,
    int rank) {

  public boolean editable() {
    return rank >= TaskResources.PROJECT.rankFor("edit") && !archived;
  }

  public boolean manageable() {
    return rank >= TaskResources.PROJECT.rankFor("manage");
  }
}
