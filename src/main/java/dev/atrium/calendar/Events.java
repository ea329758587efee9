package dev.atrium.calendar;

import dev.atrium.access.ResourceAccess;
import dev.atrium.access.Subject;
import dev.atrium.access.Viewer;
import dev.atrium.calendar.internal.BusyTable;
import dev.atrium.calendar.internal.CalendarAudience;
import dev.atrium.calendar.internal.CalendarRow;
import dev.atrium.calendar.internal.CalendarStream;
import dev.atrium.calendar.internal.CalendarsTable;
import dev.atrium.calendar.internal.EventPages;
import dev.atrium.calendar.internal.EventProposals;
import dev.atrium.calendar.internal.EventRow;
import dev.atrium.calendar.internal.EventRules;
import dev.atrium.calendar.internal.EventVisibility;
import dev.atrium.calendar.internal.EventVisibility.Seen;
import dev.atrium.calendar.internal.EventsTable;
import dev.atrium.calendar.internal.Invitees;
import dev.atrium.calendar.internal.Recurrences;
import dev.atrium.calendar.internal.RoomBookings;
import dev.atrium.calendar.internal.RoomLapsed;
import dev.atrium.calendar.internal.Series;
import dev.atrium.calendar.internal.SeriesSplit;
import dev.atrium.files.StoredFile;
import dev.atrium.files.StoredFiles;
import dev.atrium.org.PersonRef;
import dev.atrium.realtime.Frame;
import dev.atrium.realtime.RealtimeGateway;
import dev.atrium.shared.AfterCommit;
import dev.atrium.shared.DomainException;
import dev.atrium.shared.Ids;
import dev.atrium.shared.RichDocument;
import dev.atrium.task.TaskCalendar;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Events: created, changed and cancelled by the editors of their calendar, seen in full by its
 * readers, by the organiser and by the attendees, and as busy time only by those holding free/busy,
 * and by readers when the event is private. One that a person may not see at all answers 404.
 * Every write takes the calendar's row lock first and lands on its stream.
 */
@Service
public class Events {

  /** The owner kind of files hung on events. */
  public static final String FILE_OWNER = "calendar.event";

  /** The longest window one query reads (a year's view and some). */
  static final Duration MAX_WINDOW = Duration.ofDays(400);

  static final int MAX_WINDOW_CALENDARS = 100;

  static final int DESCRIPTION_BYTES = 256 * 1024;

  private final CalendarsTable calendars;
  private final EventsTable events;
  private final BusyTable busyTable;
  private final Calendars calendarService;
  private final CalendarStream stream;
  private final CalendarAudience audience;
  private final Invitees invitees;
  private final RoomBookings rooms;
  private final EventProposals proposals;
  private final EventPages pages;
  private final EventVisibility visibility;
  private final ResourceAccess resources;
  private final StoredFiles files;
  private final RealtimeGateway gateway;
  private final TaskCalendar tasks;
  private final ApplicationEventPublisher publisher;
  private final ObjectMapper json;
  private final Clock clock;

  Events(
      CalendarsTable calendars,
      EventsTable events,
      BusyTable busyTable,
      Calendars calendarService,
      CalendarStream stream,
      CalendarAudience audience,
      Invitees invitees,
      RoomBookings rooms,
      EventProposals proposals,
      EventPages pages,
      EventVisibility visibility,
      ResourceAccess resources,
      StoredFiles files,
      RealtimeGateway gateway,
      TaskCalendar tasks,
      ApplicationEventPublisher publisher,
      ObjectMapper json,
      Clock clock) {
    this.calendars = calendars;
    this.events = events;
    this.busyTable = busyTable;
    this.calendarService = calendarService;
    this.stream = stream;
    this.audience = audience;
    this.invitees = invitees;
    this.rooms = rooms;
    this.proposals = proposals;
    this.pages = pages;
    this.visibility = visibility;
    this.resources = resources;
    this.files = files;
    this.gateway = gateway;
    this.tasks = tasks;
    this.publisher = publisher;
    this.json = json;
    this.clock = clock;
  }

  /**
   * The event as the reader may see it; for a recurring one, the occurrence originally starting at
   * {@code occurrence} (as its override changed it, if it was), or the series itself when none is named.
   */
  @Transactional(readOnly = true)
  public EventDetail get(Subject subject, UUID eventId, @Nullable Instant occurrence) {
    EventRow row = events.find(eventId).orElseThrow(Events::notFound);
    if (row.parentId() != null) {
      return get(subject, row.parentId(), row.recurrenceId());
    }
    Seen seen = seen(resources.viewer(subject), row);
    if (!row.recurring() || occurrence == null) {
      return detail(seen, row, row, null, subject.personId());
    }
    EventRow override = events.override(row.id(), occurrence).orElse(null);
    if (override != null) {
      return detail(seen, row, override, occurrence, subject.personId());
    }
    Series series = row.series(overridesOf(row.id()));
    if (!series.occursAt(occurrence)) {
      throw notFound();
    }
    Series one =
        Series.of(null, occurrence, series.endOf(occurrence), series.zone(), series.allDay());
    return detail(
        seen,
        row,
        row.withTiming(one).withSequence(row.sequence()),
        occurrence,
        subject.personId());
  }

  /** Creates an event on a calendar I may edit; its attendees are invited, its room booked. */
  @Transactional
  public EventDetail create(Subject subject, UUID calendarId, WriteEvent command) {
    CalendarRow calendar = editable(subject, calendarId);
    UUID id = Ids.newId();
    Draft draft = draft(command, List.of());
    pages.check(subject, command.docPageId());
    Set<UUID> people = invitees.people(subject.personId(), orEmpty(command.attendees()));
    Instant now = now();
    EventRow row = written(
        new EventRow(
            id,
            calendar.id(),
            id + "@atrium",
            "",
            null,
            "",
            "",
            null,
            false,
            command.start(),
            command.end(),
            "UTC",
            null,
            List.of(),
            null,
            null,
            null,
            EventStatus.CONFIRMED,
            false,
            subject.personId(),
            subject.personId(),
            List.of(),
            "[]",
            null,
            null,
            0),
        draft,
        command);
    row = row.withTiming(timing(command, draft));
    events.insert(row, now);
    attach(subject, id, command, List.of(), draft);
    if (!draft.attachments.equals(row.attachments())) {
      row = row.withAttachments(draft.attachments);
      events.update(row, now);
    }
    events.addAttendees(id, subject.personId(), people, now);
    book(row);
    changed(calendar.id(), id, people, false);
    publisher.publishEvent(new EventScheduled(id, calendar.id(), subject.personId(), people));
    return get(subject, id, null);
  }

  /**
   * Changes an event (its calendar's editors): a single event whole; a recurring one's occurrence
   * ({@code THIS}), that occurrence and the later ones ({@code FOLLOWING}, split off as a series of
   * their own) or all ({@link SeriesSplit}). The organiser stays; the people invited become those
   * the change names, who keep their answers unless the time moved.
   */
  @Transactional
  public EventDetail update(
      Subject subject,
      UUID eventId,
      EditScope scope,
      @Nullable Instant occurrence,
      WriteEvent command) {
    EventRow found = lockedEditable(subject, eventId);
    EventRow row = found.parentId() == null ? found : series(found);
    Instant seen = found.parentId() == null ? occurrence : found.recurrenceId();
    Draft draft = draft(command, attachmentsOf(found.attachments()));
    // a page already linked stays, even for an editor who may not read it
    if (!Objects.equals(command.docPageId(), found.docPageId())) {
      pages.check(subject, command.docPageId());
    }
    attach(subject, found.id(), command, attachmentsOf(found.attachments()), draft);
    EventRow edited = written(row, draft, command);
    Instant now = now();
    Set<UUID> people;
    boolean timeChanged;
    UUID shown = row.id();
    // what the editor changed is told against what they saw: the series, or the occurrence's row
    EventRow seenRow = row;
    Instant occurrenceChanged = null;
    int sequence = row.sequence() + 1;
    if (!row.recurring()) {
      EventRow next = edited.withTiming(timing(command, draft)).withSequence(row.sequence() + 1);
      timeChanged = !sameTime(row, next);
      events.update(next, now);
      people = reinvite(row, command, timeChanged);
      book(next);
    } else {
      Series series = row.series(overridesOf(row.id()));
      String rule = recurrence(command);
      SeriesSplit.Change change = SeriesSplit.edit(
          series,
          scope,
          seen,
          new SeriesSplit.Timing(
              command.start(), command.end(), draft.zone, command.allDayEvent(), rule));
      Instant was = seen == null ? row.startAt() : seen;
      timeChanged = !was.equals(command.start())
          || !series.endOf(was).equals(command.end())
          || !(change instanceof SeriesSplit.WriteOverride) && !sameRule(row.rrule(), rule);
      switch (change) {
        case SeriesSplit.WriteOverride write -> {
          EventRow before = events.override(row.id(), write.occurrence()).orElse(null);
          seenRow = before == null ? row : before;
          if (before != null) {
            // an occurrence already changed apart moves from its own time, not its original one
            timeChanged = !before.startAt().equals(command.start())
                || !before.endAt().equals(command.end())
                || before.allDay() != command.allDayEvent();
          }
          occurrenceChanged = write.occurrence();
          EventRow override = edited
              .as(
                  before == null ? Ids.newId() : before.id(),
                  row.uid(),
                  row.id(),
                  write.occurrence())
              .withTiming(Series.of(
                  null, command.start(), command.end(), draft.zone, command.allDayEvent()))
              .withSequence(before == null ? 0 : before.sequence() + 1);
          if (before == null) {
            events.insert(override, now);
          } else {
            events.update(override, now);
          }
          events.update(row.withSequence(row.sequence() + 1), now);
          people = attendeesOf(row.id());
          book(row);
        }
        case SeriesSplit.UpdateSeries update -> {
          EventRow next = edited.withTiming(update.series()).withSequence(row.sequence() + 1);
          events.update(next, now);
          update.moved().forEach((from, to) -> events.moveOverride(row.id(), from, row.id(), to));
          events.deleteOverrides(row.id(), update.dropped());
          people = reinvite(row, command, timeChanged);
          book(next);
        }
        case SeriesSplit.SplitSeries split -> {
          EventRow before = row.withTiming(split.before()).withSequence(row.sequence() + 1);
          events.update(before, now);
          UUID id = Ids.newId();
          EventRow following = edited
              .as(id, id + "@atrium", null, null)
              .withTiming(split.following())
              .withSequence(0);
          events.insert(following, now);
          split.moved().forEach((from, to) -> events.moveOverride(row.id(), from, id, to));
          events.deleteOverrides(row.id(), split.dropped());
          people = invitees.people(row.organizerId(), orEmpty(command.attendees()));
          events.addAttendees(id, row.organizerId(), people, now);
          book(before);
          book(following);
          shown = id;
          sequence = following.sequence();
          changed(row.calendarId(), row.id(), attendeesOf(row.id()), false);
          // the series now ends earlier; its people hear of the following part, not of this
          publisher.publishEvent(new EventChanged(
              row.id(),
              row.calendarId(),
              subject.personId(),
              attendeesOf(row.id()),
              false,
              false,
              false,
              null,
              before.sequence()));
        }
        case SeriesSplit.CancelSeries cancel ->
          throw new IllegalStateException("SeriesSplit.edit never cancels");
      }
    }
    changed(row.calendarId(), shown, people, false);
    publisher.publishEvent(new EventChanged(
        shown,
        row.calendarId(),
        subject.personId(),
        people,
        timeChanged,
        !Objects.equals(seenRow.location(), edited.location())
            || !Objects.equals(seenRow.roomId(), edited.roomId()),
        !seenRow.title().equals(edited.title()),
        occurrenceChanged,
        sequence));
    return get(subject, shown, scope == EditScope.THIS && row.recurring() ? seen : null);
  }

  /**
   * Cancels an event (its calendar's editors): a single one, or a recurring one's occurrence, that
   * occurrence and the later ones, or all ({@link SeriesSplit}). What is cancelled leaves every
   * view, its room is freed and its attendees are told.
   */
  @Transactional
  public void cancel(Subject subject, UUID eventId, EditScope scope, @Nullable Instant occurrence) {
    EventRow found = lockedEditable(subject, eventId);
    EventRow row = found.parentId() == null ? found : series(found);
    Instant seen = found.parentId() == null ? occurrence : found.recurrenceId();
    Set<UUID> people = attendeesOf(row.id());
    Instant now = now();
    SeriesSplit.Change change = SeriesSplit.cancel(row.series(overridesOf(row.id())), scope, seen);
    if (change instanceof SeriesSplit.UpdateSeries update) {
      EventRow next = row.withTiming(update.series()).withSequence(row.sequence() + 1);
      events.update(next, now);
      events.deleteOverrides(row.id(), update.dropped());
      book(next);
      changed(row.calendarId(), row.id(), people, false);
      publisher.publishEvent(new EventCancelled(
          row.id(),
          row.calendarId(),
          subject.personId(),
          people,
          scope == EditScope.THIS ? seen : null));
      return;
    }
    events.update(row.cancelled(), now);
    events.cancelOverrides(row.id());
    rooms.release(row.id());
    changed(row.calendarId(), row.id(), people, true);
    publisher.publishEvent(
        new EventCancelled(row.id(), row.calendarId(), subject.personId(), people, null));
  }

  /**
   * Moves an event to another calendar (as Outlook and Feishu do), for whoever may edit both: a
   * series moves whole, its changed occurrences with it. It keeps its id, uid, attendees and their
   * answers, room bookings, reminders and files; its visibility follows the new calendar. Both
   * calendars are locked in id order; the old one's followers see it leave, the new one's see it
   * come. A room's calendar is no target: a room is booked, not moved onto.
   */
  @Transactional
  public EventDetail move(Subject subject, UUID eventId, UUID calendarId) {
    EventRow peek = events.find(eventId).orElseThrow(Events::notFound);
    UUID seriesId = peek.parentId() == null ? peek.id() : peek.parentId();
    new TreeSet<>(List.of(peek.calendarId(), calendarId)).forEach(calendars::lock);
    EventRow row = events.find(seriesId).orElseThrow(Events::notFound);
    if (!row.calendarId().equals(peek.calendarId())) {
      // moved meanwhile by another writer: its calendar now is locked late, out of order (rare;
      // PostgreSQL's deadlock detection answers the worst case)
      calendars.lock(row.calendarId());
    }
    Viewer viewer = resources.viewer(subject);
    if (!seen(viewer, row).editable()) {
      throw cannotEdit();
    }
    CalendarRow target = calendars
        .view(calendarId, viewer)
        .filter(c -> c.rank() > 0)
        .orElseThrow(Calendars::notFound);
    if (!target.editable()) {
      throw cannotEdit();
    }
    if (target.kind() == CalendarKind.ROOM) {
      throw DomainException.badRequest(
          "calendar.move-to-room", "An event cannot move onto a room's calendar; book the room.");
    }
    if (row.status() == EventStatus.CANCELLED) {
      throw DomainException.conflict("calendar.event-cancelled", "This event is cancelled.");
    }
    UUID from = row.calendarId();
    if (from.equals(calendarId)) {
      return get(subject, seriesId, null);
    }
    if (events.holdsUid(calendarId, row.uid())) {
      throw DomainException.conflict(
          "calendar.event-uid-taken", "That calendar already holds this event (the same UID).");
    }
    events.moveToCalendar(seriesId, calendarId, now());
    Set<UUID> people = attendeesOf(seriesId);
    changed(from, seriesId, people, true);
    changed(calendarId, seriesId, people, false);
    publisher.publishEvent(new EventMoved(seriesId, from, calendarId, subject.personId()));
    return get(subject, seriesId, null);
  }

  /**
   * What these calendars (all I may see when none is named) hold in [from, to), as I may see it, and
   * my tasks due then. With my personal calendar come the events I am invited to elsewhere, unless I
   * declined them.
   */
  @Transactional(readOnly = true)
  public CalendarWindow window(
      Subject subject, List<UUID> calendarIds, Instant from, Instant to, ZoneId zone) {
    if (!to.isAfter(from)) {
      throw DomainException.badRequest("calendar.window-invalid", "A window ends after it starts.");
    }
    if (Duration.between(from, to).compareTo(MAX_WINDOW) > 0) {
      throw new DomainException(
          HttpStatus.BAD_REQUEST,
          "calendar.window-too-long",
          "A window spans at most 400 days.",
          Map.of("maxDays", MAX_WINDOW.toDays()));
    }
    Viewer viewer = resources.viewer(subject);
    List<CalendarRow> asked = calendarIds.isEmpty()
        ? calendars.listed(viewer).stream().filter(CalendarRow::visible).toList()
        : asked(viewer, calendarIds);
    Map<UUID, CalendarRow> byId = new LinkedHashMap<>();
    asked.forEach(c -> byId.put(c.id(), c));
    List<EventRow> rows = new ArrayList<>(events.inWindow(byId.keySet(), from, to));
    UUID personal = calendars.personalOf(subject.personId()).orElse(null);
    String invitedColor = personal == null || !byId.containsKey(personal)
        ? null
        : Calendars.info(byId.get(personal), subject.personId()).color();
    if (invitedColor != null) {
      List<EventRow> invited = events.attendedInWindow(subject.personId(), byId.keySet(), from, to);
      rows.addAll(invited);
      Set<UUID> others = new HashSet<>();
      invited.forEach(e -> others.add(e.calendarId()));
      calendars.views(others, viewer).forEach(c -> byId.putIfAbsent(c.id(), c));
    }
    Set<UUID> keys = new HashSet<>();
    rows.forEach(r -> keys.add(r.parentId() == null ? r.id() : r.parentId()));
    Map<UUID, EventResponse> mine = events.responses(subject.personId(), keys);
    Map<UUID, Map<Instant, EventResponse>> mineOnce = new HashMap<>();
    busyTable
        .occurrenceAnswers(keys, List.of(subject.personId()))
        .forEach(a -> mineOnce
            .computeIfAbsent(a.eventId(), k -> new HashMap<>())
            .put(a.occurrence(), a.response()));
    Map<UUID, String> roomNames = events.roomNames(
        rows.stream().map(EventRow::roomId).filter(Objects::nonNull).toList());
    Map<UUID, List<Instant>> overrides = events.overrideStarts(
        rows.stream().filter(EventRow::recurring).map(EventRow::id).toList());
    List<Occurrence> occurrences = new ArrayList<>();
    for (EventRow row : rows) {
      CalendarRow calendar = byId.get(row.calendarId());
      if (calendar == null) {
        continue;
      }
      UUID key = row.parentId() == null ? row.id() : row.parentId();
      EventResponse response = mine.get(key);
      Seen seen = EventVisibility.seen(calendar.rank(), response, row, subject.personId());
      String color = asked.contains(calendar)
          ? Calendars.info(calendar, subject.personId()).color()
          : Objects.requireNonNull(invitedColor);
      String room = seen.busyOnly() || row.roomId() == null ? null : roomNames.get(row.roomId());
      // my answer to one occurrence, where I gave one, before my answer to the series
      Map<Instant, EventResponse> once = mineOnce.getOrDefault(key, Map.of());
      if (!row.recurring()) {
        EventResponse shown =
            row.recurrenceId() == null ? response : once.getOrDefault(row.recurrenceId(), response);
        occurrences.add(occurrence(
            row, seen, key, row.recurrenceId(), row.startAt(), row.endAt(), room, shown, color));
        continue;
      }
      Series series = row.series(overrides.getOrDefault(row.id(), List.of()));
      for (Instant start : series.starts(from, to)) {
        occurrences.add(occurrence(
            row,
            seen,
            key,
            start,
            start,
            series.endOf(start),
            room,
            once.getOrDefault(start, response),
            color));
      }
    }
    occurrences.sort(Comparator.comparing(Occurrence::start)
        .thenComparing(Occurrence::end, Comparator.reverseOrder())
        .thenComparing(Occurrence::eventId));
    return new CalendarWindow(occurrences, tasks.dueFor(subject.personId(), from, to));
  }

  private static Occurrence occurrence(
      EventRow row,
      Seen seen,
      UUID eventId,
      @Nullable Instant occurrence,
      Instant start,
      Instant end,
      @Nullable String room,
      @Nullable EventResponse response,
      String color) {
    return new Occurrence(
        eventId,
        row.calendarId(),
        occurrence,
        start,
        end,
        row.allDay(),
        seen.busyOnly() ? null : row.title(),
        seen.busyOnly() ? null : row.location(),
        room,
        seen.busyOnly(),
        row.isPrivate(),
        occurrence != null,
        row.status(),
        response,
        color);
  }

  private List<CalendarRow> asked(Viewer viewer, List<UUID> calendarIds) {
    Set<UUID> ids = new LinkedHashSet<>(calendarIds);
    if (ids.size() > MAX_WINDOW_CALENDARS) {
      throw new DomainException(
          HttpStatus.BAD_REQUEST,
          "calendar.too-many-calendars",
          "A window shows at most " + MAX_WINDOW_CALENDARS + " calendars.",
          Map.of("max", MAX_WINDOW_CALENDARS));
    }
    List<CalendarRow> rows =
        calendars.views(ids, viewer).stream().filter(c -> c.rank() > 0).toList();
    if (rows.size() != ids.size()) {
      throw Calendars.notFound();
    }
    return rows;
  }

  private Seen seen(Viewer viewer, EventRow row) {
    return visibility.seen(viewer, row).orElseThrow(Events::notFound);
  }

  /**
   * The detail of {@code row}: the event itself, or one occurrence of {@code series} (its override
   * row, or the series timed at {@code occurrence}).
   */
  private EventDetail detail(
      Seen seen, EventRow series, EventRow row, @Nullable Instant occurrence, UUID me) {
    boolean busy = seen.busyOnly();
    List<EventsTable.AttendeeRow> attendees =
        busy ? List.of() : attendeesAt(series, row, occurrence);
    EventResponse mine = attendees.stream()
        .filter(a -> a.personId().equals(me))
        .map(EventsTable.AttendeeRow::response)
        .findFirst()
        .orElse(seen.response());
    Set<UUID> ids = new LinkedHashSet<>();
    ids.add(row.organizerId());
    attendees.forEach(a -> ids.add(a.personId()));
    Map<UUID, PersonRef> people = invitees.refs(ids);
    PersonRef organizer = people.getOrDefault(
        row.organizerId(), new PersonRef(row.organizerId(), "", "", false, true, List.of()));
    List<EventAttendee> shown = new ArrayList<>();
    for (EventsTable.AttendeeRow a : attendees) {
      PersonRef person = people.get(a.personId());
      if (person != null) {
        shown.add(
            new EventAttendee(person, a.response(), a.note(), a.respondedAt(), a.forOccurrence()));
      }
    }
    UUID roomId = busy ? null : row.roomId();
    RoomBookings.Booking booking =
        roomId == null ? null : rooms.bookingOf(series.id(), row.startAt());
    boolean open = row.status() == EventStatus.CONFIRMED;
    return new EventDetail(
        series.id(),
        row.calendarId(),
        calendars.name(row.calendarId()).orElse(""),
        busy ? null : row.title(),
        busy || row.description() == null ? null : json.readTree(row.description()),
        busy ? null : row.location(),
        roomId,
        roomId == null ? null : events.roomNames(List.of(roomId)).get(roomId),
        booking == null ? null : booking.state().name(),
        row.allDay(),
        row.startAt(),
        row.endAt(),
        row.timeZone(),
        busy ? null : series.rrule(),
        row.isPrivate(),
        busy,
        row.status(),
        organizer,
        shown,
        busy ? List.of() : row.reminders(),
        busy ? null : row.docPageId(),
        busy ? List.of() : attachmentsOf(row.attachments()),
        busy || row.source() == null ? null : json.readValue(row.source(), EventSource.class),
        series.recurring(),
        occurrence,
        mine,
        new EventCapabilities(
            open && seen.editable(),
            open && seen.editable(),
            open && seen.attendee() && !seen.organizer()),
        row.sequence(),
        busy
            ? List.of()
            : proposals.of(series.id(), seen.organizer() || seen.editable() ? null : me));
  }

  /**
   * Who is invited to what the detail shows, with their answers to it: an occurrence's own
   * attendees when it was changed apart with some, else the series' with each one's answer to
   * that occurrence where they gave one (docs/calendar.md, "Answers").
   */
  private List<EventsTable.AttendeeRow> attendeesAt(
      EventRow series, EventRow row, @Nullable Instant occurrence) {
    if (row.parentId() != null) {
      List<EventsTable.AttendeeRow> own = events.attendees(row.id());
      if (!own.isEmpty()) {
        return own;
      }
    }
    return events.attendees(series.id(), occurrence);
  }

  /** The calendar locked until commit, if I may edit it: 404 when I may not see it, 403 when only see. */
  private CalendarRow editable(Subject subject, UUID calendarId) {
    if (!calendars.lock(calendarId)) {
      throw Calendars.notFound();
    }
    CalendarRow calendar = calendars
        .view(calendarId, resources.viewer(subject))
        .filter(c -> c.rank() > 0)
        .orElseThrow(Calendars::notFound);
    if (!calendar.editable()) {
      throw cannotEdit();
    }
    return calendar;
  }

  /** The event, its calendar locked until commit, if I may edit it; a cancelled one is not changed again. */
  private EventRow lockedEditable(Subject subject, UUID eventId) {
    EventRow found = events.find(eventId).orElseThrow(Events::notFound);
    calendars.lock(found.calendarId());
    // re-read under the calendar's lock: a concurrent change may have landed meanwhile
    EventRow row = events.find(eventId).orElseThrow(Events::notFound);
    Seen seen = seen(resources.viewer(subject), row);
    if (!seen.editable()) {
      throw cannotEdit();
    }
    if (row.status() == EventStatus.CANCELLED) {
      throw DomainException.conflict("calendar.event-cancelled", "This event is cancelled.");
    }
    return row;
  }

  /** A written event's fields, checked, before anything is stored. */
  private static final class Draft {
    String title = "";

    @Nullable
    String description;

    String descriptionText = "";
    String location = "";
    ZoneId zone = ZoneId.of("UTC");
    List<Integer> reminders = List.of();
    String attachments = "[]";

    @Nullable
    String source;
  }

  private Draft draft(WriteEvent command, List<EventAttachment> held) {
    Draft d = new Draft();
    d.title = EventRules.title(command.title());
    d.location = EventRules.location(command.location());
    d.zone = Calendars.zoneId(command.timeZone());
    EventRules.times(command.start(), command.end(), command.allDayEvent(), d.zone);
    if (command.description() != null && !command.description().isNull()) {
      RichDocument.Checked checked = RichDocument.check(
          json,
          command.description(),
          DESCRIPTION_BYTES,
          "calendar.event-description-too-long",
          "calendar.event-description-invalid");
      d.description = checked.json();
      d.descriptionText = checked.text();
    }
    d.reminders = EventRules.reminders(orEmpty(command.reminders()));
    d.source = command.source() == null ? null : json.writeValueAsString(command.source());
    d.attachments = json.writeValueAsString(held);
    return d;
  }

  /** The row with what the writer sent (but its timing, which {@link #timing} or the split decides). */
  private static EventRow written(EventRow base, Draft d, WriteEvent command) {
    return new EventRow(
        base.id(),
        base.calendarId(),
        base.uid(),
        d.title,
        d.description,
        d.descriptionText,
        d.location,
        command.roomId(),
        base.allDay(),
        base.startAt(),
        base.endAt(),
        base.timeZone(),
        base.rrule(),
        base.exdates(),
        base.seriesEnd(),
        base.parentId(),
        base.recurrenceId(),
        base.status(),
        command.privateEvent(),
        base.organizerId(),
        base.creatorId(),
        d.reminders,
        d.attachments,
        command.docPageId(),
        d.source,
        base.sequence());
  }

  /** A single event's or a new series' timing as written, its rule checked against its start. */
  private static Series timing(WriteEvent command, Draft d) {
    String rule = recurrence(command);
    return Series.of(
        rule == null
            ? null
            : Recurrences.validate(rule, command.start(), d.zone, command.allDayEvent()),
        command.start(),
        command.end(),
        d.zone,
        command.allDayEvent());
  }

  private static @Nullable String recurrence(WriteEvent command) {
    String rule = command.recurrence();
    return rule == null || rule.isBlank() ? null : rule.strip();
  }

  private static boolean sameRule(@Nullable String stored, @Nullable String written) {
    if (stored == null || written == null) {
      return stored == null && written == null;
    }
    return Recurrences.validate(stored).equals(Recurrences.validate(written));
  }

  private static boolean sameTime(EventRow a, EventRow b) {
    return a.startAt().equals(b.startAt())
        && a.endAt().equals(b.endAt())
        && a.allDay() == b.allDay()
        && a.timeZone().equals(b.timeZone())
        && sameRule(a.rrule(), b.rrule());
  }

  /** The series an override row belongs to. */
  private EventRow series(EventRow override) {
    return events.find(Objects.requireNonNull(override.parentId())).orElseThrow(Events::notFound);
  }

  private List<Instant> overridesOf(UUID seriesId) {
    return events.overrideStarts(List.of(seriesId)).getOrDefault(seriesId, List.of());
  }

  /** Hangs my new uploads on the event and keeps what it shows of each, in the order asked. */
  private void attach(
      Subject subject, UUID eventId, WriteEvent command, List<EventAttachment> held, Draft d) {
    List<UUID> wanted = orEmpty(command.attachmentFileIds()).stream().distinct().toList();
    Map<UUID, EventAttachment> byId = new LinkedHashMap<>();
    held.forEach(a -> byId.put(a.id(), a));
    List<UUID> fresh = wanted.stream().filter(id -> !byId.containsKey(id)).toList();
    if (!fresh.isEmpty()) {
      for (StoredFile file : files.attach(subject, fresh, FILE_OWNER, eventId)) {
        byId.put(
            file.id(),
            new EventAttachment(file.id(), file.name(), file.size(), file.contentType()));
      }
    }
    d.attachments = json.writeValueAsString(
        wanted.stream().map(byId::get).filter(Objects::nonNull).toList());
  }

  private List<EventAttachment> attachmentsOf(String stored) {
    return List.of(json.readValue(stored, EventAttachment[].class));
  }

  /**
   * Makes the invited people those the change names (the organiser always among them): newcomers
   * are asked to answer, those left out are dropped, the rest keep their answers. Answers the
   * people invited now.
   */
  private Set<UUID> reinvite(EventRow row, WriteEvent command, boolean timeChanged) {
    if (timeChanged) {
      events.askAgain(row.id(), row.organizerId());
    }
    Set<UUID> wanted = invitees.people(row.organizerId(), orEmpty(command.attendees()));
    Set<UUID> before = attendeesOf(row.id());
    Set<UUID> dropped = new HashSet<>(before);
    dropped.removeAll(wanted);
    events.removeAttendees(row.id(), dropped);
    // those invited before keep their rows and answers; only newcomers are added
    events.addAttendees(row.id(), row.organizerId(), wanted, now());
    return wanted;
  }

  private Set<UUID> attendeesOf(UUID eventId) {
    Set<UUID> people = new LinkedHashSet<>();
    events.attendees(eventId).forEach(a -> people.add(a.personId()));
    return people;
  }

  /**
   * Books a series' room for its occurrences that came within the rooms' horizon since it last
   * booked (the hourly {@code RoomRoll}), under its calendar's lock as any write; those another
   * meeting holds by then are left out, and its organiser is told. Answers how many were left out.
   */
  @Transactional
  public int rollRoomForward(UUID eventId) {
    EventRow row = events.find(eventId).orElse(null);
    if (row == null || !calendars.lock(row.calendarId())) {
      return 0;
    }
    row = events.find(eventId).orElse(null);
    if (row == null
        || row.roomId() == null
        || !row.recurring()
        || row.status() != EventStatus.CONFIRMED) {
      return 0;
    }
    Instant now = now();
    Instant horizon = now.plus(RoomBookings.HORIZON);
    Instant from = rooms.bookedUntil(eventId).filter(now::isBefore).orElse(now);
    Series series = row.series(overridesOf(row.id()));
    List<RoomBookings.Period> periods = series.starts(from, horizon).stream()
        .map(start -> new RoomBookings.Period(start, series.endOf(start)))
        .toList();
    int lapsed = rooms.extend(row.id(), row.roomId(), periods, horizon);
    if (lapsed > 0) {
      publisher.publishEvent(new RoomLapsed(row.id(), row.roomId(), lapsed));
    }
    return lapsed;
  }

  /**
   * Books the event's room for each of its occurrences (those within the rooms' horizon), or gives
   * up what it held when it has none; a taken room refuses the whole write.
   */
  private void book(EventRow row) {
    if (row.roomId() == null) {
      rooms.release(row.id());
      return;
    }
    List<RoomBookings.Period> periods = new ArrayList<>();
    if (!row.recurring()) {
      periods.add(new RoomBookings.Period(row.startAt(), row.endAt()));
    } else {
      Instant now = now();
      Instant from = row.startAt().isAfter(now) ? row.startAt() : now;
      Series series = row.series(overridesOf(row.id()));
      for (Instant start : series.starts(from, now.plus(RoomBookings.HORIZON))) {
        periods.add(new RoomBookings.Period(start, series.endOf(start)));
      }
      for (EventRow override : events.overrides(row.id())) {
        if (override.status() == EventStatus.CONFIRMED && override.endAt().isAfter(from)) {
          periods.add(new RoomBookings.Period(override.startAt(), override.endAt()));
        }
      }
    }
    rooms.book(row.id(), row.roomId(), periods);
  }

  /**
   * An answer changed what the series' detail shows: who follows its calendar and its attendees
   * refetch it, so everyone looking at it sees the answer at once.
   */
  void answered(UUID calendarId, UUID seriesId) {
    changed(calendarId, seriesId, attendeesOf(seriesId), false);
  }

  /**
   * Tells who follows the calendar, on its stream, and the attendees who do not follow it, by a
   * frame of their own after commit: both refetch.
   */
  private void changed(UUID calendarId, UUID eventId, Collection<UUID> attendees, boolean removed) {
    stream.append(
        calendarId,
        removed
            ? new CalendarStreamEvent.EventRemovedEntry(eventId)
            : new CalendarStreamEvent.EventChangedEntry(eventId));
    Set<UUID> others = new LinkedHashSet<>(attendees);
    others.removeAll(audience.audience(calendarId));
    if (!others.isEmpty()) {
      ObjectNode payload = json.createObjectNode();
      payload.put("eventId", eventId.toString());
      AfterCommit.run(() -> gateway.send(others, new Frame.Signal("calendar.changed", payload)));
    }
  }

  static DomainException notFound() {
    return DomainException.notFound("calendar.event-not-found", "No such event.");
  }

  private static DomainException cannotEdit() {
    return DomainException.forbidden(
        "calendar.cannot-edit", "Only the calendar's editors may change its events.");
  }

  private static <T> List<T> orEmpty(@Nullable List<T> list) {
    return list == null ? List.of() : list;
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
