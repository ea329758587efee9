package dev.atrium.doc;

import java.util.UUID;

/** A page's stored rendering (Markdown and plain text) changed. */
public record PageContentChanged(UUID pageId) {}
