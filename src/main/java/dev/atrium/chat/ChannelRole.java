package dev.atrium.chat;

/** A member's standing in a channel: its owner may invite to a private channel. */
public enum ChannelRole { OWNER, MEMBER }
