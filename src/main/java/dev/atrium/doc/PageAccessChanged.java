package dev.atrium.doc;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who may read or edit a page and its subtree may have changed (restrictions, a move, archive,
 * trash, restore), or with no {@code pageId} every page of the space (grants, archiving the space).
 */
public record PageAccessChanged(@Nullable UUID pageId, UUID spaceId) {}
