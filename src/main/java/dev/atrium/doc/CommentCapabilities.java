package dev.atrium.doc;

/** What the reader may do with a comment: edit it (its author), delete it (its author or a space administrator). */
public record CommentCapabilities(boolean canEdit, boolean canDelete) {}
