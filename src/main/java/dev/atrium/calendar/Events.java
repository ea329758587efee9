package dev.atrium.calendar;

import dev.atrium.access.ResourceAccess;
import dev.atrium.access.Subject;
import dev.atrium.access.Viewer;
import dev.atrium.calendar.internal.CalendarAudience;
import dev.atrium.calendar.internal.CalendarRow;
import dev.atrium.calendar.internal.CalendarStream;
import dev.atrium.calendar.internal.CalendarsTable;
import dev.atrium.calendar.internal.EventProposals;
import dev.atrium.calendar.internal.EventRow;
import dev.atrium.calendar.internal.EventRules;
import dev.atrium.calendar.internal.EventVisibility;
import dev.atrium.calendar.internal.EventVisibility.Seen;
import dev.atrium.calendar.internal.EventsTable;
import dev.atrium.calendar.internal.Invitees;
import dev.atrium.calendar.internal.RoomBookings;
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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
  private final Calendars calendarService;
  private final CalendarStream stream;
  private final CalendarAudience audience;
  private final Invitees invitees;
  private final RoomBookings rooms;
  private final EventProposals proposals;
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
      Calendars calendarService,
      CalendarStream stream,
      CalendarAudience audience,
      Invitees invitees,
      RoomBookings rooms,
      EventProposals proposals,
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
    this.calendarService = calendarService;
    this.stream = stream;
    this.audience = audience;
    this.invitees = invitees;
    this.rooms = rooms;
    this.proposals = proposals;
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
   * {@code occurrence} (its first when none is named).
   */
  @Transactional(readOnly = true)
  public EventDetail get(Subject subject, UUID eventId, @Nullable Instant occurrence) {
    EventRow row = events.find(eventId).orElseThrow(Events::notFound);
    if (row.parentId() != null) {
      return get(subject, row.parentId(), row.recurrenceId());
    }
    Seen seen = seen(resources.viewer(subject), row);
    return detail(seen, row, subject.personId());
  }

  /** Creates an event on a calendar I may edit; its attendees are invited, its room booked. */
  @Transactional
  public EventDetail create(Subject subject, UUID calendarId, WriteEvent command) {
    CalendarRow calendar = editable(subject, calendarId);
    UUID id = Ids.newId();
    Draft draft = draft(subject, command, id, List.of());
    Instant now = now();
    EventRow row = new EventRow(
        id,
        calendar.id(),
        id + "@atrium",
        draft.title,
        draft.description,
        draft.descriptionText,
        draft.location,
        command.roomId(),
        command.allDay(),
        command.start(),
        command.end(),
        draft.zone.getId(),
        null,
        List.of(),
        null,
        null,
        null,
        EventStatus.CONFIRMED,
        command.isPrivate(),
        subject.personId(),
        subject.personId(),
        draft.reminders,
        draft.attachments,
        command.docPageId(),
        draft.source,
        0);
    events.insert(row, now);
    attach(subject, row.id(), command, List.of(), draft);
    if (!draft.attachments.equals(row.attachments())) {
      events.update(withAttachments(row, draft.attachments), now);
    }
    Set<UUID> people = invitees.people(subject.personId(), orEmpty(command.attendees()));
    for (UUID person : people) {
      boolean organizer = person.equals(subject.personId());
      events.addAttendee(
          id,
          person,
          organizer ? EventResponse.ACCEPTED : EventResponse.NEEDS_ACTION,
          organizer ? now : null);
    }
    book(row);
    changed(calendar.id(), id, people, false);
    publisher.publishEvent(new EventScheduled(id, calendar.id(), subject.personId(), people));
    return get(subject, id, null);
  }

  /**
   * Changes an event (its calendar's editors). The organiser stays; the people invited become those
   * the change names, who keep their answers unless the time moved.
   */
  @Transactional
  public EventDetail update(
      Subject subject,
      UUID eventId,
      EditScope scope,
      @Nullable Instant occurrence,
      WriteEvent command) {
    EventRow row = lockedEditable(subject, eventId);
    Draft draft = draft(subject, command, row.id(), attachmentsOf(row.attachments()));
    attach(subject, row.id(), command, attachmentsOf(row.attachments()), draft);
    boolean timeChanged = !row.startAt().equals(command.start())
        || !row.endAt().equals(command.end())
        || row.allDay() != command.allDay()
        || !row.timeZone().equals(draft.zone.getId());
    EventRow next = new EventRow(
        row.id(),
        row.calendarId(),
        row.uid(),
        draft.title,
        draft.description,
        draft.descriptionText,
        draft.location,
        command.roomId(),
        command.allDay(),
        command.start(),
        command.end(),
        draft.zone.getId(),
        row.rrule(),
        row.exdates(),
        row.seriesEnd(),
        row.parentId(),
        row.recurrenceId(),
        row.status(),
        command.isPrivate(),
        row.organizerId(),
        row.creatorId(),
        draft.reminders,
        draft.attachments,
        command.docPageId(),
        draft.source,
        row.sequence() + 1);
    Instant now = now();
    events.update(next, now);
    Set<UUID> people = reinvite(row, command);
    if (timeChanged) {
      events.askAgain(row.id(), row.organizerId());
    }
    if (next.roomId() == null) {
      rooms.release(row.id());
    } else {
      book(next);
    }
    changed(row.calendarId(), row.id(), people, false);
    publisher.publishEvent(
        new EventChanged(row.id(), row.calendarId(), subject.personId(), people, timeChanged));
    return get(subject, row.id(), null);
  }

  /** Cancels an event (its calendar's editors): it leaves every view, its room is freed, its attendees told. */
  @Transactional
  public void cancel(Subject subject, UUID eventId, EditScope scope, @Nullable Instant occurrence) {
    EventRow row = lockedEditable(subject, eventId);
    Set<UUID> people = attendeesOf(row.id());
    events.update(cancelled(row), now());
    rooms.release(row.id());
    changed(row.calendarId(), row.id(), people, true);
    publisher.publishEvent(
        new EventCancelled(row.id(), row.calendarId(), subject.personId(), people, null));
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
    Map<UUID, String> roomNames = events.roomNames(
        rows.stream().map(EventRow::roomId).filter(Objects::nonNull).toList());
    List<Occurrence> occurrences = new ArrayList<>();
    for (EventRow row : rows) {
      CalendarRow calendar = byId.get(row.calendarId());
      if (calendar == null || row.recurring()) {
        continue;
      }
      UUID key = row.parentId() == null ? row.id() : row.parentId();
      EventResponse response = mine.get(key);
      Seen seen = EventVisibility.seen(calendar.rank(), response, row, subject.personId());
      String color = asked.contains(calendar)
          ? Calendars.info(calendar, subject.personId()).color()
          : Objects.requireNonNull(invitedColor);
      occurrences.add(new Occurrence(
          key,
          row.calendarId(),
          row.recurrenceId(),
          row.startAt(),
          row.endAt(),
          row.allDay(),
          seen.busyOnly() ? null : row.title(),
          seen.busyOnly() ? null : row.location(),
          seen.busyOnly() || row.roomId() == null ? null : roomNames.get(row.roomId()),
          seen.busyOnly(),
          row.isPrivate(),
          row.parentId() != null,
          row.status(),
          response,
          color));
    }
    occurrences.sort(Comparator.comparing(Occurrence::start)
        .thenComparing(Occurrence::end, Comparator.reverseOrder())
        .thenComparing(Occurrence::eventId));
    return new CalendarWindow(occurrences, tasks.dueFor(subject.personId(), from, to));
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

  private EventDetail detail(Seen seen, EventRow row, UUID me) {
    boolean busy = seen.busyOnly();
    List<EventsTable.AttendeeRow> attendees = busy ? List.of() : events.attendees(row.id());
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
        shown.add(new EventAttendee(person, a.response(), a.note(), a.respondedAt()));
      }
    }
    UUID roomId = busy ? null : row.roomId();
    RoomBookings.Booking booking = roomId == null ? null : rooms.bookingOf(row.id(), row.startAt());
    boolean open = row.status() == EventStatus.CONFIRMED;
    return new EventDetail(
        row.id(),
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
        busy ? null : row.rrule(),
        row.isPrivate(),
        busy,
        row.status(),
        organizer,
        shown,
        busy ? List.of() : row.reminders(),
        busy ? null : row.docPageId(),
        busy ? List.of() : attachmentsOf(row.attachments()),
        busy || row.source() == null ? null : json.readValue(row.source(), EventSource.class),
        row.recurring(),
        null,
        seen.response(),
        new EventCapabilities(
            open && seen.editable(),
            open && seen.editable(),
            open && seen.attendee() && !seen.organizer()),
        row.sequence(),
        busy ? List.of() : proposals.of(row.id(), seen.organizer() || seen.editable() ? null : me));
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

  private Draft draft(
      Subject subject, WriteEvent command, UUID eventId, List<EventAttachment> held) {
    Draft d = new Draft();
    d.title = EventRules.title(command.title());
    d.location = EventRules.location(command.location());
    d.zone = Calendars.zoneId(command.timeZone());
    EventRules.times(command.start(), command.end(), command.allDay(), d.zone);
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
  private Set<UUID> reinvite(EventRow row, WriteEvent command) {
    Set<UUID> wanted = invitees.people(row.organizerId(), orEmpty(command.attendees()));
    Set<UUID> before = attendeesOf(row.id());
    Set<UUID> dropped = new HashSet<>(before);
    dropped.removeAll(wanted);
    events.removeAttendees(row.id(), dropped);
    for (UUID person : wanted) {
      if (!before.contains(person)) {
        events.addAttendee(row.id(), person, EventResponse.NEEDS_ACTION, null);
      }
    }
    return wanted;
  }

  private Set<UUID> attendeesOf(UUID eventId) {
    Set<UUID> people = new LinkedHashSet<>();
    events.attendees(eventId).forEach(a -> people.add(a.personId()));
    return people;
  }

  /** Books the event's room for its time; a taken room refuses the whole write. */
  private void book(EventRow row) {
    if (row.roomId() != null) {
      rooms.book(
          row.id(), row.roomId(), List.of(new RoomBookings.Period(row.startAt(), row.endAt())));
    }
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

  private static EventRow cancelled(EventRow row) {
    return new EventRow(
        row.id(),
        row.calendarId(),
        row.uid(),
        row.title(),
        row.description(),
        row.descriptionText(),
        row.location(),
        null,
        row.allDay(),
        row.startAt(),
        row.endAt(),
        row.timeZone(),
        row.rrule(),
        row.exdates(),
        row.seriesEnd(),
        row.parentId(),
        row.recurrenceId(),
        EventStatus.CANCELLED,
        row.isPrivate(),
        row.organizerId(),
        row.creatorId(),
        row.reminders(),
        row.attachments(),
        row.docPageId(),
        row.source(),
        row.sequence() + 1);
  }

  private static EventRow withAttachments(EventRow row, String attachments) {
    return new EventRow(
        row.id(),
        row.calendarId(),
        row.uid(),
        row.title(),
        row.description(),
        row.descriptionText(),
        row.location(),
        row.roomId(),
        row.allDay(),
        row.startAt(),
        row.endAt(),
        row.timeZone(),
        row.rrule(),
        row.exdates(),
        row.seriesEnd(),
        row.parentId(),
        row.recurrenceId(),
        row.status(),
        row.isPrivate(),
        row.organizerId(),
        row.creatorId(),
        row.reminders(),
        attachments,
        row.docPageId(),
        row.source(),
        row.sequence());
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
