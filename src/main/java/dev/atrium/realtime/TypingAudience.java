package dev.atrium.realtime;

import java.util.Collection;
import java.util.UUID;

/**
 * Implemented by the module that owns channels: who hears that {@code personId} is typing in
 * {@code channelId} (the channel's other members), or nobody when that person is not a member.
 */
public interface TypingAudience {

  Collection<UUID> typingAudience(UUID personId, UUID channelId);
}
