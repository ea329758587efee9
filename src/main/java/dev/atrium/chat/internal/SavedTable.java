package dev.atrium.chat.internal;

import dev.atrium.shared.data.Timestamps;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code chat.saved_item}: each person's private list of saved messages. */
@Repository
public class SavedTable {

  /** One saved message of a person. */
  public record Row(UUID messageId, Instant savedAt) {}

  private final JdbcClient jdbc;

  SavedTable(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void save(UUID personId, UUID messageId, Instant at) {
    jdbc.sql(
            "insert into chat.saved_item (person_id, message_id, saved_at) values (?, ?, ?) on conflict do nothing")
        .params(personId, messageId, Timestamps.at(at))
        .update();
  }

  public void remove(UUID personId, UUID messageId) {
    jdbc.sql("delete from chat.saved_item where person_id = ? and message_id = ?")
        .params(personId, messageId)
        .update();
  }

  /** Newest first. */
  public List<Row> of(UUID personId, int limit) {
    return jdbc.sql(
            "select message_id, saved_at from chat.saved_item where person_id = ? order by saved_at desc limit ?")
        .params(personId, limit)
        .query((rs, row) -> new Row(
            rs.getObject("message_id", UUID.class),
            Objects.requireNonNull(Timestamps.instant(rs, "saved_at"))))
        .list();
  }
}
