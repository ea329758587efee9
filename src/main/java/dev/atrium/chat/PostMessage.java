package dev.atrium.chat;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Posts a message. The client picks {@code clientMessageId} once and reuses it on every retry, so
 * a retry returns the stored message instead of storing a second one. {@code threadRootId} makes it
 * a reply in that message's thread ({@code alsoSendToChannel} shows it in the channel too);
 * {@code quotedMessageId} quotes a message of the same channel.
 */
public record PostMessage(@NotNull UUID clientMessageId, @NotNull String body, @Nullable UUID threadRootId,
                          @Nullable Boolean alsoSendToChannel, @Nullable UUID quotedMessageId) {

  public PostMessage(UUID clientMessageId, String body) {
    this(clientMessageId, body, null, null, null);
  }
}
