package dev.atrium.chat;

import dev.atrium.shared.Verbatim;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Posts a message. The client picks {@code clientMessageId} once and reuses it on every retry, so
 * a retry returns the stored message instead of storing a second one. {@code attachmentIds} are
 * the caller's own unattached uploads; with at least one, the body may be empty. {@code threadRootId}
 * makes it a reply in that message's thread ({@code alsoSendToChannel} shows it in the channel
 * too); {@code quotedMessageId} quotes a message of the same channel.
 */
public record PostMessage(
    @NotNull UUID clientMessageId,
    @NotNull @Verbatim String body,
    @Nullable @Size(max = Messages.MAX_ATTACHMENTS) List<UUID> attachmentIds,
    @Nullable UUID threadRootId,
    @Nullable Boolean alsoSendToChannel,
    @Nullable UUID quotedMessageId) {

  /** A message of text only. */
  public PostMessage(UUID clientMessageId, String body) {
    this(clientMessageId, body, null, null, null, null);
  }
}
