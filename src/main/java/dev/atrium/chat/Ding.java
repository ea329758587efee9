package dev.atrium.chat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An urgent alert its recipients must acknowledge (DingTalk's DING): about a chat message, dinged by
 * its author ({@code channelId} and {@code seq} set), or about another module's object through
 * {@link ChatAlerts}. {@code title} is the message's text as a line shows it (empty for a message of
 * files only) or the object's title; {@code link} is the web client's path to open. A recipient
 * sees {@code acknowledgedAt} (theirs); only the author sees {@code recipients}.
 */
public record Ding(
    UUID id,
    Person author,
    String title,
    String link,
    @Nullable UUID channelId,
    @Nullable Long seq,
    Instant createdAt,
    @Nullable Instant acknowledgedAt,
    @Nullable List<Recipient> recipients) {

  /** Who sent it, as the alert names them. */
  public record Person(UUID id, String name, String avatarColor) {}

  /** One recipient and when they acknowledged (null: not yet). */
  public record Recipient(
      UUID personId,
      String name,
      String avatarColor,
      @Nullable Instant acknowledgedAt) {}
}
