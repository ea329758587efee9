package dev.atrium.doc;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A discussion on a page: about a passage ({@code anchor}) or the page as a whole, resolved or open. */
public record CommentThread(
    UUID id,
    UUID pageId,
    @Nullable CommentAnchor anchor,
    boolean resolved,
    @Nullable PersonName resolvedBy,
    @Nullable Instant resolvedAt,
    Instant createdAt,
    List<PageComment> comments) {}
