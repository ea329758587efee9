package dev.atrium.calendar.internal;

import dev.atrium.shared.data.Timestamps;
import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What reminders and notices read: an event's head (what a notice names), the events of a series
 * with their reminders, who is to be reminded of an occurrence, and the next reminder of each event
 * ({@code calendar.reminder_job}).
 */
@Repository
public class RemindersTable {

  /** What a notice tells of an event: its title and series, and when it starts. */
  public record Head(
      UUID id,
      UUID calendarId,
      String title,
      @Nullable UUID parentId,
      boolean recurring,
      Instant start,
      boolean cancelled) {}

  /** An event (a single one, a series or an override) with the reminders it has. */
  public record Reminded(
      UUID id,
      @Nullable String rrule,
      Instant start,
      boolean allDay,
      String timeZone,
      List<Instant> exdates,
      List<Integer> reminders,
      boolean cancelled,
      List<Instant> overridden) {}

  /** An event's next reminder: {@code minutes} before the occurrence starting at {@code occurrence}. */
  public record Job(UUID eventId, Instant occurrence, int minutes, Instant fireAt) {}

  private final JdbcClient jdbc;

  RemindersTable(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Head> head(UUID eventId) {
    return jdbc.sql("""
            select id, calendar_id, title, parent_id, rrule is not null as recurring, start_at,
                   status = 'CANCELLED' as cancelled
            from calendar.event where id = ?
            """)
        .param(eventId)
        .query((rs, row) -> new Head(
            rs.getObject("id", UUID.class),
            rs.getObject("calendar_id", UUID.class),
            rs.getString("title"),
            rs.getObject("parent_id", UUID.class),
            rs.getBoolean("recurring"),
            Timestamps.required(rs, "start_at"),
            rs.getBoolean("cancelled")))
        .optional();
  }

  /** The event, its series and the series' other overrides: every row a change may have moved. */
  public List<Reminded> family(UUID eventId) {
    return jdbc.sql("""
            with root as (
              select coalesce(parent_id, id) as id from calendar.event where id = ?
            )
            select e.id, e.rrule, e.start_at, e.all_day, e.time_zone, e.exdates, e.reminders,
                   e.status = 'CANCELLED' as cancelled,
                   case when e.rrule is null then '{}'::timestamptz[] else
                     array(select o.recurrence_id from calendar.event o where o.parent_id = e.id)
                   end as overridden
            from calendar.event e, root
            where e.id = root.id or e.parent_id = root.id
            """)
        .param(eventId)
        .query((rs, row) -> new Reminded(
            rs.getObject("id", UUID.class),
            rs.getString("rrule"),
            Timestamps.required(rs, "start_at"),
            rs.getBoolean("all_day"),
            rs.getString("time_zone"),
            BusyTable.instants(rs.getArray("exdates")),
            integers(rs.getArray("reminders")),
            rs.getBoolean("cancelled"),
            BusyTable.instants(rs.getArray("overridden"))))
        .list();
  }

  public Optional<Job> job(UUID eventId) {
    return jdbc.sql("select event_id, occurrence, minutes, fire_at from calendar.reminder_job"
            + " where event_id = ?")
        .param(eventId)
        .query((rs, row) -> job(rs))
        .optional();
  }

  public void schedule(Job job) {
    jdbc.sql("""
            insert into calendar.reminder_job (event_id, occurrence, minutes, fire_at)
            values (?, ?, ?, ?)
            on conflict (event_id) do update
              set occurrence = excluded.occurrence, minutes = excluded.minutes,
                  fire_at = excluded.fire_at
            """)
        .params(
            job.eventId(),
            Timestamps.at(job.occurrence()),
            job.minutes(),
            Timestamps.at(job.fireAt()))
        .update();
  }

  public void unschedule(UUID eventId) {
    jdbc.sql("delete from calendar.reminder_job where event_id = ?")
        .param(eventId)
        .update();
  }

  /** Reminders whose moment has come, earliest first. */
  public List<Job> due(Instant now, int limit) {
    return jdbc.sql("""
            select event_id, occurrence, minutes, fire_at from calendar.reminder_job
            where fire_at <= ? order by fire_at limit ?
            """)
        .params(Timestamps.at(now), limit)
        .query((rs, row) -> job(rs))
        .list();
  }

  /**
   * Locks the job for the calling transaction while it is still this one; false when it moved on
   * meanwhile or another transaction holds it ({@code skip locked} never waits: that node sends it).
   */
  public boolean lock(Job job) {
    return jdbc.sql("""
            select event_id from calendar.reminder_job
            where event_id = ? and fire_at = ? and minutes = ?
            for update skip locked
            """)
        .params(job.eventId(), Timestamps.at(job.fireAt()), job.minutes())
        .query(UUID.class)
        .optional()
        .isPresent();
  }

  /**
   * The attendees of the event (an override without attendees of its own: its series') who have
   * not declined it, nor the occurrence starting originally at {@code occurrence}.
   */
  public Set<UUID> attending(UUID eventId, Instant occurrence) {
    return Set.copyOf(jdbc.sql("""
            with target as (
              select case when e.parent_id is not null
                            and not exists (select 1 from calendar.attendee x
                                            where x.event_id = e.id)
                          then e.parent_id else e.id end as id,
                     coalesce(e.parent_id, e.id) as series_id,
                     coalesce(e.recurrence_id, :occurrence) as occurrence
              from calendar.event e where e.id = :event
            )
            select a.person_id
            from target t
            join calendar.attendee a on a.event_id = t.id
            where a.response <> 'DECLINED'
              and not exists (select 1 from calendar.occurrence_answer o
                              where o.event_id = t.series_id and o.person_id = a.person_id
                                and o.occurrence = t.occurrence and o.response = 'DECLINED')
            """)
        .param("event", eventId)
        .param("occurrence", Timestamps.at(occurrence))
        .query(UUID.class)
        .list());
  }

  /** Everyone invited to the event (an override without attendees of its own: its series'). */
  public Set<UUID> invited(UUID eventId) {
    return Set.copyOf(jdbc.sql("""
            select a.person_id from calendar.event e
            join calendar.attendee a on a.event_id = case
              when e.parent_id is not null
                   and not exists (select 1 from calendar.attendee x where x.event_id = e.id)
              then e.parent_id else e.id end
            where e.id = ?
            """).param(eventId).query(UUID.class).list());
  }

  private static Job job(java.sql.ResultSet rs) throws SQLException {
    return new Job(
        rs.getObject("event_id", UUID.class),
        Timestamps.required(rs, "occurrence"),
        rs.getInt("minutes"),
        Timestamps.required(rs, "fire_at"));
  }

  private static List<Integer> integers(@Nullable Array array) throws SQLException {
    List<Integer> values = new ArrayList<>();
    if (array != null) {
      for (Object value : (Object[]) array.getArray()) {
        values.add(((Number) value).intValue());
      }
    }
    return values;
  }
}
