package dev.atrium.notify;

import jakarta.validation.constraints.NotNull;

/**
 * Which kinds a person wants to be told of; a kind turned off makes no notification at all. Every
 * field is required when set, so a client that forgets one cannot turn it off by accident.
 */
public record NotificationPreferences(@NotNull Boolean mentions, @NotNull Boolean comments, @NotNull Boolean edits) {

  public static final NotificationPreferences ALL = new NotificationPreferences(true, true, true);

  public boolean wants(NotificationKind kind) {
    return switch (kind) {
      case MENTION -> mentions;
      case COMMENT -> comments;
      case EDIT -> edits;
    };
  }
}
