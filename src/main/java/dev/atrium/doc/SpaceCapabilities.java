package dev.atrium.doc;

/** What the reader may do with a space: write pages in it, and change its settings and grants. */
public record SpaceCapabilities(boolean canEdit, boolean canAdmin) {}
