package dev.atrium.notify;

import dev.atrium.access.Subject;
import dev.atrium.notify.internal.ListCursor;
import dev.atrium.notify.internal.NotificationPush;
import dev.atrium.notify.internal.NotificationRow;
import dev.atrium.notify.internal.NotificationViews;
import dev.atrium.notify.internal.NotificationsTable;
import dev.atrium.notify.internal.PreferencesTable;
import dev.atrium.shared.DomainException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's own notification centre: the list, the unread count, read state and preferences.
 * Everyone sees only their own; someone else's notification answers 404, as if it did not exist.
 * Read-state changes reach the person's other tabs and devices as {@code notification.read}.
 */
@Service
public class Notifications {

  public static final int DEFAULT_LIMIT = 20;
  public static final int MAX_LIMIT = 100;

  private final NotificationsTable notifications;
  private final PreferencesTable preferences;
  private final NotificationViews views;
  private final NotificationPush push;
  private final Clock clock;

  Notifications(NotificationsTable notifications, PreferencesTable preferences, NotificationViews views, NotificationPush push,
                Clock clock) {
    this.notifications = notifications;
    this.preferences = preferences;
    this.views = views;
    this.push = push;
    this.clock = clock;
  }

  /** Newest first (by when each last happened), {@code limit} at a time, older than {@code before}. */
  @Transactional(readOnly = true)
  public NotificationList list(Subject subject, @Nullable String before, boolean unreadOnly, int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw DomainException.badRequest("notify.limit-invalid", "limit must be 1 to " + MAX_LIMIT + ".");
    }
    ListCursor cursor = before == null || before.isEmpty() ? null : ListCursor.decode(before);
    List<NotificationRow> rows = notifications.page(subject.personId(), cursor, unreadOnly, limit + 1);
    String next = rows.size() > limit ? ListCursor.of(rows.get(limit - 1)).encode() : null;
    return new NotificationList(views.of(rows.subList(0, Math.min(limit, rows.size()))), next);
  }

  @Transactional(readOnly = true)
  public UnreadNotifications unread(Subject subject) {
    return new UnreadNotifications(notifications.unread(subject.personId()));
  }

  @Transactional
  public Notification markRead(Subject subject, UUID id) {
    NotificationRow row = notifications.markRead(subject.personId(), id, now()).orElseThrow(Notifications::notFound);
    push.read(subject.personId(), new NotificationPush.ReadChange(row.id(), false, row.readAt()));
    return views.of(row);
  }

  @Transactional
  public Notification markUnread(Subject subject, UUID id) {
    NotificationRow row = notifications.markUnread(subject.personId(), id).orElseThrow(Notifications::notFound);
    push.read(subject.personId(), new NotificationPush.ReadChange(row.id(), false, null));
    return views.of(row);
  }

  /** Marks everything unread so far read; the answer is the new unread count (0, unless something arrived meanwhile). */
  @Transactional
  public UnreadNotifications markAllRead(Subject subject) {
    Instant now = now();
    if (notifications.markAllRead(subject.personId(), now) > 0) {
      push.read(subject.personId(), new NotificationPush.ReadChange(null, true, now));
    }
    return new UnreadNotifications(notifications.unread(subject.personId()));
  }

  @Transactional(readOnly = true)
  public NotificationPreferences preferences(Subject subject) {
    return preferences.find(subject.personId()).orElse(NotificationPreferences.ALL);
  }

  /** Applies to what happens from now on; notifications already made stay. */
  @Transactional
  public NotificationPreferences setPreferences(Subject subject, NotificationPreferences wanted) {
    preferences.save(subject.personId(), wanted, now());
    return wanted;
  }

  private Instant now() {
    // timestamptz keeps microseconds: what the answer says equals what a refetch reads
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  private static DomainException notFound() {
    return DomainException.notFound("notify.notification-not-found", "No such notification.");
  }
}
