package dev.atrium.chat;

import org.jspecify.annotations.Nullable;

/**
 * A channel's settings as they now are; the payload of a {@code channel.updated} stream entry, so a
 * client applies it by replacing these fields of its copy of the channel.
 */
public record ChannelSettings(
    @Nullable String name,
    @Nullable String topic,
    @Nullable String purpose,
    boolean archived,
    PostingPolicy postingPolicy,
    MentionPolicy mentionPolicy) {}
