package dev.atrium.doc;

import java.util.Set;
import java.util.UUID;

/**
 * Someone mentioned people in a page's text. {@code personIds} are only those who may read the
 * page now; the author is never among them.
 */
public record PageMentioned(
    UUID pageId, UUID spaceId, String pageTitle, UUID authorId, Set<UUID> personIds) {}
