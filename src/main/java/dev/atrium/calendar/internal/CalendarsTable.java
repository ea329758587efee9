package dev.atrium.calendar.internal;

import dev.atrium.access.Viewer;
import dev.atrium.access.Visibility;
import dev.atrium.calendar.CalendarKind;
import dev.atrium.shared.data.Timestamps;
import dev.atrium.shared.data.UuidArrays;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code calendar.calendar} and {@code calendar.subscription}; grants are in {@code access}. */
@Repository
public class CalendarsTable {

  private static final String COLUMNS = """
      select c.id, c.name, c.description, c.kind, c.owner_id, c.department_id, c.color, c.time_zone,
             c.time_zone_chosen, c.last_seq, s.color as subscribed_color, coalesce(s.visible, true) as visible,
      """;

  private static final String FROM = """
       from calendar.calendar c
       left join calendar.subscription s on s.calendar_id = c.id and s.person_id = :v_me
      """;

  private final JdbcClient jdbc;

  CalendarsTable(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Inserts the calendar unless it is a personal one its owner already has; true when inserted. A
   * personal calendar's zone is the server's default, not yet chosen by its person.
   */
  public boolean insert(
      UUID id,
      String name,
      String description,
      CalendarKind kind,
      UUID ownerId,
      @Nullable UUID departmentId,
      String color,
      String timeZone,
      Instant at) {
    return jdbc.sql("""
        insert into calendar.calendar
          (id, name, description, kind, owner_id, department_id, color, time_zone, time_zone_chosen,
           created_at, updated_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        on conflict (owner_id) where kind = 'PERSONAL' do nothing
        """)
            .params(
                id,
                name,
                description,
                kind.name(),
                ownerId,
                departmentId,
                color,
                timeZone,
                kind != CalendarKind.PERSONAL,
                Timestamps.at(at),
                Timestamps.at(at))
            .update()
        == 1;
  }

  public Optional<String> name(UUID id) {
    return jdbc.sql("select name from calendar.calendar where id = ?")
        .param(id)
        .query(String.class)
        .optional();
  }

  public Optional<UUID> personalOf(UUID personId) {
    return jdbc.sql("select id from calendar.calendar where owner_id = ? and kind = 'PERSONAL'")
        .param(personId)
        .query(UUID.class)
        .optional();
  }

  /** The calendar with the viewer's rank on it (0 when they may not see even its free/busy). */
  public Optional<CalendarRow> view(UUID id, Viewer viewer) {
    return viewer
        .bind(jdbc.sql(COLUMNS + Visibility.rank(CalendarResources.CALENDAR, "c.id") + " as rank"
                + FROM + " where c.id = :id")
            .param("id", id))
        .query(CalendarsTable::row)
        .optional();
  }

  /** These calendars with the viewer's rank on each, in no order. */
  public List<CalendarRow> views(Collection<UUID> ids, Viewer viewer) {
    return viewer
        .bind(jdbc.sql(COLUMNS + Visibility.rank(CalendarResources.CALENDAR, "c.id") + " as rank"
                + FROM + " where c.id = any(cast(:ids as uuid[]))")
            .param("ids", UuidArrays.literal(ids)))
        .query(CalendarsTable::row)
        .list();
  }

  /**
   * The calendars the viewer reads through a grant or overlays (holding at least free/busy on them):
   * their personal one first, then by name.
   */
  public List<CalendarRow> listed(Viewer viewer) {
    return viewer
        .bind(jdbc.sql("select * from (" + COLUMNS
            + Visibility.rank(CalendarResources.CALENDAR, "c.id") + " as rank" + FROM
            + " where c.id in " + Visibility.grantedIds(CalendarResources.CALENDAR, "reader")
            + " or s.person_id is not null) l where l.rank > 0"
            + " order by (l.kind = 'PERSONAL' and l.owner_id = :v_me) desc, l.name, l.id"))
        .query(CalendarsTable::row)
        .list();
  }

  /**
   * Locks the calendar's row until commit: the one lock every write to its events and stream takes
   * first, so they serialise and the stream's positions follow commit order.
   */
  public boolean lock(UUID id) {
    return jdbc.sql("select id from calendar.calendar where id = ? for update")
        .param(id)
        .query(UUID.class)
        .optional()
        .isPresent();
  }

  /** Changes the calendar; {@code zoneChosen} when the writer named its zone, which it then keeps. */
  public void update(
      UUID id,
      String name,
      String description,
      String color,
      String timeZone,
      boolean zoneChosen,
      Instant at) {
    jdbc.sql("""
        update calendar.calendar set name = ?, description = ?, color = ?, time_zone = ?,
               time_zone_chosen = time_zone_chosen or ?, updated_at = ?
         where id = ?
        """)
        .params(name, description, color, timeZone, zoneChosen, Timestamps.at(at), id)
        .update();
  }

  public void delete(UUID id) {
    jdbc.sql("delete from calendar.calendar where id = ?").param(id).update();
  }

  /** Moves the calendar's stream one position on and answers it; the caller holds the row's lock. */
  public long nextSeq(UUID id) {
    return jdbc.sql(
            "update calendar.calendar set last_seq = last_seq + 1 where id = ? returning last_seq")
        .param(id)
        .query(Long.class)
        .single();
  }

  /** Overlays the calendar for the person, at the end of their list, or changes how. */
  public void subscribe(UUID personId, UUID calendarId, String color, boolean visible) {
    jdbc.sql("""
        insert into calendar.subscription (person_id, calendar_id, color, visible, position)
        values (?, ?, ?, ?, (select coalesce(max(position) + 1, 0) from calendar.subscription where person_id = ?))
        on conflict (person_id, calendar_id) do update set color = excluded.color, visible = excluded.visible
        """).params(personId, calendarId, color, visible, personId).update();
  }

  public void unsubscribe(UUID personId, UUID calendarId) {
    jdbc.sql("delete from calendar.subscription where person_id = ? and calendar_id = ?")
        .params(personId, calendarId)
        .update();
  }

  /** The people who overlay the calendar. */
  public List<UUID> subscribers(UUID calendarId) {
    return jdbc.sql("select person_id from calendar.subscription where calendar_id = ?")
        .param(calendarId)
        .query(UUID.class)
        .list();
  }

  /** The calendars the person overlays. */
  public List<UUID> subscribed(UUID personId) {
    return jdbc.sql("select calendar_id from calendar.subscription where person_id = ?")
        .param(personId)
        .query(UUID.class)
        .list();
  }

  private static CalendarRow row(ResultSet rs, int n) throws SQLException {
    return new CalendarRow(
        rs.getObject("id", UUID.class),
        rs.getString("name"),
        rs.getString("description"),
        CalendarKind.valueOf(rs.getString("kind")),
        rs.getObject("owner_id", UUID.class),
        rs.getObject("department_id", UUID.class),
        rs.getString("color"),
        rs.getString("time_zone"),
        rs.getBoolean("time_zone_chosen"),
        rs.getLong("last_seq"),
        rs.getInt("rank"),
        rs.getString("subscribed_color"),
        rs.getBoolean("visible"));
  }
}
