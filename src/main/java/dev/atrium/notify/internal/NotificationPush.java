package dev.atrium.notify.internal;

import dev.atrium.notify.Notification;
import dev.atrium.realtime.Frame;
import dev.atrium.realtime.RealtimeGateway;
import dev.atrium.shared.AfterCommit;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Tells the recipient's open clients (every tab and device, every node) after commit. Signals are
 * not replayed: a client that reconnects refetches its unread count and the list it shows.
 */
@Component
public class NotificationPush {

  /** The payload of {@code notification.read}: one notification ({@code id}) or all ({@code all}); no {@code readAt}: unread again. */
  public record ReadChange(
      @Nullable UUID id, boolean all, @Nullable Instant readAt) {}

  private final RealtimeGateway gateway;
  private final ObjectMapper json;

  NotificationPush(RealtimeGateway gateway, ObjectMapper json) {
    this.gateway = gateway;
    this.json = json;
  }

  /** A notification is new or took in another fact: the whole of it, as the list shows it. */
  public void changed(UUID recipient, Notification notification) {
    send(recipient, new Frame.Signal("notification", json.valueToTree(notification)));
  }

  public void read(UUID recipient, ReadChange change) {
    send(recipient, new Frame.Signal("notification.read", json.valueToTree(change)));
  }

  private void send(UUID recipient, Frame frame) {
    AfterCommit.run(() -> gateway.send(List.of(recipient), frame));
  }
}
