package dev.atrium.chat;

import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/**
 * A message was edited or deleted ({@code chat::messages}), for modules that keep a link to it.
 * Published on edits and deletes only, never on a post: a post is chat's hot path and pays no
 * publication (ADR 0008).
 */
@NamedInterface("messages")
public record MessageRevised(UUID messageId, UUID channelId, boolean deleted) {}
