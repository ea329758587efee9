package dev.atrium.calendar.internal;

import dev.atrium.calendar.EventResponse;
import dev.atrium.shared.data.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Attendees' answers ({@code calendar.attendee} for a whole event, {@code calendar.occurrence_answer}
 * for one occurrence of a series), proposals of other times, and the invitations a person has not
 * answered.
 */
@Repository
public class AnswersTable {

  /** What answering needs to know of an event (a single one, a series, or an override). */
  public record Answerable(
      UUID id,
      UUID calendarId,
      @Nullable UUID parentId,
      @Nullable Instant recurrenceId,
      @Nullable String rrule,
      Instant start,
      boolean allDay,
      String timeZone,
      List<Instant> exdates,
      UUID organizerId,
      boolean cancelled,
      boolean hasAttendees) {}

  /** A row of {@code calendar.proposal}. */
  public record ProposalRow(
      UUID id,
      UUID eventId,
      UUID personId,
      @Nullable Instant occurrence,
      Instant start,
      Instant end,
      String note,
      Instant createdAt) {}

  /** An invitation waiting for an answer. */
  public record Pending(
      UUID eventId,
      UUID calendarId,
      String title,
      String location,
      boolean allDay,
      Instant start,
      Instant end,
      String timeZone,
      boolean recurring,
      UUID organizerId) {}

  private static final String PROPOSALS = """
      select id, event_id, person_id, occurrence, start_at, end_at, note, created_at
      from calendar.proposal
      """;

  private final JdbcClient jdbc;

  AnswersTable(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Answerable> answerable(UUID eventId) {
    return jdbc.sql("""
            select e.id, e.calendar_id, e.parent_id, e.recurrence_id, e.rrule, e.start_at,
                   e.all_day, e.time_zone, e.exdates, e.organizer_id, e.status,
                   exists (select 1 from calendar.attendee a where a.event_id = e.id) as attended
            from calendar.event e where e.id = ?
            """)
        .param(eventId)
        .query((rs, row) -> new Answerable(
            rs.getObject("id", UUID.class),
            rs.getObject("calendar_id", UUID.class),
            rs.getObject("parent_id", UUID.class),
            Timestamps.instant(rs, "recurrence_id"),
            rs.getString("rrule"),
            Timestamps.required(rs, "start_at"),
            rs.getBoolean("all_day"),
            rs.getString("time_zone"),
            BusyTable.instants(rs.getArray("exdates")),
            rs.getObject("organizer_id", UUID.class),
            rs.getString("status").equals("CANCELLED"),
            rs.getBoolean("attended")))
        .optional();
  }

  /** The override row of a series' occurrence, if it has one. */
  public Optional<UUID> override(UUID seriesId, Instant occurrence) {
    return jdbc.sql("select id from calendar.event where parent_id = ? and recurrence_id = ?")
        .params(seriesId, Timestamps.at(occurrence))
        .query(UUID.class)
        .optional();
  }

  public boolean invited(UUID eventId, UUID personId) {
    return jdbc.sql("select 1 from calendar.attendee where event_id = ? and person_id = ?")
        .params(eventId, personId)
        .query(Integer.class)
        .optional()
        .isPresent();
  }

  /** Answers for the whole event; false when the person is not invited to it. */
  public boolean answer(
      UUID eventId, UUID personId, EventResponse response, String note, Instant at) {
    return jdbc.sql("""
            update calendar.attendee set response = ?, note = ?, responded_at = ?
            where event_id = ? and person_id = ?
            """)
            .params(response.name(), note, Timestamps.at(at), eventId, personId)
            .update()
        == 1;
  }

  /** Answers for one occurrence of a series, replacing an earlier answer to it. */
  public void answerOccurrence(
      UUID seriesId,
      UUID personId,
      Instant occurrence,
      EventResponse response,
      String note,
      Instant at) {
    jdbc.sql("""
            insert into calendar.occurrence_answer
              (event_id, person_id, occurrence, response, note, responded_at)
            values (?, ?, ?, ?, ?, ?)
            on conflict (event_id, person_id, occurrence) do update
              set response = excluded.response, note = excluded.note,
                  responded_at = excluded.responded_at
            """)
        .params(
            seriesId, personId, Timestamps.at(occurrence), response.name(), note, Timestamps.at(at))
        .update();
  }

  /** A person's answer to one occurrence of a series, if they gave one. */
  public Optional<EventResponse> occurrenceAnswer(
      UUID seriesId, UUID personId, Instant occurrence) {
    return jdbc.sql("""
            select response from calendar.occurrence_answer
            where event_id = ? and person_id = ? and occurrence = ?
            """)
        .params(seriesId, personId, Timestamps.at(occurrence))
        .query(String.class)
        .optional()
        .map(EventResponse::valueOf);
  }

  public void propose(ProposalRow proposal) {
    jdbc.sql("""
            insert into calendar.proposal
              (id, event_id, person_id, occurrence, start_at, end_at, note, created_at)
            values (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            proposal.id(),
            proposal.eventId(),
            proposal.personId(),
            proposal.occurrence() == null ? null : Timestamps.at(proposal.occurrence()),
            Timestamps.at(proposal.start()),
            Timestamps.at(proposal.end()),
            proposal.note(),
            Timestamps.at(proposal.createdAt()))
        .update();
  }

  /** The event's proposals, newest first; only the person's own when {@code personId} is given. */
  public List<ProposalRow> proposals(UUID eventId, @Nullable UUID personId) {
    return jdbc.sql(PROPOSALS + """
            where event_id = :event and (cast(:person as uuid) is null or person_id = :person)
            order by created_at desc, id desc
            """)
        .param("event", eventId)
        .param("person", personId)
        .query((rs, row) -> proposal(rs))
        .list();
  }

  public Optional<ProposalRow> proposal(UUID proposalId) {
    return jdbc.sql(PROPOSALS + " where id = ?")
        .param(proposalId)
        .query((rs, row) -> proposal(rs))
        .optional();
  }

  private static ProposalRow proposal(ResultSet rs) throws SQLException {
    return new ProposalRow(
        rs.getObject("id", UUID.class),
        rs.getObject("event_id", UUID.class),
        rs.getObject("person_id", UUID.class),
        Timestamps.instant(rs, "occurrence"),
        Timestamps.required(rs, "start_at"),
        Timestamps.required(rs, "end_at"),
        rs.getString("note"),
        Timestamps.required(rs, "created_at"));
  }

  /**
   * The person's unanswered invitations to events that are not over (a series: that may still
   * have occurrences), soonest first; not those they organise.
   */
  public List<Pending> pending(UUID personId, Instant now, int limit) {
    return jdbc.sql("""
            select e.id, e.calendar_id, e.title, e.location, e.all_day, e.start_at, e.end_at,
                   e.time_zone, e.rrule is not null as recurring, e.organizer_id
            from calendar.attendee a
            join calendar.event e on e.id = a.event_id
            where a.person_id = :me and a.response = 'NEEDS_ACTION' and e.organizer_id <> :me
              and e.status = 'CONFIRMED'
              and (e.rrule is null and e.end_at > :now
                   or e.rrule is not null and (e.series_end is null or e.series_end > :now))
            order by e.start_at, e.id
            limit :limit
            """)
        .param("me", personId)
        .param("now", Timestamps.at(now))
        .param("limit", limit)
        .query((rs, row) -> new Pending(
            rs.getObject("id", UUID.class),
            rs.getObject("calendar_id", UUID.class),
            rs.getString("title"),
            rs.getString("location"),
            rs.getBoolean("all_day"),
            Timestamps.required(rs, "start_at"),
            Timestamps.required(rs, "end_at"),
            rs.getString("time_zone"),
            rs.getBoolean("recurring"),
            rs.getObject("organizer_id", UUID.class)))
        .list();
  }
}
