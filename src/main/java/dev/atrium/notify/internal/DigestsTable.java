package dev.atrium.notify.internal;

import dev.atrium.shared.Ids;
import dev.atrium.shared.data.Timestamps;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads and writes {@code notify.digest}: per person, what was left unread since they were last
 * seen or since their previous digest, whichever is later. One digest per person and start, so a
 * second run over the same window (another node, a retry) adds nothing.
 */
@Repository
public class DigestsTable {

  /** One module's part: how many unread, and the ids of the latest few. */
  public record Group(String module, int count, List<UUID> latest) {}

  public record Row(UUID id, UUID personId, Instant since, Instant createdAt, List<Group> groups) {}

  private static final TypeReference<List<Group>> GROUPS = new TypeReference<>() {};

  private static final String SINCE = """
      greatest(coalesce((select seen_at from notify.seen s where s.person_id = :person), 'epoch'),
               coalesce((select max(created_at) from notify.digest d where d.person_id = :person), 'epoch'))""";

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  DigestsTable(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** Where the next digest of this person starts: their last look or their last digest (for someone never seen, 1970). */
  public Instant since(UUID personId) {
    return jdbc.sql("select " + SINCE)
        .param("person", personId)
        .query((rs, row) -> Objects.requireNonNull(Timestamps.instant(rs, 1)))
        .single();
  }

  /**
   * People with unread notifications newer than their last look and their last digest, who have not
   * looked since {@code idleBefore}.
   */
  public List<UUID> away(Instant idleBefore, int limit) {
    return jdbc.sql("""
            select n.recipient_id from notify.notification n
            left join notify.seen s on s.person_id = n.recipient_id
            where n.read_at is null and (s.seen_at is null or s.seen_at < :idle)
              and n.updated_at > coalesce(s.seen_at, 'epoch')
              and n.updated_at > coalesce((select max(d.created_at) from notify.digest d where d.person_id = n.recipient_id), 'epoch')
            group by n.recipient_id limit :limit""")
        .param("idle", Timestamps.at(idleBefore))
        .param("limit", limit)
        .query(UUID.class)
        .list();
  }

  /** Empty when this person already has a digest starting at {@code since}. */
  public Optional<UUID> insert(UUID personId, Instant since, Instant now, List<Group> groups) {
    return jdbc.sql("""
            insert into notify.digest (id, person_id, since, created_at, groups) values (?, ?, ?, ?, cast(? as jsonb))
            on conflict (person_id, since) do nothing returning id""")
        .params(
            Ids.newId(),
            personId,
            Timestamps.at(since),
            Timestamps.at(now),
            json.writeValueAsString(groups))
        .query(UUID.class)
        .optional();
  }

  public Optional<Row> latest(UUID personId) {
    return jdbc.sql(
            "select id, person_id, since, created_at, groups from notify.digest where person_id = ?"
                + " order by created_at desc limit 1")
        .param(personId)
        .query((rs, row) -> new Row(
            rs.getObject("id", UUID.class),
            rs.getObject("person_id", UUID.class),
            Objects.requireNonNull(Timestamps.instant(rs, "since")),
            Objects.requireNonNull(Timestamps.instant(rs, "created_at")),
            json.readValue(rs.getString("groups"), GROUPS)))
        .optional();
  }
}
