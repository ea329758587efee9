package dev.atrium.chat;

import java.util.UUID;

/**
 * Something only {@code personId} sees changed in a channel (their read cursor, their star): pushed
 * after commit to that person's sockets alone, as a {@code channel.state} signal carrying the view.
 */
public record ChannelViewChanged(UUID personId, Channel channel) {}
