package dev.atrium.task;

import dev.atrium.access.Subject;
import dev.atrium.announce.AnnouncementTasks;
import dev.atrium.shared.DomainException;
import dev.atrium.shared.Text;
import dev.atrium.task.internal.LinksTable;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The task an announcement carries, planned by its author before publication (the announcement
 * editor); {@code AnnouncementTaskDelivery} gives it to every recipient when it is published.
 */
@Service
public class AnnouncementTaskPlans {

  private final AnnouncementTasks announcements;
  private final LinksTable links;
  private final Clock clock;

  AnnouncementTaskPlans(AnnouncementTasks announcements, LinksTable links, Clock clock) {
    this.announcements = announcements;
    this.links = links;
    this.clock = clock;
  }

  /** The announcement's task, for whoever may see the announcement (404 {@code task.plan-not-found} when it has none). */
  @Transactional(readOnly = true)
  public AnnouncementTaskPlan get(Subject subject, UUID announcementId) {
    announcements.mayPlan(subject, announcementId);
    return links
        .announcementTask(announcementId)
        .map(t -> new AnnouncementTaskPlan(t.title(), t.dueAt(), t.allDay(), t.timeZone()))
        .orElseThrow(AnnouncementTaskPlans::none);
  }

  /**
   * Gives the announcement a task, or changes it: its editors may, until it is published (403
   * {@code task.plan-closed} after). Refused: an empty or too long title, an unknown time zone.
   */
  @Transactional
  public AnnouncementTaskPlan plan(
      Subject subject, UUID announcementId, AnnouncementTaskPlan plan) {
    open(subject, announcementId);
    String title = Text.name(plan.title()).strip();
    if (title.isEmpty()) {
      throw DomainException.badRequest("task.title-empty", "A task needs a title.");
    }
    if (title.codePointCount(0, title.length()) > Tasks.MAX_TITLE) {
      throw new DomainException(
          HttpStatus.BAD_REQUEST,
          "task.title-too-long",
          "A task's title is at most " + Tasks.MAX_TITLE + " characters.",
          Map.of("max", Tasks.MAX_TITLE));
    }
    String zone;
    try {
      zone = plan.timeZone() == null || plan.timeZone().isBlank()
          ? "UTC"
          : ZoneId.of(plan.timeZone().strip()).getId();
    } catch (DateTimeException e) {
      throw DomainException.badRequest(
          "task.time-zone-invalid", "The time zone is not one of the IANA database's.");
    }
    boolean allDay = Boolean.TRUE.equals(plan.allDay());
    links.saveAnnouncementTask(
        new LinksTable.AnnouncementTask(
            announcementId, subject.personId(), title, plan.dueAt(), allDay, zone),
        clock.instant().truncatedTo(ChronoUnit.MICROS));
    return new AnnouncementTaskPlan(title, plan.dueAt(), allDay, zone);
  }

  /** Takes the task off the announcement, until it is published; none is no error. */
  @Transactional
  public void drop(Subject subject, UUID announcementId) {
    open(subject, announcementId);
    links.deleteAnnouncementTask(announcementId);
  }

  private void open(Subject subject, UUID announcementId) {
    if (!announcements.mayPlan(subject, announcementId)) {
      throw DomainException.forbidden(
          "task.plan-closed",
          "Only the announcement's editors may give it a task, and only before it is published.");
    }
  }

  private static DomainException none() {
    return DomainException.notFound("task.plan-not-found", "This announcement carries no task.");
  }
}
