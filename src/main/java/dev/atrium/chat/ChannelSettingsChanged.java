package dev.atrium.chat;

import dev.atrium.shared.AuditableEvent;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A channel's settings changed (archiving included); {@code changed} names the fields. */
public record ChannelSettingsChanged(
    UUID channelId, @Nullable String name, List<String> changed) implements AuditableEvent {
  @Override
  public String action() {
    return "chat.channel.updated";
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
    return Map.of("changed", changed);
  }
}
