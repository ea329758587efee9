package dev.atrium.task;

import java.util.UUID;

/** A task was made (a recurring task's next occurrence too, with the completer as actor). */
public record TaskCreated(UUID taskId, UUID actorId) {}
