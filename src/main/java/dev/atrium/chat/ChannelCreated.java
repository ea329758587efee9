package dev.atrium.chat;

import dev.atrium.shared.AuditableEvent;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A channel, group conversation or department channel was created (a group has no name). */
public record ChannelCreated(
    UUID channelId, ChannelKind kind, @Nullable String name) implements AuditableEvent {
  @Override
  public String action() {
    return "chat.channel.created";
  }

  @Override
  public String targetType() {
    return "channel";
  }

  @Override
  public UUID targetId() {
    return channelId;
  }

  @Override
  public @Nullable String targetLabel() {
    return name;
  }

  @Override
  public Map<String, Object> details() {
    return Map.of("kind", kind.name());
  }
}
