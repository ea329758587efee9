package dev.atrium.calendar.internal;

import dev.atrium.calendar.EventAnswered;
import dev.atrium.calendar.EventCancelled;
import dev.atrium.calendar.EventChanged;
import dev.atrium.calendar.EventScheduled;
import dev.atrium.calendar.EventStatus;
import dev.atrium.calendar.TimeProposed;
import dev.atrium.calendar.internal.EventRemindersTable.Head;
import dev.atrium.calendar.internal.EventRemindersTable.Job;
import dev.atrium.notify.NoticeGrouping;
import dev.atrium.notify.NoticeKinds;
import dev.atrium.notify.NoticeRequest;
import dev.atrium.notify.NoticeText;
import dev.atrium.notify.Notices;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Calendar's notices (docs/calendar.md, "Invitations, free/busy and reminders"), told to the
 * event's attendees (who may always see it) and never to whoever did it: invitations, changes of
 * time, place or title, cancellations and, to the organiser, answers and proposed times, from
 * durable listeners after calendar's commit; reminders from {@link CalendarReminders}, in the
 * transaction that claims them. Every notice is keyed, so a replay tells no one twice.
 */
@Component
public class CalendarNotices {

  static final String INVITED = "calendar.invited";
  static final String CHANGED = "calendar.changed";
  static final String CANCELLED = "calendar.cancelled";
  static final String ANSWERED = "calendar.answered";
  static final String PROPOSED = "calendar.proposed";
  static final String REMINDER = "calendar.reminder";

  /** How far ahead a changed series looks for the next occurrence to name. */
  private static final Duration NEXT_WITHIN = Duration.ofDays(366);

  private final Notices notices;
  private final EventRemindersTable table;
  private final AnswersTable answers;
  private final EventsTable events;
  private final Clock clock;

  CalendarNotices(
      Notices notices,
      EventRemindersTable table,
      AnswersTable answers,
      EventsTable events,
      Clock clock) {
    this.notices = notices;
    this.table = table;
    this.answers = answers;
    this.events = events;
    this.clock = clock;
  }

  @Bean
  static NoticeKinds calendarNoticeKinds() {
    return new NoticeKinds(
        "calendar", List.of(INVITED, CHANGED, CANCELLED, ANSWERED, PROPOSED, REMINDER));
  }

  /** The attendees but the organiser. */
  @ApplicationModuleListener
  void on(EventScheduled event) {
    table
        .head(event.eventId())
        .filter(head -> !head.cancelled())
        .ifPresent(head -> invite(head, event.attendees(), event.organizerId()));
  }

  /**
   * People the change invited hear of the invitation (the others were invited already: the key
   * tells no one twice). When the time, the place or the title changed, everyone else hears what
   * it is now: the sentence names the main change (time before place before title) and its params
   * carry the new time and place; other edits (description, reminders, files) tell no one. Once
   * per change, keyed by the event's version.
   */
  @ApplicationModuleListener
  void on(EventChanged event) {
    Head head = table.head(event.eventId()).orElse(null);
    if (head == null || head.cancelled()) {
      return;
    }
    invite(head, event.attendees(), event.actorId());
    if (!event.timeChanged() && !event.placeChanged() && !event.titleChanged()) {
      return;
    }
    EventRow now = event.occurrence() == null
        ? events.find(head.id()).orElse(null)
        : events.override(head.id(), event.occurrence()).orElse(null);
    if (now == null || now.status() == EventStatus.CANCELLED) {
      return;
    }
    String place = place(now);
    String key = event.timeChanged()
        ? "calendarNotices.moved"
        : event.placeChanged()
            ? place.isEmpty() ? "calendarNotices.place-removed" : "calendarNotices.place-changed"
            : "calendarNotices.renamed";
    publish(
        CHANGED,
        head,
        event.attendees(),
        event.actorId(),
        NoticeText.of(key, changeParams(now, place)),
        event.occurrence(),
        event.timeChanged() && event.placeChanged() && !place.isEmpty()
            ? NoticeText.of("calendarNotices.where", Map.of("place", place))
            : null,
        new NoticeGrouping.Once("calendar.changed:" + head.id() + ":" + event.sequence()));
  }

  /**
   * What a change notice tells of the event as it now is: its title, its time (a series': its
   * next occurrence) with what the client needs to show it, and its place (room and location).
   */
  private Map<String, String> changeParams(EventRow row, String place) {
    Instant start = row.startAt();
    Instant end = row.endAt();
    if (row.recurring()) {
      Series series =
          row.series(events.overrideStarts(List.of(row.id())).getOrDefault(row.id(), List.of()));
      Instant from = clock.instant();
      List<Instant> next = series.starts(from, from.plus(NEXT_WITHIN));
      if (!next.isEmpty()) {
        start = next.getFirst();
        end = series.endOf(start);
      }
    }
    return Map.of(
        "title", row.title(),
        "start", start.toString(),
        "end", end.toString(),
        "allDay", String.valueOf(row.allDay()),
        "timeZone", row.timeZone(),
        "place", place);
  }

  /** The people who were invited; an occurrence's cancellation names its day. */
  @ApplicationModuleListener
  void on(EventCancelled event) {
    table
        .head(event.eventId())
        .ifPresent(head -> publish(
            CANCELLED,
            head,
            event.attendees(),
            event.actorId(),
            event.occurrence() == null
                ? NoticeText.of("calendarNotices.cancelled", Map.of("title", head.title()))
                : NoticeText.of(
                    "calendarNotices.occurrence-cancelled",
                    Map.of(
                        "title", head.title(), "occurrence", event.occurrence().toString())),
            event.occurrence(),
            null,
            new NoticeGrouping.Once("calendar.cancelled:" + head.id() + ":"
                + (event.occurrence() == null ? "all" : event.occurrence().toEpochMilli()))));
  }

  /** The organiser, with the note as the second line; each answer once. */
  @ApplicationModuleListener
  void on(EventAnswered event) {
    table
        .head(event.eventId())
        .ifPresent(head -> publish(
            ANSWERED,
            head,
            Set.of(event.organizerId()),
            event.personId(),
            NoticeText.of(
                "calendarNotices." + event.response().name().toLowerCase(Locale.ROOT),
                Map.of("title", head.title())),
            event.occurrence(),
            event.note().isEmpty() ? null : NoticeText.verbatim(event.note()),
            new NoticeGrouping.Once("calendar.answered:" + head.id() + ":" + event.personId() + ":"
                + event.answeredAt().toEpochMilli())));
  }

  /** The organiser, with the proposer's note. */
  @ApplicationModuleListener
  void on(TimeProposed event) {
    var proposal = answers.proposal(event.proposalId()).orElse(null);
    Head head = table.head(event.eventId()).orElse(null);
    if (proposal == null || head == null || head.cancelled()) {
      return;
    }
    publish(
        PROPOSED,
        head,
        Set.of(event.organizerId()),
        event.personId(),
        NoticeText.of(
            "calendarNotices.proposed",
            Map.of(
                "title", head.title(),
                "start", proposal.start().toString(),
                "end", proposal.end().toString())),
        proposal.occurrence(),
        proposal.note().isEmpty() ? null : NoticeText.verbatim(proposal.note()),
        new NoticeGrouping.Once("calendar.proposed:" + proposal.id()));
  }

  /** The event's room and location as one line, as its detail shows them; empty when it has neither. */
  private String place(EventRow row) {
    UUID roomId = row.roomId();
    String room = roomId == null ? null : events.roomNames(List.of(roomId)).get(roomId);
    return Stream.of(room, row.location())
        .filter(part -> part != null && !part.isBlank())
        .collect(Collectors.joining(" · "));
  }

  /** A step of {@link CalendarReminders}: "«title» starts in 15 minutes", once per occurrence and reminder. */
  void remind(Job job, Set<UUID> people) {
    Head head = table.head(job.eventId()).orElse(null);
    if (head == null) {
      return;
    }
    int minutes = job.minutes();
    String key;
    Map<String, String> params = new HashMap<>();
    params.put("title", head.title());
    if (minutes == 0) {
      key = "calendarNotices.reminder-now";
    } else if (minutes % 1440 == 0) {
      key = "calendarNotices.reminder-days";
      params.put("count", String.valueOf(minutes / 1440));
    } else if (minutes % 60 == 0) {
      key = "calendarNotices.reminder-hours";
      params.put("count", String.valueOf(minutes / 60));
    } else {
      key = "calendarNotices.reminder-minutes";
      params.put("count", String.valueOf(minutes));
    }
    publish(
        REMINDER,
        head,
        people,
        null,
        NoticeText.of(key, params),
        head.recurring() ? job.occurrence() : null,
        null,
        new NoticeGrouping.Once("calendar.reminder:" + head.id() + ":"
            + job.occurrence().toEpochMilli() + ":" + minutes));
  }

  private void invite(Head head, Set<UUID> attendees, UUID actorId) {
    publish(
        INVITED,
        head,
        attendees,
        actorId,
        NoticeText.of("calendarNotices.invited", Map.of("title", head.title())),
        null,
        null,
        new NoticeGrouping.Once("calendar.invited:" + head.id()));
  }

  private void publish(
      String kind,
      Head head,
      Set<UUID> people,
      @Nullable UUID actorId,
      NoticeText title,
      @Nullable Instant occurrence,
      @Nullable NoticeText text,
      NoticeGrouping grouping) {
    Set<UUID> told = new LinkedHashSet<>(people);
    if (actorId != null) {
      told.remove(actorId);
    }
    if (told.isEmpty()) {
      return;
    }
    notices.publish(new NoticeRequest(
        kind,
        told,
        actorId == null ? Set.of() : Set.of(actorId),
        actorId == null ? List.of() : List.of(actorId),
        title,
        text,
        null,
        link(head.id(), occurrence),
        null,
        grouping,
        Set.of()));
  }

  /** The event's page in the web client, at the occurrence when it is about one. */
  static String link(UUID eventId, @Nullable Instant occurrence) {
    return "/calendar/events/" + eventId + (occurrence == null ? "" : "?occurrence=" + occurrence);
  }
}
