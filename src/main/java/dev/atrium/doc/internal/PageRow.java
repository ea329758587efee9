package dev.atrium.doc.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A page with what deciding the viewer's rights on it needs: their role in its space (0 to 3) and
 * whether a restriction on it or above it keeps them from reading or editing.
 */
public record PageRow(UUID id, UUID spaceId, String spaceName, boolean spaceArchived, @Nullable UUID parentId,
                      List<UUID> path, long sortKey, String title, List<String> tags, boolean archived,
                      boolean archivedAbove, @Nullable Instant trashedAt, @Nullable UUID trashedBy,
                      @Nullable UUID trashRoot, boolean hasContent, @Nullable String initialMarkdown, UUID createdBy,
                      Instant createdAt, UUID updatedBy, Instant updatedAt, int role, boolean readBlocked,
                      boolean editBlocked, boolean restricted, boolean readRestricted) {

  /** The viewer may read it: a role in the space, and a space administrator or let in by every restriction. */
  public boolean readable() {
    return role > 0 && (role == 3 || !readBlocked);
  }

  /** The viewer's rights allow writing, leaving aside whether the page or space is archived. */
  public boolean writable() {
    return readable() && role >= 2 && (role == 3 || !editBlocked);
  }

  /** The viewer may change it now: writable, and neither it, a page above it nor its space is archived. */
  public boolean editable() {
    return writable() && !archivedAbove && !spaceArchived && trashedAt == null;
  }

  public boolean administrable() {
    return role == 3;
  }
}
