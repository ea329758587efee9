package dev.atrium.task;

import java.util.List;
import java.util.UUID;

/** People became assignees of a task (at creation or later); {@code added} never holds the actor's earlier ones. */
public record TaskAssigned(UUID taskId, UUID actorId, List<UUID> added) {}
