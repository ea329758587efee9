package dev.atrium.calendar.internal;

import dev.atrium.calendar.EventCancelled;
import dev.atrium.calendar.EventChanged;
import dev.atrium.calendar.EventScheduled;
import dev.atrium.calendar.internal.RemindersTable.Job;
import dev.atrium.calendar.internal.RemindersTable.Reminded;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Events' reminders, each exactly once, on every node (as {@code task}'s jobs): each event with
 * reminders has one row in {@code calendar.reminder_job} naming its next reminder (an occurrence
 * and the minutes before it). The row is written in the transaction that changes the event, so it
 * never drifts from it; a poll locks due rows with {@code skip locked}, tells the attendees and
 * moves the row on to the following reminder in one transaction. A node that dies mid-way rolls
 * back and the next poll of any node sends it; reminders that fell due while every node was down
 * go out at the first poll after start, unless their occurrence is over.
 */
@Component
public class CalendarReminders {

  private static final Logger log = LoggerFactory.getLogger(CalendarReminders.class);
  private static final int BATCH = 100;

  /**
   * A series' next reminder is looked for this far past the longest reminder: a yearly series has
   * an occurrence within it.
   */
  private static final Duration LOOK_AHEAD = Duration.ofDays(367);

  private final RemindersTable table;
  private final CalendarNotices notices;
  private final TransactionTemplate transactions;
  private final Clock clock;

  CalendarReminders(
      RemindersTable table,
      CalendarNotices notices,
      TransactionTemplate transactions,
      Clock clock) {
    this.table = table;
    this.notices = notices;
    this.transactions = transactions;
    this.clock = clock;
  }

  @Scheduled(initialDelay = 5_000, fixedDelay = 15_000)
  public void poll() {
    try {
      runDue(clock.instant());
    } catch (RuntimeException e) {
      log.warn("Calendar reminders failed; they run again at the next poll", e);
    }
  }

  /** Sends the reminders whose moment has come by {@code now}, one per transaction; answers how many. */
  public int runDue(Instant now) {
    int sent = 0;
    for (Job job : table.due(now, BATCH)) {
      Boolean done = transactions.execute(status -> run(job, now));
      sent += Boolean.TRUE.equals(done) ? 1 : 0;
    }
    return sent;
  }

  private boolean run(Job job, Instant now) {
    if (!table.lock(job)) {
      return false;
    }
    Reminded event = table.family(job.eventId()).stream()
        .filter(row -> row.id().equals(job.eventId()))
        .findFirst()
        .orElse(null);
    if (event == null) {
      return false;
    }
    advance(event, job.fireAt());
    // a meeting already under way needs no reminder any more (the nodes were down)
    if (job.occurrence().isBefore(now.minus(Duration.ofMinutes(5)))) {
      return false;
    }
    notices.remind(job, table.attending(job.eventId(), job.occurrence()));
    return true;
  }

  /**
   * Reschedules the changed event's reminders and those of the rows of its series (a change of one
   * occurrence writes an override and an exception): in the writing transaction.
   */
  @EventListener
  void on(EventScheduled event) {
    reschedule(event.eventId());
  }

  @EventListener
  void on(EventChanged event) {
    reschedule(event.eventId());
  }

  @EventListener
  void on(EventCancelled event) {
    reschedule(event.eventId());
  }

  void reschedule(UUID eventId) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    for (Reminded event : table.family(eventId)) {
      // a reminder due and not yet sent stays due: the change must not swallow it
      Instant after = table
          .job(event.id())
          .map(Job::fireAt)
          .filter(fireAt -> !fireAt.isAfter(now))
          .map(fireAt -> fireAt.minusNanos(1000))
          .orElse(now);
      advance(event, after);
    }
  }

  /** Points the event's row at its first reminder after {@code after}, or removes it. */
  private void advance(Reminded event, Instant after) {
    Optional<Job> next = event.cancelled() ? Optional.empty() : next(event, after);
    next.ifPresentOrElse(table::schedule, () -> table.unschedule(event.id()));
  }

  /** The event's first reminder strictly after {@code after}. */
  static Optional<Job> next(Reminded event, Instant after) {
    if (event.reminders().isEmpty()) {
      return Optional.empty();
    }
    int longest = Collections.max(event.reminders());
    List<Instant> starts = event.rrule() == null
        ? List.of(event.start())
        : Recurrences.starts(
            event.rrule(),
            event.start(),
            ZoneId.of(event.timeZone()),
            event.allDay(),
            event.exdates(),
            after,
            after.plus(Duration.ofMinutes(longest)).plus(LOOK_AHEAD));
    Set<Instant> overridden = Set.copyOf(event.overridden());
    Job best = null;
    for (Instant start : starts) {
      if (overridden.contains(start)) {
        continue;
      }
      if (best != null && start.minus(Duration.ofMinutes(longest)).isAfter(best.fireAt())) {
        break;
      }
      for (int minutes : event.reminders()) {
        Instant fireAt = start.minus(Duration.ofMinutes(minutes));
        if (fireAt.isAfter(after) && (best == null || fireAt.isBefore(best.fireAt()))) {
          best = new Job(event.id(), start, minutes, fireAt);
        }
      }
    }
    return Optional.ofNullable(best);
  }
}
