package dev.atrium.task;

import java.util.Set;
import java.util.UUID;

/** Fields of a task changed (the history's field names: title, due, section, project, …). */
public record TaskChanged(UUID taskId, UUID actorId, Set<String> fields) {}
