package dev.atrium.realtime.internal;

import dev.atrium.realtime.StreamEntry;
import dev.atrium.realtime.Streams;
import dev.atrium.shared.data.Timestamps;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code realtime.stream_head} (each resource's last position) and {@code realtime.stream_entry}
 * (what clients catch up from), for every kind of stream.
 */
@Repository
public class StreamsTable {

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  StreamsTable(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /**
   * The resource's next position, its head row locked until the transaction ends: two writers of one
   * resource serialise here, so positions are gap-free and never shared.
   */
  public long next(String stream, UUID resourceId) {
    return jdbc.sql("""
        insert into realtime.stream_head (resource_id, stream, last_seq) values (?, ?, 1)
        on conflict (resource_id) do update set last_seq = realtime.stream_head.last_seq + 1
        returning last_seq
        """).params(resourceId, stream).query(Long.class).single();
  }

  public void insert(StreamEntry entry) {
    jdbc.sql(
            "insert into realtime.stream_entry (resource_id, seq, event, at) values (?, ?, cast(? as jsonb), ?)")
        .params(
            entry.resourceId(),
            entry.seq(),
            json.writeValueAsString(entry.event()),
            Timestamps.at(entry.at()))
        .update();
  }

  /** Each resource's last position, in one statement for all of them; a resource without entries is absent. */
  public Map<UUID, Long> heads(Collection<UUID> resources) {
    Map<UUID, Long> heads = new HashMap<>();
    if (!resources.isEmpty()) {
      jdbc.sql("select resource_id, last_seq from realtime.stream_head where resource_id = any(?)")
          .param(resources.toArray(UUID[]::new))
          .query((rs, row) -> heads.put(rs.getObject(1, UUID.class), rs.getLong(2)))
          .list();
    }
    return heads;
  }

  /** Entries with {@code after < seq <= upTo}, oldest first, at most {@link Streams#MAX_MISSED}. */
  public List<StreamEntry> between(String stream, UUID resourceId, long after, long upTo) {
    return jdbc.sql(
            "select seq, event, at from realtime.stream_entry where resource_id = ? and seq > ? and seq <= ? order by seq limit ?")
        .params(resourceId, after, upTo, Streams.MAX_MISSED)
        .query((rs, row) -> new StreamEntry(
            stream,
            resourceId,
            rs.getLong("seq"),
            Objects.requireNonNull(Timestamps.instant(rs, "at")),
            json.readTree(rs.getString("event"))))
        .list();
  }

  /** Whether a client at {@code cursor} can catch up to {@code last} from the stream, or must reload. */
  public static boolean reachable(long cursor, long last) {
    return cursor >= 0 && cursor <= last && last - cursor <= Streams.MAX_MISSED;
  }
}
