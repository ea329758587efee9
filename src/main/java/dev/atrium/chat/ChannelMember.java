package dev.atrium.chat;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One member of a channel as the members list shows them, with what the reader may do to them.
 */
public record ChannelMember(
    UUID personId,
    String name,
    @Nullable String title,
    String avatarColor,
    ChannelRole role,
    Instant joinedAt,
    boolean canChangeRole,
    boolean canRemove) {}
