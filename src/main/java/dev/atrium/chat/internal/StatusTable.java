package dev.atrium.chat.internal;

import dev.atrium.shared.data.Timestamps;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code chat.status}: who set do not disturb, and until when. */
@Repository
public class StatusTable {

  /** Do not disturb is on until {@code until} (null: until turned off). */
  public record Dnd(@Nullable Instant until) {}

  private final JdbcClient jdbc;

  StatusTable(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Map<UUID, Dnd> dnd(List<UUID> people) {
    Map<UUID, Dnd> found = new HashMap<>();
    if (people.isEmpty()) {
      return found;
    }
    jdbc.sql("select person_id, dnd_until from chat.status where person_id in (:people)")
        .param("people", people)
        .query((rs, row) ->
            found.put(rs.getObject(1, UUID.class), new Dnd(Timestamps.instant(rs, "dnd_until"))))
        .list();
    return found;
  }

  public void setDnd(UUID personId, @Nullable Instant until, Instant at) {
    jdbc.sql("""
        insert into chat.status (person_id, dnd_until, set_at) values (?, ?, ?)
        on conflict (person_id) do update set dnd_until = excluded.dnd_until, set_at = excluded.set_at
        """)
        .params(personId, until == null ? null : Timestamps.at(until), Timestamps.at(at))
        .update();
  }

  public void clearDnd(UUID personId) {
    jdbc.sql("delete from chat.status where person_id = ?").param(personId).update();
  }
}
