package dev.atrium.notify.internal;

import dev.atrium.notify.Notification;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one write path of notifications: every listener hands its {@link Notice} here. It leaves
 * out whoever turned the kind off, writes one row per remaining recipient (or folds into their
 * unread row) and pushes what changed after commit.
 */
@Service
public class Inbox {

  private final NotificationsTable notifications;
  private final PreferencesTable preferences;
  private final NotificationViews views;
  private final NotificationPush push;
  private final Clock clock;

  Inbox(NotificationsTable notifications, PreferencesTable preferences, NotificationViews views, NotificationPush push, Clock clock) {
    this.notifications = notifications;
    this.preferences = preferences;
    this.views = views;
    this.push = push;
    this.clock = clock;
  }

  @Transactional
  public void deliver(Notice notice) {
    Set<UUID> recipients = new LinkedHashSet<>(notice.recipients());
    // nobody is told of their own doing, whatever a source sends
    notice.actorIds().forEach(recipients::remove);
    if (recipients.isEmpty()) {
      return;
    }
    recipients.removeAll(preferences.muting(notice.kind(), recipients));
    // timestamptz keeps microseconds: a pushed copy then equals what a refetch answers
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    List<NotificationRow> changed = new ArrayList<>();
    for (UUID recipient : recipients) {
      switch (notice.key()) {
        case Notice.Once once -> notifications.insertOnce(recipient, notice, now).ifPresent(changed::add);
        case Notice.FoldWhileUnread fold -> changed.add(notifications.fold(recipient, notice, now));
      }
    }
    List<Notification> shown = views.of(changed);
    for (int i = 0; i < changed.size(); i++) {
      push.changed(changed.get(i).recipientId(), shown.get(i));
    }
  }
}
