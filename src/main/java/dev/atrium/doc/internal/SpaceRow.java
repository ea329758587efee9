package dev.atrium.doc.internal;

import dev.atrium.doc.SpaceKind;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A space and the viewer's role in it (0 for none, then 1 to 3: viewer, editor, manager of {@link DocResources#SPACE}). */
public record SpaceRow(
    UUID id,
    SpaceKind kind,
    String name,
    @Nullable String description,
    @Nullable String icon,
    @Nullable String color,
    @Nullable UUID departmentId,
    @Nullable UUID ownerId,
    boolean archived,
    UUID createdBy,
    Instant createdAt,
    int role) {

  public boolean administrable() {
    return role >= DocResources.SPACE.rankFor("manage");
  }
}
