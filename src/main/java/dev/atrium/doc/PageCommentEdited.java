package dev.atrium.doc;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Its author edited a comment. {@code mentioned} are the people the new text mentions and the old
 * one did not, as far as they may read the page now, never the author: only they are told, since
 * everyone else heard of the comment when it was written.
 */
public record PageCommentEdited(
    UUID pageId,
    UUID spaceId,
    String pageTitle,
    UUID threadId,
    UUID commentId,
    UUID authorId,
    @Nullable String quote,
    String excerpt,
    Set<UUID> mentioned) {}
