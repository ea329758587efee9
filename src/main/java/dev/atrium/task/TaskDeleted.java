package dev.atrium.task;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A task (and its subtasks, each with its own event) was deleted; {@code projectId} is where it was. */
public record TaskDeleted(UUID taskId, @Nullable UUID projectId) {}
