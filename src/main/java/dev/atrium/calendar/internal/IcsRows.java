package dev.atrium.calendar.internal;

import dev.atrium.calendar.EventResponse;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What an export reads beside the events themselves: everyone's answers at once, and UIDs. */
@Repository
public class IcsRows {

  /** One attendee's answer to one event. */
  public record Answer(UUID personId, EventResponse response) {}

  private final JdbcClient jdbc;

  IcsRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The attendees of these events with their answers, by event, in one query for a whole feed. */
  public Map<UUID, List<Answer>> attendees(Collection<UUID> eventIds) {
    Map<UUID, List<Answer>> found = new HashMap<>();
    if (eventIds.isEmpty()) {
      return found;
    }
    jdbc.sql("""
            select event_id, person_id, response from calendar.attendee
             where event_id = any(?) order by event_id, person_id""").param(eventIds.toArray(UUID[]::new)).query(rs -> {
      found
          .computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>())
          .add(new Answer(rs.getObject(2, UUID.class), EventResponse.valueOf(rs.getString(3))));
    });
    return found;
  }

  /** The series or single event of this UID on the calendar (not an override of one). */
  public java.util.Optional<UUID> byUid(UUID calendarId, String uid) {
    return jdbc.sql("""
            select id from calendar.event
             where calendar_id = ? and uid = ? and recurrence_id is null""").params(calendarId, uid).query(UUID.class).optional();
  }

  /** Gives an imported event the UID its file knows it by, so a later import finds it again. */
  public void setUid(UUID eventId, String uid) {
    jdbc.sql("update calendar.event set uid = :uid where id = :id or parent_id = :id")
        .param("uid", uid)
        .param("id", eventId)
        .update();
  }
}
