package dev.atrium.task;

import java.util.UUID;

/** A completed task was opened again. */
public record TaskReopened(UUID taskId, UUID actorId) {}
