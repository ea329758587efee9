package dev.atrium.chat;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * A message as another module links to it ({@code chat::messages}): where it is, who wrote it, the
 * start of its text, and whether it was edited or deleted since. {@code threadRootId} is set for a
 * reply in a thread; a deleted message's excerpt is empty.
 */
@NamedInterface("messages")
public record LinkedMessage(
    UUID id,
    UUID channelId,
    long seq,
    UUID authorId,
    String excerpt,
    @Nullable UUID threadRootId,
    Instant createdAt,
    boolean edited,
    boolean deleted) {}
