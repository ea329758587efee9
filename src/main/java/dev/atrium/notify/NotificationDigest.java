package dev.atrium.notify;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What was left unread for someone who was away: their unread notifications since they were last
 * seen ({@code since}), gathered at {@code createdAt}, by module, each with its count and its
 * latest few as the centre shows them (those still there).
 */
public record NotificationDigest(UUID id, Instant since, Instant createdAt, List<Group> groups) {

  public record Group(String module, int count, List<Notification> latest) {}
}
