package dev.atrium.task;

import java.util.UUID;

/** Another task as a dependency names it. */
public record TaskRef(UUID id, String title, TaskState state) {}
