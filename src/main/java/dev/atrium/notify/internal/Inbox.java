package dev.atrium.notify.internal;

import dev.atrium.notify.NoticeGrouping;
import dev.atrium.notify.NoticeRequest;
import dev.atrium.notify.Notification;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one write path of notifications: every published notice comes here. It leaves out the
 * excluded, the actors and whoever turned the kind off, writes one row per remaining recipient (or
 * folds into their unread row) and pushes what changed after commit, except to recipients in do
 * not disturb (their hours, or the publishing module's word): they find it in the list.
 */
@Service
public class Inbox {

  private final NotificationsTable notifications;
  private final PreferencesTable preferences;
  private final KindCatalogue kinds;
  private final NotificationViews views;
  private final NotificationPush push;
  private final Clock clock;

  Inbox(
      NotificationsTable notifications,
      PreferencesTable preferences,
      KindCatalogue kinds,
      NotificationViews views,
      NotificationPush push,
      Clock clock) {
    this.notifications = notifications;
    this.preferences = preferences;
    this.kinds = kinds;
    this.views = views;
    this.push = push;
    this.clock = clock;
  }

  @Transactional
  public void deliver(NoticeRequest notice) {
    if (!kinds.knows(notice.kind())) {
      throw new IllegalArgumentException("No module declared the notice kind " + notice.kind());
    }
    Set<UUID> recipients = new LinkedHashSet<>(notice.recipients());
    recipients.removeAll(notice.excluded());
    // nobody is told of their own doing, whatever a source sends
    notice.actorIds().forEach(recipients::remove);
    if (recipients.isEmpty()) {
      return;
    }
    recipients.removeAll(preferences.muting(notice.kind(), recipients));
    // timestamptz keeps microseconds: a pushed copy then equals what a refetch answers
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    List<NotificationRow> changed = new ArrayList<>();
    switch (notice.grouping()) {
      case NoticeGrouping.Once once ->
        changed.addAll(notifications.insertOnce(recipients, notice, now));
      case NoticeGrouping.FoldWhileUnread fold -> {
        for (UUID recipient : recipients) {
          changed.add(notifications.fold(recipient, notice, now));
        }
      }
    }
    Map<UUID, QuietHours> hours = preferences.quietHours(recipients);
    List<Notification> shown = views.of(changed);
    for (int i = 0; i < changed.size(); i++) {
      UUID recipient = changed.get(i).recipientId();
      QuietHours quiet = hours.get(recipient);
      if (!notice.quiet().contains(recipient) && (quiet == null || !quiet.covers(now))) {
        push.changed(recipient, shown.get(i));
      }
    }
  }
}
