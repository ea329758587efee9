package dev.atrium.calendar.internal;

import dev.atrium.access.Viewer;
import dev.atrium.access.Visibility;
import dev.atrium.shared.data.Timestamps;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the search reads of events, and which of them a person may find. */
@Repository
public class EventSearchRows {

  /**
   * An event as the index holds it: a series, a single event or a changed occurrence ({@code topId}
   * its series, else itself), found by title, place and description.
   */
  public record IndexedEvent(
      UUID id,
      UUID topId,
      UUID calendarId,
      String title,
      String location,
      String descriptionText,
      boolean isPrivate,
      UUID organizerId,
      Instant updatedAt) {}

  private static final String COLUMNS = """
      select e.id, coalesce(e.parent_id, e.id) as top_id, e.calendar_id, e.title, e.location,
             e.description_text, e.private, e.organizer_id, e.updated_at
        from calendar.event e""";

  private final JdbcClient jdbc;

  EventSearchRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long count() {
    return jdbc.sql("select count(*) from calendar.event where status = 'CONFIRMED'")
        .query(Long.class)
        .single();
  }

  public List<IndexedEvent> after(UUID after, int limit) {
    return jdbc.sql(COLUMNS + " where e.id > ? and e.status = 'CONFIRMED' order by e.id limit ?")
        .params(after, limit)
        .query((rs, n) -> event(rs))
        .list();
  }

  /** These events as they now are; cancelled ones are not answered, so they leave the index. */
  public List<IndexedEvent> events(Collection<UUID> ids) {
    return jdbc.sql(COLUMNS + " where e.id = any(?) and e.status = 'CONFIRMED'")
        .param(ids.toArray(UUID[]::new))
        .query((rs, n) -> event(rs))
        .list();
  }

  /** The changed occurrences of these series: their privacy and calendar follow the series'. */
  public List<UUID> occurrencesOf(Collection<UUID> seriesIds) {
    return jdbc.sql("select id from calendar.event where parent_id = any(?)")
        .param(seriesIds.toArray(UUID[]::new))
        .query(UUID.class)
        .list();
  }

  /** The calendars the viewer may read (free/busy alone finds nothing), by the rule of opening one. */
  public List<UUID> readableCalendars(Viewer viewer) {
    return viewer
        .bind(jdbc.sql("select distinct resource_id from "
            + Visibility.grantedIds(CalendarResources.CALENDAR, "reader")
            + " as readable(resource_id)"))
        .query(UUID.class)
        .list();
  }

  /** The series and single events the person organises or is invited to. */
  public List<UUID> attendedBy(UUID personId) {
    return jdbc.sql("""
            select e.id from calendar.event e where e.organizer_id = :me and e.parent_id is null
            union
            select coalesce(e.parent_id, e.id) from calendar.attendee a
              join calendar.event e on e.id = a.event_id
             where a.person_id = :me""").param("me", personId).query(UUID.class).list();
  }

  private static IndexedEvent event(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new IndexedEvent(
        rs.getObject("id", UUID.class),
        rs.getObject("top_id", UUID.class),
        rs.getObject("calendar_id", UUID.class),
        rs.getString("title"),
        rs.getString("location"),
        rs.getString("description_text"),
        rs.getBoolean("private"),
        rs.getObject("organizer_id", UUID.class),
        Timestamps.required(rs, "updated_at"));
  }
}
