package dev.atrium.task;

/** What the reader may do with a project: edit its tasks, manage its settings, sections and grants. */
public record ProjectCapabilities(boolean canEdit, boolean canManage) {}
