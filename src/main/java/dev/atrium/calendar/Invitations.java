package dev.atrium.calendar;

import dev.atrium.access.Subject;
import dev.atrium.calendar.CalendarStreamEvent.EventChangedEntry;
import dev.atrium.calendar.internal.AnswersTable;
import dev.atrium.calendar.internal.AnswersTable.Answerable;
import dev.atrium.calendar.internal.AnswersTable.Pending;
import dev.atrium.calendar.internal.AnswersTable.ProposalRow;
import dev.atrium.calendar.internal.CalendarStream;
import dev.atrium.calendar.internal.CalendarsTable;
import dev.atrium.calendar.internal.EventProposals;
import dev.atrium.calendar.internal.Recurrences;
import dev.atrium.org.OrgDirectory;
import dev.atrium.org.PersonRef;
import dev.atrium.shared.DomainException;
import dev.atrium.shared.Ids;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attendees' side of an event (docs/calendar.md, "Invitations, free/busy and reminders"): answering
 * an invitation, for the whole event or one occurrence; proposing another time; the invitations
 * waiting for my answer. Each write appends {@code event.changed} to the event's calendar stream,
 * so the organiser sees it live (an answer also signals the attendees who do not follow that
 * calendar, whose open detail shows everyone's answers), and publishes its event for the notices.
 */
@Service
public class Invitations {

  /** A note on an answer or a proposal holds at most this many characters. */
  public static final int NOTE_MAX = 500;

  private static final int PENDING_MAX = 100;

  private final AnswersTable answers;
  private final EventProposals proposals;
  private final Events events;
  private final CalendarsTable calendars;
  private final CalendarStream stream;
  private final OrgDirectory directory;
  private final ApplicationEventPublisher publisher;
  private final Clock clock;

  Invitations(
      AnswersTable answers,
      EventProposals proposals,
      Events events,
      CalendarsTable calendars,
      CalendarStream stream,
      OrgDirectory directory,
      ApplicationEventPublisher publisher,
      Clock clock) {
    this.answers = answers;
    this.proposals = proposals;
    this.events = events;
    this.calendars = calendars;
    this.stream = stream;
    this.directory = directory;
    this.publisher = publisher;
    this.clock = clock;
  }

  /**
   * Answers for the signed-in attendee and answers the event as they now see it. An answer to one
   * occurrence of a series is kept beside the series answer (or on the occurrence's own row when
   * it was changed apart); answering the series leaves earlier answers to single occurrences.
   */
  @Transactional
  public EventDetail answer(Subject subject, UUID eventId, AnswerEvent command) {
    if (command.response() == EventResponse.NEEDS_ACTION) {
      throw DomainException.badRequest(
          "calendar.response-invalid", "An answer accepts, is tentative or declines.");
    }
    String note = note(command.note());
    Answerable event = attended(subject, eventId, command.occurrence());
    if (event.organizerId().equals(subject.personId())) {
      throw DomainException.badRequest(
          "calendar.answer-by-organizer", "The organiser attends their own event.");
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    UUID me = subject.personId();
    calendars.lock(event.calendarId());
    Instant occurrence = command.occurrence();
    String rrule = event.rrule();
    UUID seriesId = event.parentId();
    Instant original = event.recurrenceId();
    if (occurrence != null && rrule != null) {
      checkOccurrence(event, rrule, occurrence);
      Optional<Answerable> override = answers
          .override(event.id(), occurrence)
          .flatMap(answers::answerable)
          .filter(Answerable::hasAttendees);
      if (override.isPresent()) {
        answers.answer(override.get().id(), me, command.response(), note, now);
      } else {
        answers.answerOccurrence(event.id(), me, occurrence, command.response(), note, now);
      }
    } else if (seriesId != null && original != null && !event.hasAttendees()) {
      // an occurrence changed apart that kept its series' attendees: answer it as an occurrence
      answers.answerOccurrence(seriesId, me, original, command.response(), note, now);
      occurrence = original;
    } else {
      answers.answer(event.id(), me, command.response(), note, now);
      occurrence = original;
    }
    events.answered(event.calendarId(), seriesId == null ? event.id() : seriesId);
    publisher.publishEvent(new EventAnswered(
        event.id(),
        event.calendarId(),
        event.organizerId(),
        me,
        command.response(),
        note,
        occurrence,
        now));
    return events.get(subject, eventId, command.occurrence());
  }

  /** Keeps an attendee's proposal of another time and tells the organiser. */
  @Transactional
  public EventProposal propose(Subject subject, UUID eventId, ProposeTime command) {
    if (!command.end().isAfter(command.start())) {
      throw DomainException.badRequest("calendar.end-before-start", "The end is before the start.");
    }
    String note = note(command.note());
    Answerable event = attended(subject, eventId, command.occurrence());
    if (event.organizerId().equals(subject.personId())) {
      throw DomainException.badRequest(
          "calendar.proposal-by-organizer", "The organiser changes the time instead.");
    }
    String rrule = event.rrule();
    Instant occurrence = command.occurrence();
    if (occurrence != null && rrule != null) {
      checkOccurrence(event, rrule, occurrence);
    }
    calendars.lock(event.calendarId());
    ProposalRow row = new ProposalRow(
        Ids.newId(),
        event.id(),
        subject.personId(),
        rrule == null ? null : occurrence,
        command.start(),
        command.end(),
        note,
        clock.instant().truncatedTo(ChronoUnit.MICROS));
    answers.propose(row);
    stream.append(event.calendarId(), new EventChangedEntry(event.id()));
    publisher.publishEvent(
        new TimeProposed(row.id(), event.id(), event.organizerId(), subject.personId()));
    return proposals.shown(List.of(row)).getFirst();
  }

  /** My invitations waiting for an answer. */
  @Transactional(readOnly = true)
  public CalendarInvitations pending(Subject subject) {
    List<Pending> pending = answers.pending(subject.personId(), clock.instant(), PENDING_MAX);
    Map<UUID, PersonRef> organizers =
        people(pending.stream().map(Pending::organizerId).toList());
    List<CalendarInvitation> shown = new ArrayList<>();
    for (Pending row : pending) {
      PersonRef organizer = organizers.get(row.organizerId());
      if (organizer != null) {
        shown.add(new CalendarInvitation(
            row.eventId(),
            row.calendarId(),
            row.title(),
            row.location(),
            row.allDay(),
            row.start(),
            row.end(),
            row.timeZone(),
            row.recurring(),
            organizer));
      }
    }
    return new CalendarInvitations(shown);
  }

  /**
   * The event the subject is invited to (for an occurrence changed apart, to its series); 404 when
   * they may not see it or only its free/busy, 403 {@code calendar.not-invited} when they may read
   * it but are not invited.
   */
  private Answerable attended(Subject subject, UUID eventId, @Nullable Instant occurrence) {
    Answerable event = answers.answerable(eventId).orElseThrow(Invitations::notFound);
    UUID invitedTo =
        event.parentId() != null && !event.hasAttendees() ? event.parentId() : event.id();
    if (!answers.invited(invitedTo, subject.personId())) {
      // who sees only that the time is taken learns nothing more of the event here either
      if (events.get(subject, eventId, occurrence).busyOnly()) {
        throw notFound();
      }
      throw DomainException.forbidden("calendar.not-invited", "You are not invited to this event.");
    }
    if (event.cancelled()) {
      throw DomainException.conflict("calendar.event-cancelled", "The event was cancelled.");
    }
    return event;
  }

  private static DomainException notFound() {
    return DomainException.notFound("calendar.event-not-found", "No such event.");
  }

  private static void checkOccurrence(Answerable series, String rrule, Instant occurrence) {
    List<Instant> starts = Recurrences.starts(
        rrule,
        series.start(),
        ZoneId.of(series.timeZone()),
        series.allDay(),
        series.exdates(),
        occurrence,
        occurrence.plusSeconds(1));
    if (!starts.contains(occurrence)) {
      throw DomainException.badRequest(
          "calendar.occurrence-unknown", "The series has no occurrence starting then.");
    }
  }

  private static String note(@Nullable String note) {
    String stripped = note == null ? "" : note.strip();
    if (stripped.length() > NOTE_MAX) {
      throw DomainException.badRequest(
          "calendar.note-too-long", "A note holds at most 500 characters.");
    }
    return stripped;
  }

  private Map<UUID, PersonRef> people(List<UUID> ids) {
    return ids.stream()
        .distinct()
        .map(directory::find)
        .flatMap(Optional::stream)
        .collect(Collectors.toMap(PersonRef::id, Function.identity()));
  }
}
