package dev.atrium.doc;

/**
 * What the reader may do with a page: edit its content, title, tags and place ({@code canEdit}, false
 * while it or a page above it is archived), and administer the space it lives in.
 */
public record PageCapabilities(boolean canEdit, boolean canAdmin) {}
