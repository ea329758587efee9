package dev.atrium.task.internal;

import java.util.List;
import java.util.UUID;

/**
 * Many personal tasks were made at once by {@code actorId}, each assigned to one person (an
 * announcement's task for each recipient): indexed in one pass and each assignee told, as
 * {@code TaskCreated} and {@code TaskAssigned} would for each, for one publication per batch.
 */
public record PersonalTasksMade(List<UUID> taskIds, UUID actorId) {}
