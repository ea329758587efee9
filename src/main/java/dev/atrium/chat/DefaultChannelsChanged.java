package dev.atrium.chat;

import dev.atrium.shared.AuditableEvent;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The administrator changed the channels new people join; {@code names} are the channels now chosen. */
public record DefaultChannelsChanged(List<String> names) implements AuditableEvent {
  @Override
  public String action() {
    return "chat.default-channels.changed";
  }

  @Override
  public String targetType() {
    return "settings";
  }

  @Override
  public @Nullable UUID targetId() {
    return null;
  }

  @Override
  public String targetLabel() {
    return "default channels";
  }

  @Override
  public Map<String, Object> details() {
    return Map.of("channels", names);
  }
}
