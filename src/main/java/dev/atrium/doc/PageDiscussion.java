package dev.atrium.doc;

import java.util.List;

/** A page's threads, oldest first, and whether the reader may comment (not while the page or space is archived). */
public record PageDiscussion(boolean canComment, List<CommentThread> threads) {}
