package dev.atrium.task.internal;

import java.util.UUID;

/** A task was made from a chat message: its card is to be posted as the creator's reply to it. */
public record MessageTaskCreated(UUID taskId, UUID creatorId, UUID messageId) {}
