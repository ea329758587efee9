package dev.atrium.chat.internal;

import dev.atrium.chat.StreamEntry;
import dev.atrium.shared.data.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.ObjectMapper;

/** Appends to and reads {@code chat.stream}, each channel's ordered record of what happened. */
@Repository
public class StreamTable {

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  StreamTable(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  public void insert(StreamEntry entry) {
    jdbc.sql("insert into chat.stream (channel_id, seq, kind, payload, at) values (?, ?, ?, cast(? as jsonb), ?)")
        .params(entry.channelId(), entry.seq(), entry.kind(), json.writeValueAsString(entry.payload()), Timestamps.at(entry.at()))
        .update();
  }

  /**
   * Stores the entry at its position in a channel this transaction has locked at the position before
   * it, moves the channel's last position to it, and answers the channel's members as they are now:
   * one statement where {@link ChannelsTable#nextSeq}, {@link #insert} and the members would be three.
   */
  public List<UUID> insertAtLocked(StreamEntry entry) {
    List<UUID> members = jdbc.sql("""
        with moved as (update chat.channel set last_seq = :seq where id = :channel and last_seq = :seq - 1 returning id),
             stored as (insert into chat.stream (channel_id, seq, kind, payload, at)
                        select id, :seq, :kind, cast(:payload as jsonb), :at from moved)
        select m.person_id from moved join chat.channel_member m on m.channel_id = moved.id
        """).param("seq", entry.seq()).param("channel", entry.channelId()).param("kind", entry.kind())
        .param("payload", json.writeValueAsString(entry.payload())).param("at", Timestamps.at(entry.at()))
        .query(UUID.class).list();
    if (members.isEmpty()) {
      // the channel was not at the position before the entry's: nothing was stored
      throw new IllegalStateException("Channel " + entry.channelId() + " is not locked at position " + (entry.seq() - 1));
    }
    return members;
  }

  /** Entries with {@code after < seq <= upTo}, oldest first, at most {@code limit}. */
  public List<StreamEntry> between(UUID channelId, long after, long upTo, int limit) {
    return jdbc.sql("select channel_id, seq, kind, payload, at from chat.stream where channel_id = ? and seq > ? and seq <= ? order by seq limit ?")
        .params(channelId, after, upTo, limit).query(this::map).list();
  }

  private StreamEntry map(ResultSet rs, int row) throws SQLException {
    return new StreamEntry(rs.getObject("channel_id", UUID.class), rs.getLong("seq"), rs.getString("kind"),
        Objects.requireNonNull(Timestamps.instant(rs, "at")), json.readTree(rs.getString("payload")));
  }
}
