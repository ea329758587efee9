package dev.atrium.task;

import java.util.UUID;

/** A task was completed. */
public record TaskCompleted(UUID taskId, UUID actorId) {}
