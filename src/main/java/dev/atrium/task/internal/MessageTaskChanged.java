package dev.atrium.task.internal;

import java.util.UUID;

/**
 * A task made from a chat message changed, was completed, reopened or deleted: its card in the
 * channel is to be told. Published in the writing transaction, and only for such tasks, so that the
 * far more common change of any other task costs chat's durable listener no publication.
 */
public record MessageTaskChanged(UUID taskId, UUID channelId, boolean deleted) {}
