package dev.atrium.doc.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A page with the viewer's rights on it: their rank in its space ({@code role}, 0 to 3 for
 * {@link DocResources#SPACE}) and on the page ({@code rank}: that role narrowed by restrictions on
 * it and above it, which never narrow a space's managers).
 */
public record PageRow(
    UUID id,
    UUID spaceId,
    String spaceName,
    boolean spaceArchived,
    @Nullable UUID parentId,
    List<UUID> path,
    long sortKey,
    String title,
    List<String> tags,
    boolean archived,
    boolean archivedAbove,
    @Nullable Instant trashedAt,
    @Nullable UUID trashedBy,
    @Nullable UUID trashRoot,
    boolean hasContent,
    @Nullable String initialMarkdown,
    UUID createdBy,
    Instant createdAt,
    UUID updatedBy,
    Instant updatedAt,
    int role,
    int rank,
    boolean restricted,
    boolean readRestricted) {

  /** The viewer may read it: a role in the space, and a space administrator or let in by every restriction. */
  public boolean readable() {
    return rank >= DocResources.PAGE.rankFor("read");
  }

  /** The viewer's rights allow writing, leaving aside whether the page or space is archived. */
  public boolean writable() {
    return rank >= DocResources.PAGE.rankFor("edit");
  }

  /** The viewer may change it now: writable, and neither it, a page above it nor its space is archived. */
  public boolean editable() {
    return writable() && !archivedAbove && !spaceArchived && trashedAt == null;
  }

  public boolean administrable() {
    return role >= DocResources.SPACE.rankFor("manage");
  }
}
