package dev.atrium.calendar.internal;

import dev.atrium.calendar.EventResponse;
import dev.atrium.calendar.EventStatus;
import dev.atrium.shared.data.Timestamps;
import dev.atrium.shared.data.UuidArrays;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code calendar.event} and {@code calendar.attendee}. */
@Repository
public class EventsTable {

  /**
   * The longest an event may last. Bounding it lets a window query read a calendar's events by start
   * from {@code from - MAX_DURATION} on, on the (calendar, start) index, instead of from the beginning.
   */
  public static final Duration MAX_DURATION = Duration.ofDays(366);

  private static final String COLUMNS = """
      select e.id, e.calendar_id, e.uid, e.title, e.description::text as description, e.description_text,
             e.location, e.room_id, e.all_day, e.start_at, e.end_at, e.time_zone, e.rrule, e.exdates,
             e.series_end, e.parent_id, e.recurrence_id, e.status, e.private, e.organizer_id,
             e.creator_id, e.reminders, e.attachments::text as attachments, e.doc_page_id,
             e.source::text as source, e.sequence
        from calendar.event e
      """;

  private final JdbcClient jdbc;

  EventsTable(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(EventRow e, Instant at) {
    jdbc.sql("""
        insert into calendar.event (id, calendar_id, uid, title, description, description_text, location,
          room_id, all_day, start_at, end_at, time_zone, rrule, exdates, series_end, parent_id, recurrence_id,
          status, private, organizer_id, creator_id, reminders, attachments, doc_page_id, source, sequence,
          created_at, updated_at)
        values (:id, :calendarId, :uid, :title, cast(:description as jsonb), :descriptionText, :location,
          :roomId, :allDay, :startAt, :endAt, :timeZone, :rrule, array(select jsonb_array_elements_text(cast(:exdates as jsonb))::timestamptz), :seriesEnd, :parentId, :recurrenceId,
          :status, :private, :organizerId, :creatorId,
          array(select jsonb_array_elements_text(cast(:reminders as jsonb))::int), cast(:attachments as jsonb), :docPageId,
          cast(:source as jsonb), :sequence, :at, :at)
        """).paramSource(params(e, at)).update();
  }

  /** Writes every field of the event but its identity, calendar, UID, series link and creator. */
  public void update(EventRow e, Instant at) {
    jdbc.sql("""
        update calendar.event set title = :title, description = cast(:description as jsonb),
          description_text = :descriptionText, location = :location, room_id = :roomId, all_day = :allDay,
          start_at = :startAt, end_at = :endAt, time_zone = :timeZone, rrule = :rrule, exdates = array(select jsonb_array_elements_text(cast(:exdates as jsonb))::timestamptz),
          series_end = :seriesEnd, status = :status, private = :private, organizer_id = :organizerId,
          reminders = array(select jsonb_array_elements_text(cast(:reminders as jsonb))::int), attachments = cast(:attachments as jsonb), doc_page_id = :docPageId,
          source = cast(:source as jsonb), sequence = :sequence, updated_at = :at
         where id = :id
        """).paramSource(params(e, at)).update();
  }

  private static Map<String, Object> params(EventRow e, Instant at) {
    Map<String, Object> p = new HashMap<>();
    p.put("id", e.id());
    p.put("calendarId", e.calendarId());
    p.put("uid", e.uid());
    p.put("title", e.title());
    p.put("description", e.description());
    p.put("descriptionText", e.descriptionText());
    p.put("location", e.location());
    p.put("roomId", e.roomId());
    p.put("allDay", e.allDay());
    p.put("startAt", Timestamps.at(e.startAt()));
    p.put("endAt", Timestamps.at(e.endAt()));
    p.put("timeZone", e.timeZone());
    p.put("rrule", e.rrule());
    p.put("exdates", jsonArray(e.exdates().stream().map(i -> "\"" + i + "\"").toList()));
    p.put("seriesEnd", e.seriesEnd() == null ? null : Timestamps.at(e.seriesEnd()));
    p.put("parentId", e.parentId());
    p.put("recurrenceId", e.recurrenceId() == null ? null : Timestamps.at(e.recurrenceId()));
    p.put("status", e.status().name());
    p.put("private", e.isPrivate());
    p.put("organizerId", e.organizerId());
    p.put("creatorId", e.creatorId());
    p.put("reminders", jsonArray(e.reminders().stream().map(String::valueOf).toList()));
    p.put("attachments", e.attachments());
    p.put("docPageId", e.docPageId());
    p.put("source", e.source());
    p.put("sequence", e.sequence());
    p.put("at", Timestamps.at(at));
    return p;
  }

  private static String jsonArray(List<String> items) {
    return "[" + String.join(",", items) + "]";
  }

  public Optional<EventRow> find(UUID id) {
    return jdbc.sql(COLUMNS + " where e.id = ?")
        .param(id)
        .query(EventsTable::row)
        .optional();
  }

  /** The occurrence of the series that replaces the one originally starting at {@code recurrenceId}. */
  public Optional<EventRow> override(UUID seriesId, Instant recurrenceId) {
    return jdbc.sql(COLUMNS + " where e.parent_id = ? and e.recurrence_id = ?")
        .params(seriesId, Timestamps.at(recurrenceId))
        .query(EventsTable::row)
        .optional();
  }

  public List<EventRow> overrides(UUID seriesId) {
    return jdbc.sql(COLUMNS + " where e.parent_id = ? order by e.recurrence_id")
        .param(seriesId)
        .query(EventsTable::row)
        .list();
  }

  /**
   * The single events and overridden occurrences of these calendars that overlap [from, to), and the
   * recurring series that may have occurrences then (to be expanded), cancelled ones left out.
   */
  public List<EventRow> inWindow(Collection<UUID> calendarIds, Instant from, Instant to) {
    return jdbc.sql(COLUMNS + """
         where e.calendar_id = any(cast(:ids as uuid[])) and e.status = 'CONFIRMED'
           and (e.rrule is null and e.start_at < :to and e.end_at > :from and e.start_at > :earliest
             or e.rrule is not null and e.start_at < :to and (e.series_end is null or e.series_end > :from))
        """)
        .param("ids", UuidArrays.literal(calendarIds))
        .param("from", Timestamps.at(from))
        .param("to", Timestamps.at(to))
        .param("earliest", Timestamps.at(from.minus(MAX_DURATION)))
        .query(EventsTable::row)
        .list();
  }

  /**
   * What the person attends, on calendars other than these, in [from, to), as {@link #inWindow}
   * reads it; invitations they declined are left out.
   */
  public List<EventRow> attendedInWindow(
      UUID personId, Collection<UUID> exceptCalendars, Instant from, Instant to) {
    return jdbc.sql(COLUMNS + """
          join calendar.attendee a on a.event_id = coalesce(e.parent_id, e.id)
         where a.person_id = :me and a.response <> 'DECLINED' and e.status = 'CONFIRMED'
           and not e.calendar_id = any(cast(:ids as uuid[]))
           and (e.rrule is null and e.start_at < :to and e.end_at > :from and e.start_at > :earliest
             or e.rrule is not null and e.start_at < :to and (e.series_end is null or e.series_end > :from))
        """)
        .param("me", personId)
        .param("ids", UuidArrays.literal(exceptCalendars))
        .param("from", Timestamps.at(from))
        .param("to", Timestamps.at(to))
        .param("earliest", Timestamps.at(from.minus(MAX_DURATION)))
        .query(EventsTable::row)
        .list();
  }

  /** The event's attendees with their answers, the organiser first, then in the order invited. */
  public List<AttendeeRow> attendees(UUID eventId) {
    return attendees(eventId, null);
  }

  /**
   * The event's attendees with, at {@code occurrence} (an original start of the series), each
   * one's answer to that occurrence where they gave one, else their answer to the series.
   */
  public List<AttendeeRow> attendees(UUID eventId, @Nullable Instant occurrence) {
    return jdbc.sql("""
        select a.person_id, coalesce(o.response, a.response) as response,
               coalesce(o.note, a.note) as note,
               coalesce(o.responded_at, a.responded_at) as responded_at,
               o.response is not null as for_occurrence
          from calendar.attendee a join calendar.event e on e.id = a.event_id
          left join calendar.occurrence_answer o
            on o.event_id = a.event_id and o.person_id = a.person_id
           and o.occurrence = cast(:occurrence as timestamptz)
         where a.event_id = :event
         order by (a.person_id = e.organizer_id) desc, 4 nulls last, a.person_id
        """)
        .param("event", eventId)
        .param("occurrence", occurrence == null ? null : Timestamps.at(occurrence))
        .query((rs, n) -> new AttendeeRow(
            rs.getObject("person_id", UUID.class),
            EventResponse.valueOf(rs.getString("response")),
            rs.getString("note"),
            Timestamps.instant(rs, "responded_at"),
            rs.getBoolean("for_occurrence")))
        .list();
  }

  /** The person's answers to these events, by event. */
  public Map<UUID, EventResponse> responses(UUID personId, Collection<UUID> eventIds) {
    Map<UUID, EventResponse> found = new HashMap<>();
    if (eventIds.isEmpty()) {
      return found;
    }
    jdbc.sql(
            "select event_id, response from calendar.attendee where person_id = ? and event_id = any(cast(? as uuid[]))")
        .params(personId, UuidArrays.literal(eventIds))
        .query((rs, n) ->
            found.put(rs.getObject(1, UUID.class), EventResponse.valueOf(rs.getString(2))))
        .list();
    return found;
  }

  /**
   * Invites the people in one statement (a department may bring a thousand): the organiser has
   * accepted at {@code at}, everyone else is asked; someone already invited keeps their answer.
   */
  public void addAttendees(UUID eventId, UUID organizerId, Collection<UUID> people, Instant at) {
    if (people.isEmpty()) {
      return;
    }
    jdbc.sql("""
        insert into calendar.attendee (event_id, person_id, response, responded_at)
        select :event, p.id,
               case when p.id = :organizer then 'ACCEPTED' else 'NEEDS_ACTION' end,
               case when p.id = :organizer then cast(:at as timestamptz) end
          from unnest(cast(:people as uuid[])) as p (id)
        on conflict (event_id, person_id) do nothing
        """)
        .param("event", eventId)
        .param("organizer", organizerId)
        .param("at", Timestamps.at(at))
        .param("people", UuidArrays.literal(people))
        .update();
  }

  public void removeAttendees(UUID eventId, Collection<UUID> people) {
    if (people.isEmpty()) {
      return;
    }
    jdbc.sql(
            "delete from calendar.attendee where event_id = ? and person_id = any(cast(? as uuid[]))")
        .params(eventId, UuidArrays.literal(people))
        .update();
  }

  /** Asks everyone but the organiser to answer again: the event moved. */
  public void askAgain(UUID eventId, UUID organizerId) {
    jdbc.sql("""
        update calendar.attendee set response = 'NEEDS_ACTION', note = '', responded_at = null
         where event_id = ? and person_id <> ?
        """).params(eventId, organizerId).update();
  }

  /** The calendar's events that have not ended, with the people invited to each: who hears of a deletion. */
  public List<Invited> upcomingWithAttendees(UUID calendarId, Instant now) {
    Map<UUID, Set<UUID>> byEvent = new java.util.LinkedHashMap<>();
    jdbc.sql("""
        select e.id, a.person_id from calendar.event e join calendar.attendee a on a.event_id = e.id
         where e.calendar_id = ? and e.parent_id is null and e.status = 'CONFIRMED'
           and (e.rrule is null and e.end_at > ? or e.rrule is not null and (e.series_end is null or e.series_end > ?))
        """)
        .params(calendarId, Timestamps.at(now), Timestamps.at(now))
        .query((rs, n) -> byEvent
            .computeIfAbsent(rs.getObject(1, UUID.class), k -> new LinkedHashSet<>())
            .add(rs.getObject(2, UUID.class)))
        .list();
    List<Invited> invited = new ArrayList<>();
    byEvent.forEach((id, people) -> invited.add(new Invited(id, Set.copyOf(people))));
    return invited;
  }

  /** The original starts each of these series' override rows replace, by series. */
  public Map<UUID, List<Instant>> overrideStarts(Collection<UUID> seriesIds) {
    Map<UUID, List<Instant>> starts = new HashMap<>();
    if (seriesIds.isEmpty()) {
      return starts;
    }
    jdbc.sql("""
        select parent_id, recurrence_id from calendar.event
         where parent_id = any(cast(? as uuid[])) order by recurrence_id
        """)
        .param(UuidArrays.literal(new LinkedHashSet<>(seriesIds)))
        .query((rs, n) -> starts
            .computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
            .add(Timestamps.required(rs, 2)))
        .list();
    return starts;
  }

  /** Hangs the override of {@code from} on the series {@code parentId} as the occurrence {@code to}. */
  public void moveOverride(UUID seriesId, Instant from, UUID parentId, Instant to) {
    jdbc.sql("""
        update calendar.event set parent_id = ?, recurrence_id = ? where parent_id = ? and recurrence_id = ?
        """)
        .params(parentId, Timestamps.at(to), seriesId, Timestamps.at(from))
        .update();
  }

  public void deleteOverrides(UUID seriesId, Collection<Instant> starts) {
    for (Instant start : starts) {
      jdbc.sql("delete from calendar.event where parent_id = ? and recurrence_id = ?")
          .params(seriesId, Timestamps.at(start))
          .update();
    }
  }

  /** Cancels the series' override rows with it. */
  public void cancelOverrides(UUID seriesId) {
    jdbc.sql("update calendar.event set status = 'CANCELLED' where parent_id = ?")
        .param(seriesId)
        .update();
  }

  /** Whether the calendar already holds an event (a series or a single one) with this UID. */
  public boolean holdsUid(UUID calendarId, String uid) {
    return jdbc.sql(
            "select 1 from calendar.event where calendar_id = ? and uid = ? and recurrence_id is null")
        .params(calendarId, uid)
        .query(Integer.class)
        .optional()
        .isPresent();
  }

  /** Moves the event and its override rows to another calendar; attendees and files stay on it. */
  public void moveToCalendar(UUID eventId, UUID calendarId, Instant at) {
    jdbc.sql("""
        update calendar.event set calendar_id = ?, updated_at = ?
         where id = ? or parent_id = ?
        """).params(calendarId, Timestamps.at(at), eventId, eventId).update();
  }

  /** Every event row of the calendar, cancelled ones and overrides too. */
  public List<UUID> idsIn(UUID calendarId) {
    return jdbc.sql("select id from calendar.event where calendar_id = ?")
        .param(calendarId)
        .query(UUID.class)
        .list();
  }

  /** The names of these rooms, by id. */
  public Map<UUID, String> roomNames(Collection<UUID> roomIds) {
    Map<UUID, String> names = new HashMap<>();
    if (roomIds.isEmpty()) {
      return names;
    }
    jdbc.sql("select id, name from calendar.room where id = any(cast(? as uuid[]))")
        .param(UuidArrays.literal(new LinkedHashSet<>(roomIds)))
        .query((rs, n) -> names.put(rs.getObject(1, UUID.class), rs.getString(2)))
        .list();
    return names;
  }

  /** An event and the people invited to it. */
  public record Invited(UUID eventId, Set<UUID> attendees) {}

  /** An attendee as stored; {@code forOccurrence} when the answer is to one occurrence only. */
  public record AttendeeRow(
      UUID personId,
      EventResponse response,
      String note,
      @Nullable Instant respondedAt,
      boolean forOccurrence) {}

  private static EventRow row(ResultSet rs, int n) throws SQLException {
    return new EventRow(
        rs.getObject("id", UUID.class),
        rs.getObject("calendar_id", UUID.class),
        rs.getString("uid"),
        rs.getString("title"),
        rs.getString("description"),
        rs.getString("description_text"),
        rs.getString("location"),
        rs.getObject("room_id", UUID.class),
        rs.getBoolean("all_day"),
        Timestamps.required(rs, "start_at"),
        Timestamps.required(rs, "end_at"),
        rs.getString("time_zone"),
        rs.getString("rrule"),
        instants(rs.getArray("exdates")),
        Timestamps.instant(rs, "series_end"),
        rs.getObject("parent_id", UUID.class),
        Timestamps.instant(rs, "recurrence_id"),
        EventStatus.valueOf(rs.getString("status")),
        rs.getBoolean("private"),
        rs.getObject("organizer_id", UUID.class),
        rs.getObject("creator_id", UUID.class),
        ints(rs.getArray("reminders")),
        rs.getString("attachments"),
        rs.getObject("doc_page_id", UUID.class),
        rs.getString("source"),
        rs.getInt("sequence"));
  }

  private static List<Instant> instants(Array array) throws SQLException {
    return Arrays.stream((Timestamp[]) array.getArray())
        .map(Timestamp::toInstant)
        .toList();
  }

  private static List<Integer> ints(Array array) throws SQLException {
    return Arrays.asList((Integer[]) array.getArray());
  }
}
