package dev.atrium.calendar;

import dev.atrium.access.Access;
import dev.atrium.access.Grant;
import dev.atrium.access.Grantee;
import dev.atrium.access.Permission;
import dev.atrium.access.ResourceAccess;
import dev.atrium.access.Scope;
import dev.atrium.access.Subject;
import dev.atrium.calendar.internal.CalendarResources;
import dev.atrium.calendar.internal.RoomDecided;
import dev.atrium.calendar.internal.RoomsTable;
import dev.atrium.calendar.internal.RoomsTable.Pending;
import dev.atrium.org.OrgDirectory;
import dev.atrium.org.PersonSummary;
import dev.atrium.shared.DomainException;
import dev.atrium.shared.Ids;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meeting rooms (docs/calendar.md, "Rooms"): everyone searches them; administrators (who manage
 * settings) add, change and archive them; each has a calendar of kind ROOM whose managers approve
 * the bookings of rooms that need approval. Bookings themselves are written by {@code Events}
 * through {@code internal.RoomBookings}.
 */
@Service
public class Rooms {

  /** A search's time may span at most this long, as a calendar window may. */
  static final Duration LONGEST_SEARCH = Duration.ofDays(400);

  static final int MAX_EQUIPMENT = 20;
  static final int MAX_EQUIPMENT_LENGTH = 40;

  private final RoomsTable rooms;
  private final Access access;
  private final ResourceAccess resources;
  private final OrgDirectory directory;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Rooms(
      RoomsTable rooms,
      Access access,
      ResourceAccess resources,
      OrgDirectory directory,
      ApplicationEventPublisher events,
      Clock clock) {
    this.rooms = rooms;
    this.access = access;
    this.resources = resources;
    this.directory = directory;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Rooms seating enough people, in a building, with equipment, and whether each is free at the time
   * asked (pending bookings hold a room as confirmed ones do). Refused with 400
   * {@code calendar.room-search-invalid} when the time ends before it starts or spans over 400 days.
   */
  @Transactional(readOnly = true)
  public RoomList search(Subject subject, RoomSearch search) {
    if ((search.from() == null) != (search.to() == null)
        || search.from() != null
            && (!search.to().isAfter(search.from())
                || Duration.between(search.from(), search.to()).compareTo(LONGEST_SEARCH) > 0)) {
      throw DomainException.badRequest(
          "calendar.room-search-invalid",
          "Search a room with a start and an end after it, at most 400 days apart.");
    }
    List<String> equipment = equipment(search.equipment());
    String building = search.building() == null || search.building().isBlank()
        ? null
        : search.building().strip();
    RoomSearch normal = new RoomSearch(
        search.from(),
        search.to(),
        Math.max(search.capacity(), 0),
        building,
        equipment,
        search.free(),
        search.archived());
    return new RoomList(rooms.search(normal), mayManage(subject));
  }

  /** Adds a room and its calendar: everyone sees when it is busy; the administrator manages it. */
  @Transactional
  public Room create(Subject subject, WriteRoom write) {
    access.check(subject, Permission.SETTINGS_MANAGE, Scope.company());
    Instant now = clock.instant();
    Room room = checked(
        new Room(
            Ids.newId(),
            orEmpty(write.name()),
            orEmpty(write.building()),
            orEmpty(write.floor()),
            write.capacity() == null ? 0 : write.capacity(),
            write.equipment() == null ? List.of() : write.equipment(),
            Boolean.TRUE.equals(write.needsApproval()),
            Ids.newId(),
            false,
            null),
        null);
    rooms.insertCalendar(room.calendarId(), room.name(), subject.personId(), now);
    resources.put(
        CalendarResources.CALENDAR,
        room.calendarId(),
        new Grant(Grantee.of(Grantee.Kind.PERSON, subject.personId()), "manager"),
        subject.personId());
    resources.put(
        CalendarResources.CALENDAR,
        room.calendarId(),
        new Grant(Grantee.of(Grantee.Kind.COMPANY, null), "freebusy"),
        subject.personId());
    rooms.insert(room, now);
    return room;
  }

  /** Changes a room; fields left out keep their values. Archiving keeps its bookings. */
  @Transactional
  public Room update(Subject subject, UUID roomId, WriteRoom write) {
    access.check(subject, Permission.SETTINGS_MANAGE, Scope.company());
    Room old = rooms.find(roomId).orElseThrow(() -> unknown(roomId));
    Room room = checked(
        new Room(
            old.id(),
            write.name() == null ? old.name() : write.name(),
            write.building() == null ? old.building() : write.building(),
            write.floor() == null ? old.floor() : write.floor(),
            write.capacity() == null ? old.capacity() : write.capacity(),
            write.equipment() == null ? old.equipment() : write.equipment(),
            write.needsApproval() == null ? old.needsApproval() : write.needsApproval(),
            old.calendarId(),
            write.archived() == null ? old.archived() : write.archived(),
            null),
        roomId);
    Instant now = clock.instant();
    rooms.update(room, now);
    if (!room.name().equals(old.name())) {
      rooms.renameCalendar(room.calendarId(), room.name(), now);
    }
    return room;
  }

  /** Archives a room: out of search and new bookings; the meetings that booked it keep it. */
  @Transactional
  public void archive(Subject subject, UUID roomId) {
    update(subject, roomId, new WriteRoom(null, null, null, null, null, null, true));
  }

  /** The meetings waiting for the subject's approval of a room, soonest first. */
  @Transactional(readOnly = true)
  public RoomRequestList requests(Subject subject) {
    if (subject.guest()) {
      return new RoomRequestList(List.of());
    }
    List<Pending> pending = rooms.pendingFor(resources.viewer(subject), clock.instant());
    Map<UUID, String> names = names(pending);
    return new RoomRequestList(pending.stream().map(p -> request(p, names)).toList());
  }

  /** Confirms the meeting's pending bookings of the room (every occurrence of a series). */
  @Transactional
  public void approve(Subject subject, UUID bookingId) {
    decide(subject, bookingId, true);
  }

  /** Refuses the meeting's pending bookings of the room, which frees it for others. */
  @Transactional
  public void decline(Subject subject, UUID bookingId) {
    decide(subject, bookingId, false);
  }

  private void decide(Subject subject, UUID bookingId, boolean approved) {
    RoomsTable.BookingRef booking = rooms
        .booking(bookingId)
        .filter(b -> !subject.guest()
            && resources.may(
                resources.viewer(subject), "manage", CalendarResources.CALENDAR, b.calendarId()))
        .orElseThrow(() -> DomainException.notFound(
            "calendar.room-request-unknown", "There is no such room request for you to decide."));
    int changed = rooms.decide(
        booking.eventId(),
        booking.roomId(),
        approved ? "CONFIRMED" : "DECLINED",
        subject.personId(),
        clock.instant());
    if (changed == 0) {
      throw DomainException.conflict(
          "calendar.room-request-decided", "This room request has already been decided.");
    }
    events.publishEvent(
        new RoomDecided(booking.eventId(), booking.roomId(), approved, subject.personId()));
  }

  private boolean mayManage(Subject subject) {
    return access.can(subject, Permission.SETTINGS_MANAGE, Scope.company());
  }

  private Room checked(Room room, @Nullable UUID except) {
    String name = room.name().strip();
    if (name.isEmpty() || name.length() > 100) {
      throw DomainException.badRequest(
          "calendar.room-name-invalid", "A room's name has 1 to 100 characters.");
    }
    String building = room.building().strip();
    String floor = room.floor().strip();
    if (building.length() > 100 || floor.length() > 20) {
      throw DomainException.badRequest(
          "calendar.room-place-invalid",
          "A building has at most 100 characters and a floor at most 20.");
    }
    if (room.capacity() < 1 || room.capacity() > 10_000) {
      throw DomainException.badRequest(
          "calendar.room-capacity-invalid", "A room seats 1 to 10,000 people.");
    }
    if (!room.archived() && rooms.nameTaken(building, name, except)) {
      throw new DomainException(
          HttpStatus.CONFLICT,
          "calendar.room-name-taken",
          "Another room of this building has this name.",
          Map.of("name", name));
    }
    return new Room(
        room.id(),
        name,
        building,
        floor,
        room.capacity(),
        equipment(room.equipment()),
        room.needsApproval(),
        room.calendarId(),
        room.archived(),
        null);
  }

  /** Equipment as stored and matched: trimmed, lower case, each once, in the order given. */
  private static List<String> equipment(List<String> given) {
    List<String> items = given.stream()
        .map(item -> item.strip().toLowerCase(Locale.ROOT))
        .filter(item -> !item.isEmpty())
        .collect(Collectors.toCollection(LinkedHashSet::new))
        .stream()
        .toList();
    if (items.size() > MAX_EQUIPMENT
        || items.stream().anyMatch(item -> item.length() > MAX_EQUIPMENT_LENGTH)) {
      throw DomainException.badRequest(
          "calendar.room-equipment-invalid",
          "A room lists at most 20 pieces of equipment, each at most 40 characters.");
    }
    return items;
  }

  private Map<UUID, String> names(List<Pending> pending) {
    return directory
        .summaries(pending.stream().map(Pending::organizerId).distinct().toList())
        .stream()
        .collect(Collectors.toMap(PersonSummary::id, PersonSummary::name));
  }

  private static RoomRequest request(Pending p, Map<UUID, String> names) {
    return new RoomRequest(
        p.bookingId(),
        p.eventId(),
        p.roomId(),
        p.roomName(),
        p.isPrivate() ? null : p.title(),
        p.organizerId(),
        names.getOrDefault(p.organizerId(), ""),
        p.start(),
        p.end(),
        p.occurrences());
  }

  private static DomainException unknown(UUID roomId) {
    return new DomainException(
        HttpStatus.NOT_FOUND,
        "calendar.room-unknown",
        "There is no such meeting room.",
        Map.of("roomId", roomId));
  }

  private static String orEmpty(@Nullable String value) {
    return value == null ? "" : value;
  }
}
