package dev.atrium.task;

import java.util.UUID;

/** A filter of a project's board saved under a name, by and for one person. */
public record SavedView(UUID id, String name, TaskFilter filter) {}
