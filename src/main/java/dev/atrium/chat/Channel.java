package dev.atrium.chat;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A channel as one person sees it: {@code role} and {@code readSeq} are theirs (null and 0 when
 * they are not a member), {@code unread} counts others' messages after {@code readSeq};
 * {@code starred} is whether I starred it (my sidebar's Starred section).
 */
public record Channel(UUID id, ChannelKind kind, @Nullable String name, @Nullable String topic, boolean archived,
                      Instant createdAt, long lastSeq, @Nullable ChannelRole role, long readSeq, long unread,
                      @Nullable UUID otherPersonId, boolean starred) {}
