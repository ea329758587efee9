package dev.atrium.calendar.internal;

import dev.atrium.access.Viewer;
import dev.atrium.access.Visibility;
import dev.atrium.calendar.EventResponse;
import dev.atrium.shared.data.Timestamps;
import dev.atrium.shared.data.UuidArrays;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What free/busy reads, in two statements whatever the number of people: every event that takes
 * some of the asked people's or rooms' time in a window, each with how the person answered, and the
 * people's answers to single occurrences of the series among them. Recurring series come back once,
 * for {@code Recurrences} to expand; their overridden occurrences come back as rows of their own.
 */
@Repository
public class BusyTable {

  /**
   * An event (a single one, a series or one occurrence's override) that takes {@code holderId}'s time:
   * a person's (with their answer; ACCEPTED for events of their own calendar they are not invited to)
   * or a room's.
   */
  public record Taking(
      UUID holderId,
      UUID eventId,
      Instant start,
      Instant end,
      boolean allDay,
      String timeZone,
      @Nullable String rrule,
      List<Instant> exdates,
      List<Instant> overridden,
      EventResponse response) {}

  /** A person's answer to one occurrence of a series. */
  public record OccurrenceAnswer(
      UUID eventId, UUID personId, Instant occurrence, EventResponse response) {}

  // an event meets the window: a single one overlaps it, a series starts before its end and may
  // still run at its start
  private static final String IN_WINDOW = """
      e.status = 'CONFIRMED' and e.start_at < :to
        and (e.rrule is null and e.end_at > :from
             or e.rrule is not null and (e.series_end is null or e.series_end > :from))""";

  private final JdbcClient jdbc;

  BusyTable(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The events taking the people's time in [from, to): those on their personal calendars, and
   * those they are invited to and did not decline (an override without attendees of its own has
   * its series'). A person both owning and attending an event gets it once, with their answer.
   */
  public List<Taking> people(Collection<UUID> people, Instant from, Instant to) {
    if (people.isEmpty()) {
      return List.of();
    }
    return jdbc
        .sql("""
            with asked as (select unnest(cast(:people as uuid[])) as person_id),
            taking as (
              select c.owner_id as holder_id, e.id as event_id
              from calendar.calendar c
              join calendar.event e on e.calendar_id = c.id
              where c.kind = 'PERSONAL' and c.owner_id in (select person_id from asked)
                and %1$s
              union
              select a.person_id, e.id
              from calendar.attendee a
              join calendar.event e on e.id = a.event_id
              where a.person_id in (select person_id from asked) and a.response <> 'DECLINED'
                and %1$s
              union
              select a.person_id, e.id
              from calendar.attendee a
              join calendar.event e on e.parent_id = a.event_id
              where a.person_id in (select person_id from asked) and a.response <> 'DECLINED'
                and %1$s
                and not exists (select 1 from calendar.attendee o where o.event_id = e.id)
            )
            select t.holder_id, e.id, e.start_at, e.end_at, e.all_day, e.time_zone, e.rrule,
                   e.exdates,
                   case when e.rrule is null then '{}'::timestamptz[] else
                     array(select o.recurrence_id from calendar.event o where o.parent_id = e.id)
                   end as overridden,
                   coalesce(a.response, pa.response, 'ACCEPTED') as response
            from taking t
            join calendar.event e on e.id = t.event_id
            left join calendar.attendee a on a.event_id = e.id and a.person_id = t.holder_id
            left join calendar.attendee pa on pa.event_id = e.parent_id
              and pa.person_id = t.holder_id
            """.formatted(IN_WINDOW))
        .param("people", UuidArrays.literal(people))
        .param("from", Timestamps.at(from))
        .param("to", Timestamps.at(to))
        .query((rs, row) -> taking(rs))
        .list()
        .stream()
        .filter(taking -> taking.response() != EventResponse.DECLINED)
        .toList();
  }

  /** The events held in the rooms in [from, to), as accepted. */
  public List<Taking> rooms(Collection<UUID> rooms, Instant from, Instant to) {
    if (rooms.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("""
            select e.room_id as holder_id, e.id, e.start_at, e.end_at, e.all_day, e.time_zone,
                   e.rrule, e.exdates,
                   case when e.rrule is null then '{}'::timestamptz[] else
                     array(select o.recurrence_id from calendar.event o where o.parent_id = e.id)
                   end as overridden,
                   'ACCEPTED' as response
            from calendar.event e
            where e.room_id = any(cast(:rooms as uuid[])) and %s
            """.formatted(IN_WINDOW))
        .param("rooms", UuidArrays.literal(rooms))
        .param("from", Timestamps.at(from))
        .param("to", Timestamps.at(to))
        .query((rs, row) -> taking(rs))
        .list();
  }

  /**
   * Of the asked people, those whose free/busy the viewer may not see: their personal calendar
   * gives the viewer no role. A person without a personal calendar yet has the one it will get:
   * free/busy for everyone in the company, so only guests are kept out.
   */
  public Set<UUID> hidden(Viewer viewer, Collection<UUID> people) {
    if (people.isEmpty()) {
      return Set.of();
    }
    return Set.copyOf(viewer
        .bind(jdbc.sql("""
            select p.person_id
            from unnest(cast(:people as uuid[])) as p(person_id)
            left join calendar.calendar c on c.kind = 'PERSONAL' and c.owner_id = p.person_id
            where p.person_id <> :v_me
              and (c.id is null and :v_guest or c.id is not null and %s = 0)
            """.formatted(Visibility.rank(CalendarResources.CALENDAR, "c.id"))))
        .param("people", UuidArrays.literal(people))
        .query(UUID.class)
        .list());
  }

  /** The people's answers to single occurrences of these series. */
  public List<OccurrenceAnswer> occurrenceAnswers(
      Collection<UUID> seriesIds, Collection<UUID> people) {
    if (seriesIds.isEmpty() || people.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("""
            select event_id, person_id, occurrence, response from calendar.occurrence_answer
            where event_id = any(cast(:series as uuid[]))
              and person_id = any(cast(:people as uuid[]))
            """)
        .param("series", UuidArrays.literal(seriesIds))
        .param("people", UuidArrays.literal(people))
        .query((rs, row) -> new OccurrenceAnswer(
            rs.getObject("event_id", UUID.class),
            rs.getObject("person_id", UUID.class),
            Timestamps.required(rs, "occurrence"),
            EventResponse.valueOf(rs.getString("response"))))
        .list();
  }

  private static Taking taking(ResultSet rs) throws SQLException {
    return new Taking(
        rs.getObject("holder_id", UUID.class),
        rs.getObject("id", UUID.class),
        Timestamps.required(rs, "start_at"),
        Timestamps.required(rs, "end_at"),
        rs.getBoolean("all_day"),
        rs.getString("time_zone"),
        rs.getString("rrule"),
        instants(rs.getArray("exdates")),
        instants(rs.getArray("overridden")),
        EventResponse.valueOf(rs.getString("response")));
  }

  static List<Instant> instants(@Nullable Array array) throws SQLException {
    if (array == null) {
      return List.of();
    }
    List<Instant> instants = new ArrayList<>();
    for (Object value : (Object[]) array.getArray()) {
      instants.add(instant(value));
    }
    return instants;
  }

  private static Instant instant(Object value) {
    return switch (value) {
      case java.sql.Timestamp timestamp -> timestamp.toInstant();
      case java.time.OffsetDateTime time -> time.toInstant();
      default -> throw new IllegalStateException("not a timestamp: " + value.getClass());
    };
  }
}
