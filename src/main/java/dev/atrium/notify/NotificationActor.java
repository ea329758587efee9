package dev.atrium.notify;

import java.util.UUID;

/** Someone who did what a notification tells, labelled as the client shows them. */
public record NotificationActor(UUID id, String name, String avatarColor) {}
