package dev.atrium.doc;

import java.util.UUID;

/** That a person may read a page, where it lives, and whether they may edit it now. */
public record PageAccess(UUID pageId, UUID spaceId, boolean canEdit) {}
