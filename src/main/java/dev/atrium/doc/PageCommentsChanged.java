package dev.atrium.doc;

import java.util.UUID;

/** Something in a page's discussion changed: a thread or reply added, a comment edited or deleted, a thread resolved or reopened. */
public record PageCommentsChanged(UUID pageId) {}
