package dev.atrium.announce.internal;

import dev.atrium.announce.ReminderPlan;
import dev.atrium.shared.data.Timestamps;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the poller asks the database: which scheduled publications and which steps of reminder plans
 * are due. The state lives in the tables (an announcement's {@code publish_at}, its plan, the steps
 * in {@code announce.job_run}), so work that fell due while no node was running is found at the
 * first poll after start.
 */
@Repository
public class JobsTable {

  /** A step of a plan that is due: {@code remind:<hours>} or {@code escalate}. */
  public record DueStep(UUID announcementId, String step, Instant dueAt) {

    public boolean escalation() {
      return step.equals("escalate");
    }
  }

  private final JdbcClient jdbc;

  JobsTable(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Scheduled announcements whose time has come, earliest first. */
  public List<UUID> dueScheduled(Instant now, int limit) {
    return jdbc.sql("""
            select id from announce.announcement
            where state = 'SCHEDULED' and publish_at <= ? order by publish_at limit ?
            """).params(Timestamps.at(now), limit).query(UUID.class).list();
  }

  /**
   * Locks a due scheduled announcement for the calling transaction; false when it is no longer due
   * or another node holds it (that node publishes it: {@code skip locked} never waits).
   */
  public boolean lockScheduled(UUID id, Instant now) {
    return jdbc.sql("""
            select id from announce.announcement
            where id = ? and state = 'SCHEDULED' and publish_at <= ?
            for update skip locked
            """)
        .params(id, Timestamps.at(now))
        .query(UUID.class)
        .optional()
        .isPresent();
  }

  /**
   * The steps of published, unexpired announcements' plans (a must-read without a plan: the
   * default reminders) whose time has come and that have not run, earliest first.
   */
  public List<DueStep> dueSteps(Instant now, int limit) {
    return jdbc.sql("""
            select a.id, s.step, a.published_at + s.hours * interval '1 hour' as due_at
            from announce.announcement a
            left join announce.reminder_plan p on p.announcement_id = a.id
            cross join lateral (
              select 'remind:' || h as step, h as hours
              from unnest(coalesce(p.after_hours,
                case when a.must_read then cast(:defaults as int[]) else array[]::int[] end)) h
              union all
              select 'escalate', p.escalate_after_hours where p.escalate_after_hours is not null
            ) s
            where a.state = 'PUBLISHED' and a.published_at is not null
              and (a.expires_at is null or a.expires_at > :now)
              and a.published_at + s.hours * interval '1 hour' <= :now
              and not exists (select 1 from announce.job_run r
                              where r.announcement_id = a.id and r.step = s.step)
            order by due_at limit :limit
            """)
        .param("now", Timestamps.at(now))
        .param("limit", limit)
        .param("defaults", RemindersTable.literal(ReminderPlan.MUST_READ_DEFAULT.afterHours()))
        .query((rs, row) -> new DueStep(
            rs.getObject("id", UUID.class),
            rs.getString("step"),
            Timestamps.required(rs, "due_at")))
        .list();
  }
}
