package dev.atrium.chat;

import java.util.UUID;

/** The payload of the {@code member.joined} and {@code member.left} stream entries. */
public record MemberChange(UUID personId) {}
