package dev.atrium.chat.internal;

import dev.atrium.chat.Attachment;
import dev.atrium.shared.data.UuidArrays;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** The few columns search needs of chat's messages and channels, read lean for a rebuild of a million. */
@Repository
public class SearchRows {

  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final TypeReference<List<Attachment>> ATTACHMENTS = new TypeReference<>() {};
  private static final String MESSAGE = """
      select m.id, m.channel_id, m.seq, m.author_id, m.body, m.created_at, m.deleted_at, m.attachments,
             m.thread_root_id, m.also_in_channel, r.seq as root_seq
      from chat.message m left join chat.message r on r.id = m.thread_root_id
      """;
  private static final String CHANNEL = """
      select id, name, topic, purpose, created_by, created_at from chat.channel
      where kind in ('PUBLIC', 'PRIVATE', 'DEPARTMENT')
      """;

  /** A message as search sees it; {@code rootSeq} is its thread root's position, for a link that lands in context. */
  public record MessageRow(
      UUID id,
      UUID channelId,
      long seq,
      UUID authorId,
      String body,
      Instant createdAt,
      boolean deleted,
      List<Attachment> attachments,
      @Nullable Long rootSeq,
      boolean alsoInChannel) {}

  /** A named channel (direct and group conversations have no name of their own and are found by their messages). */
  public record ChannelRow(
      UUID id,
      String name,
      @Nullable String topic,
      @Nullable String purpose,
      @Nullable UUID createdBy,
      Instant createdAt) {}

  private final JdbcClient jdbc;

  SearchRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The messages of these ids that exist, deleted ones included (as tombstones). */
  public List<MessageRow> messages(Collection<UUID> ids) {
    return jdbc.sql(MESSAGE + " where m.id = any(cast(? as uuid[]))")
        .param(UuidArrays.literal(ids))
        .query(SearchRows::message)
        .list();
  }

  /** Up to {@code limit} messages not deleted, after {@code after} in id order (a keyset page of a rebuild). */
  public List<MessageRow> messagesAfter(UUID after, int limit) {
    return jdbc.sql(MESSAGE + " where m.id > ? and m.deleted_at is null order by m.id limit ?")
        .params(after, limit)
        .query(SearchRows::message)
        .list();
  }

  public long countMessages() {
    return jdbc.sql("select count(*) from chat.message where deleted_at is null")
        .query(Long.class)
        .single();
  }

  public long countChannels() {
    return jdbc.sql(
            "select count(*) from chat.channel where kind in ('PUBLIC', 'PRIVATE', 'DEPARTMENT')")
        .query(Long.class)
        .single();
  }

  public Optional<ChannelRow> channel(UUID id) {
    return jdbc.sql(CHANNEL + " and id = ?")
        .param(id)
        .query(SearchRows::channel)
        .optional();
  }

  public List<ChannelRow> channels() {
    return jdbc.sql(CHANNEL).query(SearchRows::channel).list();
  }

  /** The channels whose messages the person may read: theirs, and every public one unless a guest ({@link ChannelGrants}). */
  public Set<UUID> readable(UUID personId, boolean guest) {
    return Set.copyOf(ChannelGrants.bind(
            jdbc.sql("select distinct ids.resource_id from " + ChannelGrants.VISIBLE_IDS + " ids"),
            personId,
            guest)
        .query(UUID.class)
        .list());
  }

  private static MessageRow message(ResultSet rs, int row) throws SQLException {
    return new MessageRow(
        rs.getObject("id", UUID.class),
        rs.getObject("channel_id", UUID.class),
        rs.getLong("seq"),
        rs.getObject("author_id", UUID.class),
        rs.getString("body"),
        rs.getTimestamp("created_at").toInstant(),
        rs.getTimestamp("deleted_at") != null,
        JSON.readValue(rs.getString("attachments"), ATTACHMENTS),
        rs.getObject("root_seq", Long.class),
        rs.getBoolean("also_in_channel"));
  }

  private static ChannelRow channel(ResultSet rs, int row) throws SQLException {
    return new ChannelRow(
        rs.getObject("id", UUID.class),
        rs.getString("name"),
        rs.getString("topic"),
        rs.getString("purpose"),
        rs.getObject("created_by", UUID.class),
        rs.getTimestamp("created_at").toInstant());
  }
}
