package dev.atrium.notify.web;

import dev.atrium.access.Subject;
import dev.atrium.notify.Notification;
import dev.atrium.notify.NotificationDigest;
import dev.atrium.notify.NotificationList;
import dev.atrium.notify.NotificationPreferences;
import dev.atrium.notify.Notifications;
import dev.atrium.notify.UnreadNotifications;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(
    name = "Notifications",
    description = "My notification centre: what the modules tell me, my preferences and digests")
@RestController
@RequestMapping("/api/v1/notifications")
class NotificationsController {

  private final Notifications notifications;

  NotificationsController(Notifications notifications) {
    this.notifications = notifications;
  }

  @GetMapping
  @Operation(summary = "My notifications, newest first; pass nextCursor as before for older ones")
  NotificationList list(
      @AuthenticationPrincipal Subject subject,
      @RequestParam(required = false) @Nullable String before,
      @RequestParam(defaultValue = "false") boolean unread,
      @RequestParam(defaultValue = "" + Notifications.DEFAULT_LIMIT) int limit) {
    return notifications.list(subject, before, unread, limit);
  }

  @GetMapping("/unread-count")
  @Operation(
      summary = "How many of my notifications are unread; a client refetches it after reconnecting")
  UnreadNotifications unreadCount(@AuthenticationPrincipal Subject subject) {
    return notifications.unread(subject);
  }

  @PostMapping("/{id}/read")
  Notification markRead(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    return notifications.markRead(subject, id);
  }

  @PostMapping("/{id}/unread")
  Notification markUnread(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    return notifications.markUnread(subject, id);
  }

  @PostMapping("/read-all")
  @Operation(summary = "Marks all my notifications read; answers the unread count left")
  UnreadNotifications markAllRead(@AuthenticationPrincipal Subject subject) {
    return notifications.markAllRead(subject);
  }

  @GetMapping("/preferences")
  NotificationPreferences preferences(@AuthenticationPrincipal Subject subject) {
    return notifications.preferences(subject);
  }

  @PutMapping("/preferences")
  @Operation(
      summary =
          "Turns the kinds named on or off (a kind turned off makes no notification) and sets my"
              + " do-not-disturb hours (absent: none)")
  NotificationPreferences setPreferences(
      @AuthenticationPrincipal Subject subject,
      @Valid @RequestBody NotificationPreferences preferences) {
    return notifications.setPreferences(subject, preferences);
  }

  @GetMapping("/digest")
  @Operation(
      summary = "My latest digest: what I left unread while away, by module; 404 before the first")
  NotificationDigest digest(@AuthenticationPrincipal Subject subject) {
    return notifications.latestDigest(subject);
  }
}
