package dev.atrium.chat;

/** The stored message, and whether this call stored it ({@code false}: a retry found it). */
public record PostedMessage(Message message, boolean stored) {}
