package dev.atrium.mail.links;

import java.util.UUID;

/** Where a shared mail now is in chat: the channel and the message that carries its card. */
public record SharedMail(UUID channelId, UUID chatMessageId, String link) {}
