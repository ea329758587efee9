package dev.atrium.chat;

/** Who can find and join a channel: anyone (public), the invited (private), exactly two people (direct). */
public enum ChannelKind { PUBLIC, PRIVATE, DIRECT }
