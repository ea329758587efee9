package dev.atrium.chat.internal;

import dev.atrium.shared.data.Timestamps;
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

/** Reads and writes {@code chat.ding} and {@code chat.ding_recipient}. */
@Repository
public class DingsTable {

  /** One DING; {@code channelId} and {@code seq} are set when its source is a chat message. */
  public record Row(
      UUID id,
      UUID authorId,
      @Nullable UUID channelId,
      @Nullable Long seq,
      String title,
      String link,
      Instant createdAt) {}

  /** One recipient of a DING and when they acknowledged it (null: not yet). */
  public record RecipientRow(UUID personId, @Nullable Instant acknowledgedAt) {}

  private static final String COLUMNS =
      "d.id, d.author_id, d.channel_id, d.seq, d.title, d.link, d.created_at";

  private final JdbcClient jdbc;

  DingsTable(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(Row ding) {
    jdbc.sql("""
            insert into chat.ding (id, author_id, channel_id, seq, title, link, created_at)
            values (?, ?, ?, ?, ?, ?, ?)""")
        .params(
            ding.id(),
            ding.authorId(),
            ding.channelId(),
            ding.seq(),
            ding.title(),
            ding.link(),
            Timestamps.at(ding.createdAt()))
        .update();
  }

  /**
   * The DING of another module's object by this author: the one stored, or {@code proposed} stored
   * now. Two concurrent calls meet at the unique index and both get the same row.
   */
  public Row ofObject(Row proposed) {
    jdbc.sql("""
            insert into chat.ding (id, author_id, title, link, created_at) values (?, ?, ?, ?, ?)
            on conflict (author_id, link) where channel_id is null do nothing""")
        .params(
            proposed.id(),
            proposed.authorId(),
            proposed.title(),
            proposed.link(),
            Timestamps.at(proposed.createdAt()))
        .update();
    return jdbc.sql("select " + COLUMNS
            + " from chat.ding d where d.author_id = ? and d.link = ? and d.channel_id is null")
        .params(proposed.authorId(), proposed.link())
        .query(DingsTable::row)
        .single();
  }

  /** Adds the people not yet dinged by this DING, in one statement; returns those added. */
  public List<UUID> addRecipients(UUID dingId, Collection<UUID> people) {
    return jdbc.sql("""
            insert into chat.ding_recipient (ding_id, person_id)
            select ?, p from unnest(?::uuid[]) p
            on conflict do nothing
            returning person_id""")
        .params(dingId, people.toArray(UUID[]::new))
        .query(UUID.class)
        .list();
  }

  public Optional<Row> find(UUID id) {
    return jdbc.sql("select " + COLUMNS + " from chat.ding d where d.id = ?")
        .param(id)
        .query(DingsTable::row)
        .optional();
  }

  /** The person's row of this DING, if they are one of its recipients. */
  public Optional<RecipientRow> recipient(UUID dingId, UUID personId) {
    return jdbc.sql(
            "select person_id, acknowledged_at from chat.ding_recipient where ding_id = ? and person_id = ?")
        .params(dingId, personId)
        .query(DingsTable::recipientRow)
        .optional();
  }

  /** Every recipient. */
  public List<RecipientRow> recipients(UUID dingId) {
    return jdbc.sql(
            "select person_id, acknowledged_at from chat.ding_recipient where ding_id = ? order by person_id")
        .param(dingId)
        .query(DingsTable::recipientRow)
        .list();
  }

  /** Marks it acknowledged unless it already was; true when this call did. */
  public boolean acknowledge(UUID dingId, UUID personId, Instant at) {
    return jdbc.sql("""
            update chat.ding_recipient set acknowledged_at = ?
            where ding_id = ? and person_id = ? and acknowledged_at is null""").params(Timestamps.at(at), dingId, personId).update() == 1;
  }

  /** The person's unacknowledged DINGs, newest first. */
  public List<Row> waitingFor(UUID personId, int limit) {
    return jdbc.sql("select " + COLUMNS + """
             from chat.ding_recipient r join chat.ding d on d.id = r.ding_id
            where r.person_id = ? and r.acknowledged_at is null
            order by d.created_at desc, d.id desc limit ?""")
        .params(personId, limit)
        .query(DingsTable::row)
        .list();
  }

  private static Row row(ResultSet rs, int row) throws SQLException {
    return new Row(
        rs.getObject("id", UUID.class),
        rs.getObject("author_id", UUID.class),
        rs.getObject("channel_id", UUID.class),
        rs.getObject("seq", Long.class),
        rs.getString("title"),
        rs.getString("link"),
        Timestamps.required(rs, "created_at"));
  }

  private static RecipientRow recipientRow(ResultSet rs, int row) throws SQLException {
    return new RecipientRow(
        rs.getObject("person_id", UUID.class), Timestamps.instant(rs, "acknowledged_at"));
  }
}
