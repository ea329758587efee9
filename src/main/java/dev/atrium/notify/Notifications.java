package dev.atrium.notify;

import dev.atrium.access.Subject;
import dev.atrium.notify.internal.DigestsTable;
import dev.atrium.notify.internal.KindCatalogue;
import dev.atrium.notify.internal.ListCursor;
import dev.atrium.notify.internal.NotificationPush;
import dev.atrium.notify.internal.NotificationRow;
import dev.atrium.notify.internal.NotificationViews;
import dev.atrium.notify.internal.NotificationsTable;
import dev.atrium.notify.internal.PreferencesTable;
import dev.atrium.notify.internal.QuietHours;
import dev.atrium.notify.internal.SeenTable;
import dev.atrium.shared.DomainException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's own notification centre: the list, the unread count, read state, preferences and the
 * latest digest. Asking for the list or the count is what makes a person "seen" for digests.
 * Everyone sees only their own; someone else's notification answers 404, as if it did not exist.
 * Read-state changes reach the person's other tabs and devices as {@code notification.read}.
 */
@Service
public class Notifications {

  public static final int DEFAULT_LIMIT = 20;
  public static final int MAX_LIMIT = 100;

  private static final DateTimeFormatter HOURS =
      DateTimeFormatter.ofPattern("HH:mm").withResolverStyle(ResolverStyle.STRICT);

  private final NotificationsTable notifications;
  private final PreferencesTable preferences;
  private final KindCatalogue kinds;
  private final SeenTable seen;
  private final DigestsTable digests;
  private final NotificationViews views;
  private final NotificationPush push;
  private final Clock clock;

  Notifications(
      NotificationsTable notifications,
      PreferencesTable preferences,
      KindCatalogue kinds,
      SeenTable seen,
      DigestsTable digests,
      NotificationViews views,
      NotificationPush push,
      Clock clock) {
    this.notifications = notifications;
    this.preferences = preferences;
    this.kinds = kinds;
    this.seen = seen;
    this.digests = digests;
    this.views = views;
    this.push = push;
    this.clock = clock;
  }

  /** Newest first (by when each last happened), {@code limit} at a time, older than {@code before}. */
  @Transactional
  public NotificationList list(
      Subject subject, @Nullable String before, boolean unreadOnly, int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw DomainException.badRequest(
          "notify.limit-invalid", "limit must be 1 to " + MAX_LIMIT + ".");
    }
    ListCursor cursor = before == null || before.isEmpty() ? null : ListCursor.decode(before);
    seen.touch(subject.personId(), now());
    List<NotificationRow> rows =
        notifications.page(subject.personId(), cursor, unreadOnly, limit + 1);
    String next = rows.size() > limit ? ListCursor.of(rows.get(limit - 1)).encode() : null;
    return new NotificationList(views.of(rows.subList(0, Math.min(limit, rows.size()))), next);
  }

  @Transactional
  public UnreadNotifications unread(Subject subject) {
    seen.touch(subject.personId(), now());
    return new UnreadNotifications(notifications.unread(subject.personId()));
  }

  @Transactional
  public Notification markRead(Subject subject, UUID id) {
    NotificationRow row =
        notifications.markRead(subject.personId(), id, now()).orElseThrow(Notifications::notFound);
    push.read(subject.personId(), new NotificationPush.ReadChange(row.id(), false, row.readAt()));
    return views.of(row);
  }

  @Transactional
  public Notification markUnread(Subject subject, UUID id) {
    NotificationRow row =
        notifications.markUnread(subject.personId(), id).orElseThrow(Notifications::notFound);
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

  /** Every declared kind, on unless the person turned it off, and their do-not-disturb hours. */
  @Transactional(readOnly = true)
  public NotificationPreferences preferences(Subject subject) {
    Map<String, Boolean> chosen = preferences.kinds(subject.personId());
    List<NotificationPreferences.KindSetting> settings = new ArrayList<>();
    kinds
        .all()
        .forEach((kind, module) -> settings.add(new NotificationPreferences.KindSetting(
            module, kind, chosen.getOrDefault(kind, true))));
    NotificationPreferences.QuietHours hours = preferences
        .quietHours(subject.personId())
        .map(q -> new NotificationPreferences.QuietHours(
            HOURS.format(q.start()), HOURS.format(q.end()), q.zone().getId()))
        .orElse(null);
    return new NotificationPreferences(settings, hours);
  }

  /**
   * Changes the kinds named (others stay) and replaces the do-not-disturb hours; applies to what
   * happens from now on. Checks everything before changing anything.
   */
  @Transactional
  public NotificationPreferences setPreferences(Subject subject, NotificationPreferences wanted) {
    for (NotificationPreferences.KindSetting setting : wanted.kinds()) {
      if (!kinds.knows(setting.kind())) {
        throw DomainException.badRequest(
            "notify.kind-unknown", "There is no notification kind " + setting.kind() + ".");
      }
    }
    QuietHours hours = wanted.doNotDisturb() == null ? null : quietHours(wanted.doNotDisturb());
    Instant now = now();
    wanted
        .kinds()
        .forEach(setting ->
            preferences.saveKind(subject.personId(), setting.kind(), setting.bell(), now));
    if (hours == null) {
      preferences.clearQuietHours(subject.personId());
    } else {
      preferences.saveQuietHours(subject.personId(), hours, now);
    }
    return preferences(subject);
  }

  /** The latest digest gathered for me while I was away. */
  @Transactional(readOnly = true)
  public NotificationDigest latestDigest(Subject subject) {
    DigestsTable.Row row = digests
        .latest(subject.personId())
        .orElseThrow(() -> DomainException.notFound(
            "notify.digest-not-found", "No digest has been gathered for you yet."));
    List<NotificationDigest.Group> groups = row.groups().stream()
        .map(group -> new NotificationDigest.Group(
            group.module(),
            group.count(),
            views.of(notifications.byIds(subject.personId(), group.latest()))))
        .toList();
    return new NotificationDigest(row.id(), row.since(), row.createdAt(), groups);
  }

  private static QuietHours quietHours(NotificationPreferences.QuietHours wanted) {
    LocalTime start = time(wanted.start());
    LocalTime end = time(wanted.end());
    if (start.equals(end)) {
      throw DomainException.badRequest(
          "notify.dnd-time-invalid", "Do not disturb must start and end at different times.");
    }
    try {
      return new QuietHours(start, end, ZoneId.of(wanted.timeZone()));
    } catch (DateTimeException e) {
      throw DomainException.badRequest(
          "notify.dnd-zone-invalid", "timeZone must be a time zone such as Asia/Shanghai.");
    }
  }

  private static LocalTime time(String text) {
    try {
      return LocalTime.parse(text, HOURS);
    } catch (DateTimeException e) {
      throw DomainException.badRequest(
          "notify.dnd-time-invalid", "Do not disturb times are HH:mm, from 00:00 to 23:59.");
    }
  }

  private Instant now() {
    // timestamptz keeps microseconds: what the answer says equals what a refetch reads
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  private static DomainException notFound() {
    return DomainException.notFound("notify.notification-not-found", "No such notification.");
  }
}
