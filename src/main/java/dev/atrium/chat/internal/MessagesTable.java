package dev.atrium.chat.internal;

import dev.atrium.chat.Attachment;
import dev.atrium.chat.Message;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes {@code chat.message}. */
@Repository
public class MessagesTable {

  private static final String SELECT = """
      select id, channel_id, seq, author_id, client_message_id, body, created_at, edited_at, deleted_at, attachments
      from chat.message
      """;

  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final TypeReference<List<Attachment>> ATTACHMENTS = new TypeReference<>() {};

  private final JdbcClient jdbc;

  MessagesTable(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(Message m) {
    jdbc.sql("""
        insert into chat.message (id, channel_id, seq, author_id, client_message_id, body, created_at, attachments)
        values (?, ?, ?, ?, ?, ?, ?, ?::jsonb)
        """).params(m.id(), m.channelId(), m.seq(), m.authorId(), m.clientMessageId(), m.body(), Sql.at(m.createdAt()),
            JSON.writeValueAsString(m.attachments()))
        .update();
  }

  public Optional<Message> find(UUID id) {
    return jdbc.sql(SELECT + " where id = ?").param(id).query(MessagesTable::map).optional();
  }

  /** The message at stream position {@code seq} of a channel, if that position is a message. */
  public Optional<Message> bySeq(UUID channelId, long seq) {
    return jdbc.sql(SELECT + " where channel_id = ? and seq = ?").params(channelId, seq).query(MessagesTable::map).optional();
  }

  public Optional<Message> byClientId(UUID channelId, UUID authorId, UUID clientMessageId) {
    return jdbc.sql(SELECT + " where channel_id = ? and author_id = ? and client_message_id = ?")
        .params(channelId, authorId, clientMessageId).query(MessagesTable::map).optional();
  }

  public void edit(UUID id, String body, Instant at) {
    jdbc.sql("update chat.message set body = ?, edited_at = ? where id = ?").params(body, Sql.at(at), id).update();
  }

  public void tombstone(UUID id, Instant at) {
    jdbc.sql("update chat.message set body = '', attachments = '[]', deleted_at = ? where id = ?").params(Sql.at(at), id).update();
  }

  /** Up to {@code limit} messages before position {@code before}, oldest first. */
  public List<Message> history(UUID channelId, long before, int limit) {
    return jdbc.sql("select * from (" + SELECT + " where channel_id = ? and seq < ? order by seq desc limit ?) m order by seq")
        .params(channelId, before, limit).query(MessagesTable::map).list();
  }

  private static Message map(ResultSet rs, int row) throws SQLException {
    return new Message(rs.getObject("id", UUID.class), rs.getObject("channel_id", UUID.class), rs.getLong("seq"),
        rs.getObject("author_id", UUID.class), rs.getObject("client_message_id", UUID.class), rs.getString("body"),
        Objects.requireNonNull(Sql.instant(rs, "created_at")), Sql.instant(rs, "edited_at"), Sql.instant(rs, "deleted_at"),
        JSON.readValue(rs.getString("attachments"), ATTACHMENTS));
  }
}
