package dev.atrium.calendar.internal;

import java.util.UUID;

/**
 * An event scheduled from a conversation changed or was cancelled: its card in the channel is to be
 * told. Published in the writing transaction, and only for such events, so that the far more common
 * change of any other event costs the conversation's durable listener no publication.
 */
public record ConversationEventChanged(UUID eventId, UUID channelId) {}
