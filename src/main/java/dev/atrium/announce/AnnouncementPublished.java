package dev.atrium.announce;

import dev.atrium.shared.AuditableEvent;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * An announcement was published to {@code recipientCount} people (now, at its scheduled time or on
 * approval). Listeners run after the commit: announce's notices, and chat's card in
 * {@code channelId} with a DING alert for urgent ones; and the tasks module, when it carries a task
 * ({@code announce::tasks}).
 */
@NamedInterface("tasks")
public record AnnouncementPublished(
    UUID id,
    UUID authorId,
    String title,
    Importance importance,
    @Nullable UUID channelId,
    int recipientCount)
    implements AuditableEvent {

  @Override
  public String action() {
    return "announce.announcement.published";
  }

  @Override
  public String targetType() {
    return "announcement";
  }

  @Override
  public UUID targetId() {
    return id;
  }

  @Override
  public String targetLabel() {
    return title;
  }

  @Override
  public Map<String, Object> details() {
    return Map.of("importance", importance.name(), "recipients", recipientCount);
  }
}
