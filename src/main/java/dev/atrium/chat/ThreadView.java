package dev.atrium.chat;

import java.util.List;

/** A thread: its root and every reply, oldest first. */
public record ThreadView(Message root, List<Message> replies) {}
