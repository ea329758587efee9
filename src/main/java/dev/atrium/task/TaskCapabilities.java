package dev.atrium.task;

/** What the reader may do with a task, from the one rule in {@link Tasks}. */
public record TaskCapabilities(boolean canEdit, boolean canComment, boolean canDelete) {}
