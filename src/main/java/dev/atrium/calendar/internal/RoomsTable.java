package dev.atrium.calendar.internal;

import dev.atrium.access.Viewer;
import dev.atrium.access.Visibility;
import dev.atrium.calendar.Room;
import dev.atrium.calendar.RoomSearch;
import dev.atrium.shared.data.Timestamps;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rooms ({@code calendar.room}) and the questions about their bookings the rooms API asks. */
@Repository
public class RoomsTable {

  private static final String COLUMNS =
      "r.id, r.name, r.building, r.floor, r.capacity, r.equipment, r.needs_approval,"
          + " r.calendar_id, r.archived";

  private final JdbcClient jdbc;

  RoomsTable(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * One statement whatever the number of rooms: the filters on the room row, and per room one probe
   * of the bookings' GiST index for the time asked (bench/Calendar: 200 rooms).
   */
  public List<Room> search(RoomSearch search) {
    Instant from = search.from();
    Instant to = search.to();
    boolean timed = from != null && to != null;
    String free = timed
        ? "not exists (select 1 from calendar.room_booking b where b.room_id = r.id"
            + " and b.state <> 'DECLINED' and b.period && tstzrange(:from, :to))"
        : "null::boolean";
    String sql = "select * from (select " + COLUMNS + ", " + free + " as free from calendar.room r"
        + " where (:archived or not r.archived) and r.capacity >= :capacity"
        + " and (cast(:building as text) is null or r.building = :building)"
        + " and r.equipment @> cast(:equipment as text[])) r"
        + (timed && search.free() ? " where r.free" : "")
        + " order by r.archived, r.building, r.floor, r.name, r.id";
    var statement = jdbc.sql(sql)
        .param("archived", search.archived())
        .param("capacity", search.capacity())
        .param("building", search.building())
        .param("equipment", textArray(search.equipment()));
    if (from != null && to != null) {
      statement = statement.param("from", Timestamps.at(from)).param("to", Timestamps.at(to));
    }
    return statement.query((rs, n) -> room(rs)).list();
  }

  public Optional<Room> find(UUID id) {
    return jdbc.sql(
            "select " + COLUMNS + ", null::boolean as free from calendar.room r where r.id = :id")
        .param("id", id)
        .query((rs, n) -> room(rs))
        .optional();
  }

  /** Whether a room in use other than {@code except} has this name in this building. */
  public boolean nameTaken(String building, String name, @Nullable UUID except) {
    return jdbc.sql("""
            select exists (select 1 from calendar.room
              where building = :building and lower(name) = lower(:name) and not archived
                and id is distinct from :except)""")
        .param("building", building)
        .param("name", name)
        .param("except", except)
        .query(Boolean.class)
        .single();
  }

  public void insert(Room room, Instant now) {
    jdbc.sql("""
            insert into calendar.room (id, name, building, floor, capacity, equipment,
              needs_approval, calendar_id, archived, created_at, updated_at)
            values (:id, :name, :building, :floor, :capacity, cast(:equipment as text[]),
              :approval, :calendar, false, :now, :now)""")
        .param("id", room.id())
        .param("name", room.name())
        .param("building", room.building())
        .param("floor", room.floor())
        .param("capacity", room.capacity())
        .param("equipment", textArray(room.equipment()))
        .param("approval", room.needsApproval())
        .param("calendar", room.calendarId())
        .param("now", Timestamps.at(now))
        .update();
  }

  public void update(Room room, Instant now) {
    jdbc.sql("""
            update calendar.room set name = :name, building = :building, floor = :floor,
              capacity = :capacity, equipment = cast(:equipment as text[]),
              needs_approval = :approval, archived = :archived, updated_at = :now
            where id = :id""")
        .param("id", room.id())
        .param("name", room.name())
        .param("building", room.building())
        .param("floor", room.floor())
        .param("capacity", room.capacity())
        .param("equipment", textArray(room.equipment()))
        .param("approval", room.needsApproval())
        .param("archived", room.archived())
        .param("now", Timestamps.at(now))
        .update();
  }

  /** A room's calendar, kind ROOM, named after it; {@code ownerId} is the administrator who added it. */
  public void insertCalendar(UUID id, String name, UUID ownerId, Instant now) {
    jdbc.sql("""
            insert into calendar.calendar (id, name, kind, owner_id, color, time_zone,
              created_at, updated_at)
            values (:id, :name, 'ROOM', :owner, 'cyan', 'UTC', :now, :now)""")
        .param("id", id)
        .param("name", name)
        .param("owner", ownerId)
        .param("now", Timestamps.at(now))
        .update();
  }

  public void renameCalendar(UUID id, String name, Instant now) {
    jdbc.sql("update calendar.calendar set name = :name, updated_at = :now where id = :id")
        .param("id", id)
        .param("name", name)
        .param("now", Timestamps.at(now))
        .update();
  }

  /** A pending request: the event's pending bookings of one room, led by its earliest. */
  public record Pending(
      UUID bookingId,
      UUID eventId,
      UUID roomId,
      String roomName,
      UUID calendarId,
      String title,
      boolean isPrivate,
      UUID organizerId,
      Instant start,
      Instant end,
      int occurrences) {}

  /**
   * The requests waiting on rooms whose calendar the viewer manages, for occurrences not over yet,
   * soonest first; one statement (the viewer's rooms come from their grants).
   */
  public List<Pending> pendingFor(Viewer viewer, Instant now) {
    String managed = Visibility.grantedIds(CalendarResources.CALENDAR, "manager");
    return viewer
        .bind(jdbc.sql(PENDING + " and r.calendar_id in " + managed + GROUPED)
            .param("now", Timestamps.at(now)))
        .query((rs, n) -> pending(rs))
        .list();
  }

  /** The request the booking belongs to, if the booking exists. */
  public Optional<Pending> requestOf(UUID bookingId, Instant now) {
    return jdbc.sql(PENDING
            + " and (b.event_id, b.room_id) = (select event_id, room_id from calendar.room_booking"
            + " where id = :booking)" + GROUPED)
        .param("booking", bookingId)
        .param("now", Timestamps.at(now))
        .query((rs, n) -> pending(rs))
        .optional();
  }

  /** The booking's room and event, whatever its state. */
  public record BookingRef(UUID eventId, UUID roomId, UUID calendarId, String state) {}

  public Optional<BookingRef> booking(UUID bookingId) {
    return jdbc.sql("""
            select b.event_id, b.room_id, r.calendar_id, b.state
            from calendar.room_booking b join calendar.room r on r.id = b.room_id
            where b.id = :id""")
        .param("id", bookingId)
        .query((rs, n) -> new BookingRef(
            rs.getObject("event_id", UUID.class),
            rs.getObject("room_id", UUID.class),
            rs.getObject("calendar_id", UUID.class),
            rs.getString("state")))
        .optional();
  }

  /**
   * Decides every pending booking of the event in the room at once: approvers answer a meeting, not
   * each of a series' occurrences. Answers how many it changed (0 when another approver was first).
   */
  public int decide(UUID eventId, UUID roomId, String state, UUID by, Instant now) {
    return jdbc.sql("""
            update calendar.room_booking set state = :state, decided_by = :by, decided_at = :now
            where event_id = :event and room_id = :room and state = 'PENDING'""")
        .param("state", state)
        .param("by", by)
        .param("now", Timestamps.at(now))
        .param("event", eventId)
        .param("room", roomId)
        .update();
  }

  /** What a notice about a request needs: the meeting's title (null when private) and organiser, the room. */
  public record RequestFacts(
      String title, boolean isPrivate, UUID organizerId, String roomName, UUID calendarId) {}

  public Optional<RequestFacts> facts(UUID eventId, UUID roomId) {
    return jdbc.sql("""
            select e.title, e.private, e.organizer_id, r.name, r.calendar_id
            from calendar.event e, calendar.room r where e.id = :event and r.id = :room""")
        .param("event", eventId)
        .param("room", roomId)
        .query((rs, n) -> new RequestFacts(
            rs.getString("title"),
            rs.getBoolean("private"),
            rs.getObject("organizer_id", UUID.class),
            rs.getString("name"),
            rs.getObject("calendar_id", UUID.class)))
        .optional();
  }

  private static final String PENDING = """
      select (array_agg(b.id order by b.occurrence_start))[1] as booking_id, b.event_id, b.room_id,
        r.name as room_name, r.calendar_id, e.title, e.private, e.organizer_id,
        min(lower(b.period)) as first_start,
        (array_agg(upper(b.period) order by b.occurrence_start))[1] as first_end,
        count(*) as occurrences
      from calendar.room_booking b
      join calendar.room r on r.id = b.room_id
      join calendar.event e on e.id = b.event_id
      where b.state = 'PENDING' and upper(b.period) > :now""";

  private static final String GROUPED = """

      group by b.event_id, b.room_id, r.name, r.calendar_id, e.title, e.private, e.organizer_id
      order by first_start, b.event_id""";

  private static Pending pending(ResultSet rs) throws SQLException {
    return new Pending(
        rs.getObject("booking_id", UUID.class),
        rs.getObject("event_id", UUID.class),
        rs.getObject("room_id", UUID.class),
        rs.getString("room_name"),
        rs.getObject("calendar_id", UUID.class),
        rs.getString("title"),
        rs.getBoolean("private"),
        rs.getObject("organizer_id", UUID.class),
        Timestamps.required(rs, "first_start"),
        Timestamps.required(rs, "first_end"),
        rs.getInt("occurrences"));
  }

  private static Room room(ResultSet rs) throws SQLException {
    boolean free = rs.getBoolean("free");
    Boolean answered = rs.wasNull() ? null : free;
    return new Room(
        rs.getObject("id", UUID.class),
        rs.getString("name"),
        rs.getString("building"),
        rs.getString("floor"),
        rs.getInt("capacity"),
        texts(rs.getArray("equipment")),
        rs.getBoolean("needs_approval"),
        rs.getObject("calendar_id", UUID.class),
        rs.getBoolean("archived"),
        answered);
  }

  private static List<String> texts(@Nullable Array array) throws SQLException {
    return array == null
        ? List.of()
        : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
  }

  /** A {@code text[]} literal: each value quoted, with quotes and backslashes escaped. */
  static String textArray(List<String> values) {
    StringBuilder out = new StringBuilder("{");
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append('"')
          .append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\""))
          .append('"');
    }
    return out.append('}').toString();
  }
}
