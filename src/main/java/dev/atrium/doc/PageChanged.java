package dev.atrium.doc;

import java.util.UUID;

/** A page was made, copied, renamed or re-tagged. */
public record PageChanged(UUID pageId, UUID spaceId) {}
