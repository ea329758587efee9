package dev.atrium.chat.internal;

import dev.atrium.chat.Attachment;
import dev.atrium.chat.Message;
import dev.atrium.shared.data.Timestamps;
import dev.atrium.shared.data.UuidArrays;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes {@code chat.message}, with each message's reactions and quoted message. */
@Repository
public class MessagesTable {

  private static final String SELECT = """
      select m.id, m.channel_id, m.seq, m.author_id, m.client_message_id, m.body, m.created_at, m.edited_at, m.deleted_at, m.attachments,
             m.thread_root_id, m.also_in_channel, m.reply_count, m.last_reply_at, m.reply_participants,
             m.mentions, m.mentions_all, m.pinned_at, m.pinned_by,
             m.quote_of, m.quote_author_id, m.quote_excerpt, q.deleted_at as quote_deleted_at,
             m.forwarded_message_id, m.forwarded_channel_id, m.forwarded_channel_name, m.forwarded_author_id,
             (select coalesce(json_agg(json_build_object('emoji', g.emoji, 'personIds', g.people) order by g.first, g.emoji), '[]')
              from (select r.emoji, array_agg(r.person_id order by r.at, r.person_id) as people, min(r.at) as first
                    from chat.reaction r where r.message_id = m.id group by r.emoji) g) as reactions
      from chat.message m
      left join chat.message q on q.id = m.quote_of
      """;
  private static final TypeReference<List<Message.Reaction>> REACTIONS = new TypeReference<>() {};

  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final TypeReference<List<Attachment>> ATTACHMENTS = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  MessagesTable(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /**
   * Stores a new message at the position after {@code channel}'s, which this transaction locked
   * ({@link ChannelsTable#lockAsMember}) and read at {@code m.seq() - 1}, moves the channel there and
   * answers its members as they are now: one statement, so a post holds its channel's lock for as
   * few round trips as possible (bench/chat-load.sh, BENCHMARKS.md "The post path").
   */
  public List<UUID> insertAdvancing(ChannelsTable.Locked channel, Message m) {
    if (m.seq() != channel.lastSeq() + 1 || !m.channelId().equals(channel.id())) {
      throw new IllegalArgumentException("Message at " + m.seq() + " does not follow channel "
          + channel.id() + " at " + channel.lastSeq());
    }
    Message.Quote quote = m.quote();
    Message.Forwarded forwarded = m.forwardedFrom();
    List<UUID> members = jdbc.sql("""
        with moved as (update chat.channel set last_seq = :seq where id = :channel and last_seq = :seq - 1 returning id),
             stored as (
               insert into chat.message (id, channel_id, seq, author_id, client_message_id, body, created_at, attachments,
                                         thread_root_id, also_in_channel, mentions, mentions_all,
                                         quote_of, quote_author_id, quote_excerpt,
                                         forwarded_message_id, forwarded_channel_id, forwarded_channel_name, forwarded_author_id)
               select :id, moved.id, :seq, :author, :clientMessageId, :body, :createdAt, cast(:attachments as jsonb),
                      :threadRoot, :alsoInChannel, cast(:mentions as uuid[]), :mentionsAll,
                      :quoteOf, :quoteAuthor, :quoteExcerpt,
                      :forwardedMessage, :forwardedChannel, :forwardedChannelName, :forwardedAuthor
               from moved)
        select m.person_id from moved join chat.channel_member m on m.channel_id = moved.id
        """)
        .param("seq", m.seq())
        .param("channel", m.channelId())
        .param("id", m.id())
        .param("author", m.authorId())
        .param("clientMessageId", m.clientMessageId())
        .param("body", m.body())
        .param("createdAt", Timestamps.at(m.createdAt()))
        .param("attachments", JSON.writeValueAsString(m.attachments()))
        .param("threadRoot", m.threadRootId())
        .param("alsoInChannel", m.alsoInChannel())
        .param("mentions", UuidArrays.literal(m.mentions().people()))
        .param("mentionsAll", m.mentions().all())
        .param("quoteOf", quote == null ? null : quote.messageId())
        .param("quoteAuthor", quote == null ? null : quote.authorId())
        .param("quoteExcerpt", quote == null ? null : quote.excerpt())
        .param("forwardedMessage", forwarded == null ? null : forwarded.messageId())
        .param("forwardedChannel", forwarded == null ? null : forwarded.channelId())
        .param("forwardedChannelName", forwarded == null ? null : forwarded.channelName())
        .param("forwardedAuthor", forwarded == null ? null : forwarded.authorId())
        .query(UUID.class)
        .list();
    if (members.isEmpty()) {
      // the channel was not at the position read with the lock: nothing moved, nothing stored
      throw new IllegalStateException(
          "Channel " + channel.id() + " is not locked at position " + channel.lastSeq());
    }
    return members;
  }

  public Optional<Message> find(UUID id) {
    return jdbc.sql(SELECT + " where m.id = ?").param(id).query(this::map).optional();
  }

  /** The message at stream position {@code seq} of a channel, if that position is a message. */
  public Optional<Message> bySeq(UUID channelId, long seq) {
    return jdbc.sql(SELECT + " where m.channel_id = ? and m.seq = ?")
        .params(channelId, seq)
        .query(this::map)
        .optional();
  }

  /** The message an earlier try with this {@code clientMessageId} stored; only its id, as a retry is rare. */
  public Optional<UUID> byClientId(UUID channelId, UUID authorId, UUID clientMessageId) {
    return jdbc.sql(
            "select id from chat.message where channel_id = ? and author_id = ? and client_message_id = ?")
        .params(channelId, authorId, clientMessageId)
        .query(UUID.class)
        .optional();
  }

  public void edit(UUID id, String body, Instant at) {
    jdbc.sql("update chat.message set body = ?, edited_at = ? where id = ?")
        .params(body, Timestamps.at(at), id)
        .update();
  }

  /** Empties the message: its text, its quote's excerpt, its reactions, earlier versions and pin go with it. */
  public void tombstone(UUID id, Instant at) {
    jdbc.sql(
            "update chat.message set body = '', attachments = '[]', quote_excerpt = case when quote_of is null then null else '' end, deleted_at = ?, pinned_at = null, pinned_by = null where id = ?")
        .params(Timestamps.at(at), id)
        .update();
    jdbc.sql("delete from chat.reaction where message_id = ?").param(id).update();
    jdbc.sql("delete from chat.message_version where message_id = ?").param(id).update();
  }

  /** Up to {@code limit} messages of the main history (roots, and replies also sent to the channel) before {@code before}, oldest first. */
  public List<Message> history(UUID channelId, long before, int limit) {
    return jdbc.sql("select * from (" + SELECT + """
         where m.channel_id = ? and m.seq < ? and (m.thread_root_id is null or m.also_in_channel)
         order by m.seq desc limit ?) page order by seq
        """)
        .params(channelId, before, limit)
        .query(this::map)
        .list();
  }

  /** Up to {@code limit} messages of the main history after position {@code after}, oldest first. */
  public List<Message> after(UUID channelId, long after, int limit) {
    return jdbc.sql(
            SELECT
                + " where m.channel_id = ? and m.seq > ? and (m.thread_root_id is null or m.also_in_channel) order by m.seq limit ?")
        .params(channelId, after, limit)
        .query(this::map)
        .list();
  }

  /**
   * Whether someone else's message sits at a position in {@code (from, to]}: a reader's cursor
   * crossing it changes a receipt (one's own messages have no receipt of one's own).
   */
  public boolean othersBetween(UUID channelId, UUID reader, long from, long to) {
    return jdbc.sql(
            "select exists (select 1 from chat.message where channel_id = ? and seq > ? and seq <= ? and author_id <> ?)")
        .params(channelId, from, to, reader)
        .query(Boolean.class)
        .single();
  }

  /** A thread's replies, oldest first. */
  public List<Message> replies(UUID rootId, int limit) {
    return jdbc.sql(SELECT + " where m.thread_root_id = ? order by m.seq limit ?")
        .params(rootId, limit)
        .query(this::map)
        .list();
  }

  /** Counts a new reply on its root: one more, the latest now, its author among the participants. */
  public void countReply(UUID rootId, UUID authorId, Instant at) {
    jdbc.sql("""
        update chat.message set reply_count = reply_count + 1, last_reply_at = greatest(last_reply_at, ?),
          reply_participants = case when ? = any(reply_participants) then reply_participants else array_append(reply_participants, ?) end
        where id = ?
        """).params(Timestamps.at(at), authorId, authorId, rootId).update();
  }

  public void pin(UUID id, @Nullable Instant at, @Nullable UUID by) {
    jdbc.sql("update chat.message set pinned_at = ?, pinned_by = ? where id = ?")
        .params(at == null ? null : Timestamps.at(at), by, id)
        .update();
  }

  public List<Message> pinned(UUID channelId) {
    return jdbc.sql(SELECT
            + " where m.channel_id = ? and m.pinned_at is not null order by m.pinned_at desc")
        .param(channelId)
        .query(this::map)
        .list();
  }

  /** Adds a reaction; false when this person had already reacted so. */
  public boolean react(UUID messageId, UUID personId, String emoji, Instant at) {
    return jdbc.sql(
                "insert into chat.reaction (message_id, person_id, emoji, at) values (?, ?, ?, ?) on conflict do nothing")
            .params(messageId, personId, emoji, Timestamps.at(at))
            .update()
        == 1;
  }

  public boolean unreact(UUID messageId, UUID personId, String emoji) {
    return jdbc.sql(
                "delete from chat.reaction where message_id = ? and person_id = ? and emoji = ?")
            .params(messageId, personId, emoji)
            .update()
        == 1;
  }

  private Message map(ResultSet rs, int row) throws SQLException {
    UUID id = rs.getObject("id", UUID.class);
    int replies = rs.getInt("reply_count");
    Message.ThreadSummary thread = replies == 0
        ? null
        : new Message.ThreadSummary(
            replies,
            Objects.requireNonNull(Timestamps.instant(rs, "last_reply_at")),
            UuidArrays.of(rs.getArray("reply_participants")));
    Instant pinnedAt = Timestamps.instant(rs, "pinned_at");
    UUID quoteOf = rs.getObject("quote_of", UUID.class);
    boolean quoteDeleted = rs.getObject("quote_deleted_at") != null;
    Message.Quote quote = quoteOf == null
        ? null
        : new Message.Quote(
            quoteOf,
            rs.getObject("quote_author_id", UUID.class),
            quoteDeleted ? "" : Objects.requireNonNullElse(rs.getString("quote_excerpt"), ""),
            quoteDeleted);
    UUID forwardedId = rs.getObject("forwarded_message_id", UUID.class);
    Message.Forwarded forwarded = forwardedId == null
        ? null
        : new Message.Forwarded(
            forwardedId,
            rs.getObject("forwarded_channel_id", UUID.class),
            rs.getString("forwarded_channel_name"),
            rs.getObject("forwarded_author_id", UUID.class));
    return new Message(
        id,
        rs.getObject("channel_id", UUID.class),
        rs.getLong("seq"),
        rs.getObject("author_id", UUID.class),
        rs.getObject("client_message_id", UUID.class),
        rs.getString("body"),
        Objects.requireNonNull(Timestamps.instant(rs, "created_at")),
        Timestamps.instant(rs, "edited_at"),
        Timestamps.instant(rs, "deleted_at"),
        JSON.readValue(rs.getString("attachments"), ATTACHMENTS),
        rs.getObject("thread_root_id", UUID.class),
        rs.getBoolean("also_in_channel"),
        thread,
        new Message.Mentions(UuidArrays.of(rs.getArray("mentions")), rs.getBoolean("mentions_all")),
        json.readValue(rs.getString("reactions"), REACTIONS),
        pinnedAt == null ? null : new Message.Pin(pinnedAt, rs.getObject("pinned_by", UUID.class)),
        quote,
        forwarded);
  }
}
