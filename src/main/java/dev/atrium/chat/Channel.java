package dev.atrium.chat;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A channel as one person sees it: {@code role} and {@code readSeq} are theirs (null and 0 when
 * they are not a member), {@code unread} counts others' messages after {@code readSeq} (a thread
 * reply only when also sent to the channel or mentioning them), {@code mentionCount} those of them
 * that mention them.
 */
public record Channel(UUID id, ChannelKind kind, @Nullable String name, @Nullable String topic, boolean archived,
                      Instant createdAt, long lastSeq, @Nullable ChannelRole role, long readSeq, long unread,
                      long mentionCount, @Nullable UUID otherPersonId) {}
