package dev.atrium.doc;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a space's stream carries (stream kind {@code doc.space}), heard by the people with a grant in
 * the space. Ids only, never titles or content: a page may be restricted to fewer people than the
 * space, so a client refetches what an event names, and the refetch is access-checked.
 */
public sealed interface DocStreamEvent {

  /** A page was made, copied, renamed or re-tagged: the space's tree changed. */
  @JsonTypeName("page.updated")
  record PageUpdated(UUID pageId) implements DocStreamEvent {}

  /**
   * Who may read or edit the page and its subtree may have changed (restrictions, a move, archive,
   * trash, restore); without {@code pageId}, every page of the space (its grants, its archiving).
   */
  @JsonTypeName("page.access-updated")
  record PageAccessUpdated(@Nullable UUID pageId) implements DocStreamEvent {}

  /** The space's name, description or archiving changed. */
  @JsonTypeName("space.updated")
  record SpaceUpdated(UUID spaceId) implements DocStreamEvent {}

  /** Pages of the space's trash were deleted for good. */
  @JsonTypeName("pages.deleted")
  record PagesDeleted(List<UUID> pageIds) implements DocStreamEvent {}
}
