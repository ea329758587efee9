package dev.atrium.doc;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A comment was added to a page: a new thread or a reply. {@code quote} is the passage an inline
 * thread is anchored to (null for a page comment); {@code recipients} are the people to tell
 * (watchers, the thread's participants and those mentioned in the comment) who may read the page
 * now, never the author.
 */
public record PageCommented(
    UUID pageId,
    UUID spaceId,
    String pageTitle,
    UUID threadId,
    UUID commentId,
    UUID authorId,
    @Nullable String quote,
    String excerpt,
    Set<UUID> recipients) {}
