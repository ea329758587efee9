package dev.atrium.chat;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A public channel as the channel browser lists it. */
public record ChannelListing(
    UUID id,
    String name,
    @Nullable String topic,
    @Nullable String purpose,
    long memberCount,
    boolean joined,
    boolean archived) {}
