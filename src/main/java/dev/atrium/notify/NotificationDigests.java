package dev.atrium.notify;

import dev.atrium.notify.internal.DigestsTable;
import dev.atrium.notify.internal.NotificationRow;
import dev.atrium.notify.internal.NotificationsTable;
import dev.atrium.realtime.Connection;
import dev.atrium.realtime.RealtimeGateway;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gathers, for people who have been away, what they left unread since they last looked at their
 * notifications (or since their previous digest) into a digest, by module. Runs hourly on one node
 * of the cluster (a PostgreSQL advisory lock); reading one's latest digest is
 * {@link Notifications#latestDigest}. Sending digests by e-mail is a later issue: today they are
 * only stored and answered over HTTP.
 */
@Service
public class NotificationDigests {

  /** Someone who looked at their notifications more recently than this is not away. */
  public static final Duration AWAY = Duration.ofHours(1);
  /** A digest names the latest few of each module's notifications; the count says how many in all. */
  static final int LATEST = 5;

  private static final Logger log = LoggerFactory.getLogger(NotificationDigests.class);

  private final NotificationsTable notifications;
  private final DigestsTable digests;
  private final RealtimeGateway gateway;
  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final Clock clock;

  NotificationDigests(
      NotificationsTable notifications,
      DigestsTable digests,
      RealtimeGateway gateway,
      JdbcClient jdbc,
      PlatformTransactionManager transactions,
      Clock clock) {
    this.notifications = notifications;
    this.digests = digests;
    this.gateway = gateway;
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  @Scheduled(initialDelayString = "PT10M", fixedDelayString = "PT1H")
  void gatherHourly() {
    int gathered = gatherForAway(now().minus(AWAY));
    if (gathered > 0) {
      log.info("Gathered {} notification digests", gathered);
    }
  }

  /**
   * A digest for everyone who has not looked since {@code idleBefore}, has no socket open and has
   * unread notifications newer than their last look and last digest; answers how many were made.
   * Another node running at the same time skips the whole run.
   */
  public int gatherForAway(Instant idleBefore) {
    Integer made = transaction.execute(status -> {
      if (!Boolean.TRUE.equals(
          jdbc.sql("select pg_try_advisory_xact_lock(hashtext('notify.digest'))")
              .query(Boolean.class)
              .single())) {
        return 0;
      }
      List<UUID> away = digests.away(idleBefore, 1_000);
      Map<UUID, Connection> connections = gateway.connections(away);
      int count = 0;
      for (UUID person : away) {
        if (connections.get(person) == Connection.OFFLINE && gather(person).isPresent()) {
          count++;
        }
      }
      return count;
    });
    return made == null ? 0 : made;
  }

  /** The digest of one person now, if they have anything unread since their last look or digest. */
  public Optional<UUID> gather(UUID personId) {
    return transaction.execute(status -> {
      Instant since = digests.since(personId);
      List<NotificationRow> unread = notifications.unreadSince(personId, since);
      if (unread.isEmpty()) {
        return Optional.<UUID>empty();
      }
      Map<String, List<NotificationRow>> byModule = unread.stream()
          .collect(Collectors.groupingBy(
              NotificationRow::module, LinkedHashMap::new, Collectors.toList()));
      List<DigestsTable.Group> groups = byModule.entrySet().stream()
          .map(entry -> new DigestsTable.Group(
              entry.getKey(),
              entry.getValue().size(),
              entry.getValue().stream().limit(LATEST).map(NotificationRow::id).toList()))
          .toList();
      return digests.insert(personId, since, now(), groups);
    });
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
