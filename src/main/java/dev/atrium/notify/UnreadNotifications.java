package dev.atrium.notify;

/** How many of my notifications are unread: the bell's badge. */
public record UnreadNotifications(long count) {}
