package dev.atrium.doc.internal;

import dev.atrium.doc.SpaceKind;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A space and the viewer's role in it (0 to 3, see {@link Rights#ROLE}). */
public record SpaceRow(UUID id, SpaceKind kind, String name, @Nullable String description, @Nullable String icon,
                       @Nullable String color, @Nullable UUID departmentId, @Nullable UUID ownerId, boolean archived,
                       UUID createdBy, Instant createdAt, int role) {

  public boolean administrable() {
    return role == 3;
  }
}
