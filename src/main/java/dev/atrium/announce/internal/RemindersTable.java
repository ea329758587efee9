package dev.atrium.announce.internal;

import dev.atrium.announce.ReminderPlan;
import dev.atrium.shared.data.Timestamps;
import dev.atrium.shared.data.UuidArrays;
import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reminder plans ({@code announce.reminder_plan}), the steps jobs have claimed
 * ({@code announce.job_run}), and the marks reminders and escalations leave on recipients.
 */
@Repository
public class RemindersTable {

  /** Who has not read: not opened, or a must-read not confirmed in the version that asks for it. */
  static final String NOT_READ = """
      r.delivered_at is not null
      and (r.opened_at is null
           or (:mustRead and (r.confirmed_at is null or r.confirmed_version < :version)))""";

  private final JdbcClient jdbc;

  RemindersTable(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<ReminderPlan> plan(UUID announcementId) {
    return jdbc.sql(
            "select after_hours, escalate_after_hours from announce.reminder_plan where announcement_id = ?")
        .param(announcementId)
        .query((rs, row) -> new ReminderPlan(
            hours(rs.getArray("after_hours")), (Integer) rs.getObject("escalate_after_hours")))
        .optional();
  }

  public void savePlan(UUID announcementId, ReminderPlan plan, UUID by, Instant at) {
    jdbc.sql("""
            insert into announce.reminder_plan
              (announcement_id, after_hours, escalate_after_hours, updated_by, updated_at)
            values (:id, cast(:hours as int[]), :escalate, :by, :at)
            on conflict (announcement_id) do update set after_hours = excluded.after_hours,
              escalate_after_hours = excluded.escalate_after_hours,
              updated_by = excluded.updated_by, updated_at = excluded.updated_at
            """)
        .param("id", announcementId)
        .param("hours", literal(plan.afterHours()))
        .param("escalate", plan.escalateAfterHours())
        .param("by", by)
        .param("at", Timestamps.at(at))
        .update();
  }

  /**
   * Claims a step of a plan for the calling transaction: true for the one caller that inserts its
   * row; a concurrent claimer waits on the key until that transaction ends and then gets false (or
   * true, if it rolled back). Exactly once across nodes and restarts.
   */
  public boolean claim(UUID announcementId, String step, Instant at) {
    return jdbc.sql("""
                insert into announce.job_run (announcement_id, step, ran_at) values (?, ?, ?)
                on conflict do nothing
                """).params(announcementId, step, Timestamps.at(at)).update() == 1;
  }

  /** Marks the non-readers (the actor aside) as reminded at {@code at}, and answers who they are. */
  public List<UUID> markReminded(AnnouncementHead head, @Nullable UUID actor, Instant at) {
    return jdbc.sql("""
            update announce.recipient r set reminded_at = :at
            where r.announcement_id = :id and r.person_id is distinct from :actor and %s
            returning r.person_id
            """.formatted(NOT_READ))
        .param("at", Timestamps.at(at))
        .param("id", head.id())
        .param("actor", actor)
        .param("mustRead", head.mustRead())
        .param("version", head.confirmVersion())
        .query(UUID.class)
        .list();
  }

  /**
   * Notes a manual reminder at {@code at} unless the last one was after {@code since}; answers
   * empty when noted, else the time of that last one. One conditional UPDATE: of two at once, the
   * second waits for the first's row lock and then finds the time taken.
   */
  public Optional<Instant> claimManual(UUID announcementId, Instant at, Instant since) {
    int claimed = jdbc.sql("""
            update announce.announcement set manual_reminded_at = :at
            where id = :id and (manual_reminded_at is null or manual_reminded_at <= :since)
            """)
        .param("at", Timestamps.at(at))
        .param("since", Timestamps.at(since))
        .param("id", announcementId)
        .update();
    if (claimed == 1) {
      return Optional.empty();
    }
    return jdbc.sql("select manual_reminded_at from announce.announcement where id = ?")
        .param(announcementId)
        .query((rs, n) -> Timestamps.required(rs, "manual_reminded_at"))
        .optional();
  }

  /** The people a reminder marked at {@code at}: what its notices are built from after commit. */
  public List<UUID> remindedAt(UUID announcementId, Instant at) {
    return jdbc.sql(
            "select person_id from announce.recipient where announcement_id = ? and reminded_at = ?")
        .params(announcementId, Timestamps.at(at))
        .query(UUID.class)
        .list();
  }

  /** A non-reader and the department they were delivered in, for escalation to their head. */
  public record NonReader(UUID personId, @Nullable UUID departmentId) {}

  /** Marks the non-readers not escalated yet as escalated, and answers who they are. */
  public List<NonReader> markEscalated(AnnouncementHead head, Instant at) {
    return jdbc.sql("""
            update announce.recipient r set escalated_at = :at
            where r.announcement_id = :id and r.escalated_at is null and %s
            returning r.person_id, r.department_id
            """.formatted(NOT_READ))
        .param("at", Timestamps.at(at))
        .param("id", head.id())
        .param("mustRead", head.mustRead())
        .param("version", head.confirmVersion())
        .query((rs, row) -> new NonReader(
            rs.getObject("person_id", UUID.class), rs.getObject("department_id", UUID.class)))
        .list();
  }

  /** Which of these people are recipients: the heads an escalation may tell (they may open it). */
  public List<UUID> recipientsAmong(UUID announcementId, List<UUID> people) {
    return jdbc.sql("""
            select person_id from announce.recipient
            where announcement_id = ? and person_id = any(cast(? as uuid[]))
            """)
        .params(announcementId, UuidArrays.literal(people))
        .query(UUID.class)
        .list();
  }

  private static List<Integer> hours(@Nullable Array array) throws SQLException {
    if (array == null) {
      return List.of();
    }
    return new ArrayList<>(Arrays.asList((Integer[]) array.getArray()));
  }

  static String literal(List<Integer> hours) {
    return "{" + String.join(",", hours.stream().map(String::valueOf).toList()) + "}";
  }
}
