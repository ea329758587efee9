package dev.atrium.announce;

import dev.atrium.access.Subject;
import dev.atrium.announce.internal.AnnouncementHead;
import dev.atrium.announce.internal.ReminderSent;
import dev.atrium.announce.internal.RemindersTable;
import dev.atrium.announce.internal.StatisticsAccess;
import dev.atrium.shared.DomainException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminding an announcement's non-readers: now, with one click, or on its plan (hours after
 * publication, run by {@code AnnounceJobs}), and telling their department heads after a set time.
 * Only those who may see its statistics may do either.
 */
@Service
public class Reminders {

  private final StatisticsAccess gate;
  private final RemindersTable table;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Reminders(
      StatisticsAccess gate, RemindersTable table, ApplicationEventPublisher events, Clock clock) {
    this.gate = gate;
    this.table = table;
    this.events = events;
    this.clock = clock;
  }

  /** How long after a manual reminder the next one is refused. */
  public static final Duration MANUAL_INTERVAL = Duration.ofMinutes(10);

  /**
   * Reminds every recipient who has not opened it (or not confirmed a must-read) now; the caller is
   * not reminded. The notices go out after commit. At most one such click per announcement in
   * {@link #MANUAL_INTERVAL}, whoever clicks: a second is refused with 429
   * {@code announce.remind-too-soon}, saying when the next is allowed.
   */
  @Transactional
  public Reminded remind(Subject subject, UUID announcementId) {
    AnnouncementHead head = gate.require(subject, announcementId);
    requirePublished(head);
    Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
    table.claimManual(head.id(), at, at.minus(MANUAL_INTERVAL)).ifPresent(last -> {
      Instant next = last.plus(MANUAL_INTERVAL);
      throw new DomainException(
          HttpStatus.TOO_MANY_REQUESTS,
          "announce.remind-too-soon",
          "Its non-readers were reminded less than 10 minutes ago; remind them again from " + next
              + ".",
          Map.of(
              "retryAfterSeconds",
              Math.max(1, Duration.between(at, next).toSeconds()),
              "nextAllowedAt",
              next.toString()));
    });
    List<UUID> reminded = table.markReminded(head, subject.personId(), at);
    if (!reminded.isEmpty()) {
      events.publishEvent(new ReminderSent(head.id(), subject.personId(), at));
    }
    return new Reminded(reminded.size(), at.plus(MANUAL_INTERVAL));
  }

  /** The announcement's plan, or the defaults when it has none of its own. */
  @Transactional(readOnly = true)
  public ReminderPlan plan(Subject subject, UUID announcementId) {
    AnnouncementHead head = gate.require(subject, announcementId);
    return table.plan(head.id()).orElse(defaults(head.mustRead()));
  }

  /**
   * Replaces the plan. A step whose time has already passed runs at the next poll, once; a step that
   * already ran does not run again.
   */
  @Transactional
  public ReminderPlan setPlan(Subject subject, UUID announcementId, ReminderPlan plan) {
    AnnouncementHead head = gate.require(subject, announcementId);
    ReminderPlan checked = check(plan);
    table.savePlan(head.id(), checked, subject.personId(), clock.instant());
    return checked;
  }

  public static ReminderPlan defaults(boolean mustRead) {
    return mustRead ? ReminderPlan.MUST_READ_DEFAULT : ReminderPlan.NONE;
  }

  /** The plan with its hours in ascending order, or 400 {@code announce.reminders-invalid}. */
  static ReminderPlan check(ReminderPlan plan) {
    List<Integer> hours = plan.afterHours().stream().distinct().sorted().toList();
    boolean valid = hours.size() <= ReminderPlan.MAX_REMINDERS
        && hours.size() == plan.afterHours().size()
        && hours.stream().allMatch(Reminders::inRange)
        && (plan.escalateAfterHours() == null || inRange(plan.escalateAfterHours()));
    if (!valid) {
      throw DomainException.badRequest(
          "announce.reminders-invalid",
          "Reminders are at most " + ReminderPlan.MAX_REMINDERS
              + " different times, each from 1 to " + ReminderPlan.MAX_HOURS
              + " hours after publication.");
    }
    return new ReminderPlan(hours, plan.escalateAfterHours());
  }

  private static boolean inRange(Integer hours) {
    return hours >= 1 && hours <= ReminderPlan.MAX_HOURS;
  }

  private static void requirePublished(AnnouncementHead head) {
    if (!head.state().equals("PUBLISHED")) {
      throw DomainException.conflict(
          "announce.not-published", "Only a published announcement can be reminded of.");
    }
  }
}
