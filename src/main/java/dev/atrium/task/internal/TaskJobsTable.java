package dev.atrium.task.internal;

import dev.atrium.shared.data.Timestamps;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the task jobs ask the database: which notices about due dates have fallen due and not run,
 * whose daily digest is due, and the claims ({@code task.job_run}) that make each run once. The
 * state lives in the tables (a task's due date, zone and reminders; the claims), so work that fell
 * due while no node was running is found at the first poll after start.
 */
@Repository
public class TaskJobsTable {

  /** Due-date notices of a task that fell due longer ago than this are not sent any more. */
  static final Duration STALE = Duration.ofDays(7);

  /**
   * Every step but a long reminder comes within this of the due time (an all-day task's due-soon
   * notice is at 09:00 the day before its date): tasks due further ahead are looked at only when
   * they have reminders ({@code task_due_reminders}), so a poll reads the next two days' tasks,
   * not the next month's.
   */
  static final Duration SOON = Duration.ofDays(2);

  /** Reminders further ahead of the due time than this are not looked for. */
  static final Duration HORIZON = Duration.ofDays(31);

  /**
   * A step due for an open task: {@code due-soon}, {@code overdue} or {@code reminder:<minutes>},
   * for the task's due time {@code dueAt}.
   */
  public record DueStep(UUID taskId, String job, Instant dueAt, boolean allDay) {

    public int reminderMinutes() {
      return Integer.parseInt(job.substring("reminder:".length()));
    }
  }

  /** A person whose digest of this local day ({@code at}: 08:30 there) is due, with the tasks it lists. */
  public record DueDigest(UUID personId, Instant at, List<UUID> taskIds) {}

  // The moments, in SQL: a timed task is due soon an hour before its due time and overdue at it; an
  // all-day task (its date in its zone) is due soon at 09:00 the day before and overdue when the
  // day is over; a reminder is its minutes before the due time (an all-day task's: before 09:00 of
  // the day).
  private static final String DAY = "(t.due_at at time zone t.time_zone)::date";
  private static final String NINE = "((" + DAY + " + time '09:00') at time zone t.time_zone)";
  private static final String DUE_SOON = "case when t.all_day then ((" + DAY
      + " - 1 + time '09:00') at time zone t.time_zone) else t.due_at - interval '1 hour' end";
  private static final String OVERDUE = "case when t.all_day then (((" + DAY
      + " + 1)::timestamp) at time zone t.time_zone) else t.due_at end";

  private final JdbcClient jdbc;

  TaskJobsTable(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Steps whose moment has come and that have not run, earliest first: due-soon notices and
   * reminders only while the task is not overdue yet, overdue notices only within {@link #STALE}.
   */
  public List<DueStep> dueSteps(Instant now, int limit) {
    return jdbc.sql("""
            with candidates as (
              select id, due_at, all_day, time_zone, reminders from task.task
              where state = 'OPEN' and due_at > :stale and due_at <= :soon
              union all
              select id, due_at, all_day, time_zone, reminders from task.task
              where state = 'OPEN' and reminders <> '{}' and due_at > :soon and due_at <= :horizon
            )
            select t.id, s.job, t.due_at, t.all_day
            from candidates t
            cross join lateral (
              select 'due-soon' as job, %1$s as moment
              union all
              select 'overdue', %2$s
              union all
              select 'reminder:' || m,
                     (case when t.all_day then %3$s else t.due_at end) - m * interval '1 minute'
              from unnest(t.reminders) m
            ) s
            where s.moment <= :now
              and (s.job = 'overdue' or %2$s > :now)
              and not exists (select 1 from task.job_run r
                              where r.subject_id = t.id and r.job = s.job and r.at = t.due_at)
            order by s.moment limit :limit
            """.formatted(DUE_SOON, OVERDUE, NINE))
        .param("now", Timestamps.at(now))
        .param("stale", Timestamps.at(now.minus(STALE).minus(Duration.ofDays(1))))
        .param("soon", Timestamps.at(now.plus(SOON)))
        .param("horizon", Timestamps.at(now.plus(HORIZON)))
        .param("limit", limit)
        .query((rs, row) -> new DueStep(
            rs.getObject("id", UUID.class),
            rs.getString("job"),
            Timestamps.required(rs, "due_at"),
            rs.getBoolean("all_day")))
        .list();
  }

  /**
   * Locks the task for the calling transaction while it is still open and due at {@code dueAt};
   * false when it changed meanwhile or another transaction holds it ({@code skip locked} never
   * waits: that node sends the step, or the next poll finds it again).
   */
  public boolean lockDue(UUID taskId, Instant dueAt) {
    return jdbc.sql("""
            select id from task.task
            where id = ? and state = 'OPEN' and due_at = ?
            for no key update skip locked
            """)
        .params(taskId, Timestamps.at(dueAt))
        .query(UUID.class)
        .optional()
        .isPresent();
  }

  /**
   * Claims a job by writing its row in the calling transaction; false when it ran already. A
   * concurrent claimer waits on the key until that transaction ends and then gets false (or true,
   * if it rolled back): exactly once across nodes and restarts.
   */
  public boolean claim(UUID subjectId, String job, Instant at, Instant now) {
    return jdbc.sql("""
            insert into task.job_run (subject_id, job, at, ran_at) values (?, ?, ?, ?)
            on conflict do nothing
            """)
            .params(subjectId, job, Timestamps.at(at), Timestamps.at(now))
            .update()
        == 1;
  }

  /**
   * People whose local time has passed 08:30 today and who have not had today's digest, with
   * their open tasks due by the end of their day or overdue (within 30 days): those they are
   * assigned to, and those they created and nobody is assigned to. A person's zone is the one
   * their latest task was created in ({@code task.person_zone}), else their task's.
   */
  public List<DueDigest> dueDigests(Instant now, int limit) {
    return jdbc.sql("""
            with mine as (
              select a.person_id, t.id, t.due_at, t.time_zone
              from task.task t
              join task.task_person a on a.task_id = t.id and a.role = 'ASSIGNEE'
              where t.state = 'OPEN' and t.due_at > :since and t.due_at < :until
              union all
              select t.creator_id, t.id, t.due_at, t.time_zone
              from task.task t
              where t.state = 'OPEN' and t.due_at > :since and t.due_at < :until
                and not exists (select 1 from task.task_person a
                                where a.task_id = t.id and a.role = 'ASSIGNEE')
            ), zoned as (
              select m.person_id, m.id, m.due_at,
                     coalesce(z.time_zone, m.time_zone) as zone
              from mine m left join task.person_zone z on z.person_id = m.person_id
            ), local as (
              select person_id, id, due_at, zone,
                     (cast(:now as timestamptz) at time zone zone)::date as today
              from zoned
            ), due as (
              select person_id, id,
                     ((today + time '08:30') at time zone zone) as at
              from local
              where due_at < (((today + 1)::timestamp) at time zone zone)
                and ((today + time '08:30') at time zone zone) <= :now
            )
            select d.person_id, d.at, array_agg(d.id order by d.id) as ids
            from due d
            where not exists (select 1 from task.job_run r
                              where r.subject_id = d.person_id and r.job = 'digest' and r.at = d.at)
            group by d.person_id, d.at
            order by d.at, d.person_id
            limit :limit
            """)
        .param("now", Timestamps.at(now))
        .param("since", Timestamps.at(now.minus(Duration.ofDays(30))))
        .param("until", Timestamps.at(now.plus(Duration.ofDays(1))))
        .param("limit", limit)
        .query((rs, row) -> new DueDigest(
            rs.getObject("person_id", UUID.class), Timestamps.required(rs, "at"), List.of((UUID[])
                rs.getArray("ids").getArray())))
        .list();
  }

  /**
   * Remembers the zone the task was created in as its creator's (the web client sends the
   * browser's): where their digest's 08:30 is. One statement in the creating transaction.
   */
  public void rememberZone(UUID taskId) {
    jdbc.sql("""
            insert into task.person_zone (person_id, time_zone, updated_at)
            select creator_id, time_zone, created_at from task.task where id = ?
            on conflict (person_id) do update
              set time_zone = excluded.time_zone, updated_at = excluded.updated_at
              where task.person_zone.updated_at <= excluded.updated_at
            """).param(taskId).update();
  }
}
