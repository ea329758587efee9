package dev.atrium.chat;

import java.util.UUID;

/** The payload of a {@code member.updated} stream entry: a member's role changed. */
public record MemberRole(UUID personId, ChannelRole role) {}
