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
 * {@code realtime.stream_entry}, every kind's streams: what clients catch up from, and each
 * resource's last position (its newest entry, which the primary key's index finds without a
 * separate head row to keep up to date).
 */
@Repository
public class StreamsTable {

  /** The first key of realtime's advisory locks ("RS"), apart from any other user of the two-key form. */
  private static final int LOCK_SPACE = 0x5253;

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  StreamsTable(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /**
   * Holds the resource's writer lock until the transaction ends, for writers without a row of their
   * own to serialise on. Two resources may share a lock (the key is the id's hash): they then only
   * wait for each other.
   */
  public void lock(UUID resourceId) {
    jdbc.sql("select 1 from (select pg_advisory_xact_lock(?, ?)) locked")
        .params(LOCK_SPACE, resourceId.hashCode())
        .query(Integer.class)
        .single();
  }

  /** The resource's last position (0 before its first entry), as this statement sees it. */
  public long last(UUID resourceId) {
    return jdbc.sql("select coalesce(max(seq), 0) from realtime.stream_entry where resource_id = ?")
        .param(resourceId)
        .query(Long.class)
        .single();
  }

  /**
   * Stores the entry if it is the one after the resource's last (the check and the insert are one
   * statement): false, with nothing stored, when its position is not the next one. Writers of one
   * resource serialise before this (their own row, or {@link #lock}), so it then sees the last
   * committed entry; an unserialised writer that raced another fails on the primary key rather than
   * share a position.
   */
  public boolean insertNext(StreamEntry entry) {
    return jdbc.sql("""
            insert into realtime.stream_entry (resource_id, seq, event, at)
            select :resource, :seq, cast(:event as jsonb), :at
            where coalesce((select max(seq) from realtime.stream_entry where resource_id = :resource), 0) = :seq - 1
            """)
            .param("resource", entry.resourceId())
            .param("seq", entry.seq())
            .param("event", json.writeValueAsString(entry.event()))
            .param("at", Timestamps.at(entry.at()))
            .update()
        == 1;
  }

  /**
   * Each resource's last position, in one statement for all of them (one index probe each); a
   * resource without entries is absent.
   */
  public Map<UUID, Long> heads(Collection<UUID> resources) {
    Map<UUID, Long> heads = new HashMap<>();
    if (!resources.isEmpty()) {
      jdbc.sql("""
              select r.id, (select max(e.seq) from realtime.stream_entry e where e.resource_id = r.id) as last
              from unnest(cast(? as uuid[])) as r(id)
              """)
          .param(resources.toArray(UUID[]::new))
          .query((rs, row) -> {
            long last = rs.getLong("last");
            if (!rs.wasNull()) {
              heads.put(rs.getObject("id", UUID.class), last);
            }
            return last;
          })
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
