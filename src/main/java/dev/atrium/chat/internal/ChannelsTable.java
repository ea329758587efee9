package dev.atrium.chat.internal;

import dev.atrium.chat.Channel;
import dev.atrium.chat.ChannelCapabilities;
import dev.atrium.chat.ChannelKind;
import dev.atrium.chat.ChannelListing;
import dev.atrium.chat.ChannelRole;
import dev.atrium.chat.ChannelSettings;
import dev.atrium.chat.MentionPolicy;
import dev.atrium.chat.PostingPolicy;
import dev.atrium.shared.data.Timestamps;
import dev.atrium.shared.data.UuidArrays;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code chat.channel}, and its view for one person. */
@Repository
public class ChannelsTable {

  /**
   * The view of a channel for {@code :v_me}: membership, their role (the rank of their grant in
   * access), whether a grant lets them see it, read cursor, unread and mention counts.
   */
  private static final String VIEW =
      """
      select c.id, c.kind, c.name, c.topic, c.purpose, c.archived, c.posting_policy, c.mention_policy,
             c.department_id, c.created_at, c.last_seq,
             case when m.person_id is null then 0 else %s end as rank, %s as seen,
             coalesce(m.read_seq, 0) as read_seq, coalesce(m.starred, false) as starred,
             coalesce(u.unread, 0) as unread, coalesce(u.mentioned, 0) as mentioned,
             (select count(*) from chat.channel_member y where y.channel_id = c.id) as member_count,
             (select o.person_id from chat.channel_member o
              where c.kind = 'DIRECT' and o.channel_id = c.id and o.person_id <> :v_me limit 1) as other
      from chat.channel c
      left join chat.channel_member m on m.channel_id = c.id and m.person_id = :v_me
      -- a thread reply raises the unread count only when it is also in the channel or mentions me
      left join lateral (
        select count(*) filter (where x.thread_root_id is null or x.also_in_channel or x.mentions_all or :v_me = any(x.mentions)) as unread,
               count(*) filter (where x.mentions_all or :v_me = any(x.mentions)) as mentioned
        from chat.message x
        where m.person_id is not null and x.channel_id = c.id and x.seq > m.read_seq and x.author_id <> :v_me and x.deleted_at is null
      ) u on true
      """.formatted(ChannelGrants.memberRank("c.id", ":v_me"), ChannelGrants.seen("c.id"));

  private final JdbcClient jdbc;

  ChannelsTable(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Inserts the channel; false when a direct conversation of the same pair won the race. */
  public boolean insert(
      UUID id,
      ChannelKind kind,
      @Nullable String name,
      @Nullable String topic,
      UUID createdBy,
      Instant at,
      @Nullable String directPair) {
    return jdbc.sql("""
        insert into chat.channel (id, kind, name, topic, created_by, created_at, direct_pair)
        values (?, ?, ?, ?, ?, ?, ?) on conflict (direct_pair) do nothing
        """)
            .params(id, kind.name(), name, topic, createdBy, Timestamps.at(at), directPair)
            .update()
        == 1;
  }

  /** Inserts a department's channel; false when that department has one already (a concurrent request won). */
  public boolean insertForDepartment(
      UUID id, UUID departmentId, String name, @Nullable UUID createdBy, Instant at) {
    return jdbc.sql("""
        insert into chat.channel (id, kind, name, created_by, created_at, department_id)
        values (?, 'DEPARTMENT', ?, ?, ?, ?) on conflict (department_id) do nothing
        """)
            .params(id, name, createdBy, Timestamps.at(at), departmentId)
            .update()
        == 1;
  }

  /** The channel as this person, no guest, would see it; for reading its own fields, not for deciding. */
  public Optional<Channel> view(UUID id, UUID me) {
    return view(id, me, false).map(Seen::channel);
  }

  /** The channel as this person sees it, and whether a grant lets them see it at all. */
  public Optional<Seen> view(UUID id, UUID me, boolean guest) {
    return ChannelGrants.bind(jdbc.sql(VIEW + " where c.id = :id"), me, guest)
        .param("id", id)
        .query((rs, row) -> new Seen(map(rs, row), rs.getBoolean("seen")))
        .optional();
  }

  /** A channel as someone sees it, and whether a grant lets them (theirs, or public and they are no guest). */
  public record Seen(Channel channel, boolean seen) {}

  /**
   * The channels the person is in, newest activity first: their list, their catch-up and their
   * unread counts. Being in a channel means holding a grant on it by name, so whether they are a
   * guest changes nothing here.
   */
  public List<Channel> of(UUID me) {
    return ChannelGrants.bind(
            jdbc.sql(VIEW
                + " where m.person_id is not null order by c.last_seq desc, c.created_at desc"),
            me,
            false)
        .query(ChannelsTable::map)
        .list();
  }

  public Optional<UUID> direct(String pair) {
    return jdbc.sql("select id from chat.channel where direct_pair = ?")
        .param(pair)
        .query(UUID.class)
        .optional();
  }

  public Optional<UUID> ofDepartment(UUID departmentId) {
    return jdbc.sql("select id from chat.channel where department_id = ?")
        .param(departmentId)
        .query(UUID.class)
        .optional();
  }

  /** The channels of these departments, by department. */
  public java.util.Map<UUID, UUID> ofDepartments(Collection<UUID> departmentIds) {
    java.util.Map<UUID, UUID> found = new java.util.HashMap<>();
    if (departmentIds.isEmpty()) {
      return found;
    }
    jdbc.sql(
            "select department_id, id from chat.channel where department_id = any(cast(? as uuid[]))")
        .param(UuidArrays.literal(departmentIds))
        .query((rs, row) ->
            found.put(rs.getObject("department_id", UUID.class), rs.getObject("id", UUID.class)))
        .list();
    return found;
  }

  /** The department channels this person is in. */
  public List<UUID> departmentChannelsOf(UUID personId) {
    return jdbc.sql("""
        select c.id from chat.channel c join chat.channel_member m on m.channel_id = c.id
        where c.kind = 'DEPARTMENT' and m.person_id = ?
        """).param(personId).query(UUID.class).list();
  }

  public void updateSettings(UUID id, ChannelSettings settings) {
    jdbc.sql("""
        update chat.channel set name = ?, topic = ?, purpose = ?, archived = ?, posting_policy = ?, mention_policy = ?
        where id = ?
        """)
        .params(
            settings.name(),
            settings.topic(),
            settings.purpose(),
            settings.archived(),
            settings.postingPolicy().name(),
            settings.mentionPolicy().name(),
            id)
        .update();
  }

  /** Public channels whose name contains {@code query} (any case), by name; {@code joined} is {@code me}'s. */
  public List<ChannelListing> browse(UUID me, String query, int page, int size) {
    return jdbc.sql("""
        select c.id, c.name, c.topic, c.purpose, c.archived,
               (select count(*) from chat.channel_member y where y.channel_id = c.id) as member_count,
               exists (select 1 from chat.channel_member m where m.channel_id = c.id and m.person_id = :me) as joined
        from chat.channel c
        where c.kind = 'PUBLIC' and strpos(lower(c.name), lower(:q)) > 0
        order by c.archived, lower(c.name), c.id
        limit :size offset :offset
        """)
        .param("me", me)
        .param("q", query)
        .param("size", size)
        .param("offset", (long) page * size)
        .query((rs, row) -> new ChannelListing(
            rs.getObject("id", UUID.class),
            rs.getString("name"),
            rs.getString("topic"),
            rs.getString("purpose"),
            rs.getLong("member_count"),
            rs.getBoolean("joined"),
            rs.getBoolean("archived")))
        .list();
  }

  public long countPublic(String query) {
    return jdbc.sql(
            "select count(*) from chat.channel c where c.kind = 'PUBLIC' and strpos(lower(c.name), lower(?)) > 0")
        .param(query)
        .query(Long.class)
        .single();
  }

  /**
   * What a member may do in the channel, read as the channel row is locked until commit (so every
   * other writer of its stream waits for us): one statement instead of the channel's whole view and
   * then the lock. Empty when the person is not a member (or there is no such channel).
   */
  public Optional<Locked> lockAsMember(UUID id, UUID personId) {
    return jdbc.sql("""
        select c.kind, c.archived, c.posting_policy, c.mention_policy, c.last_seq, %s as rank
        from chat.channel c join chat.channel_member m on m.channel_id = c.id and m.person_id = ?
        where c.id = ? for update of c
        """.formatted(ChannelGrants.memberRank("c.id", "m.person_id")))
        .params(personId, id)
        .query((rs, row) -> {
          ChannelKind kind = ChannelKind.valueOf(rs.getString("kind"));
          ChannelRole role = ChannelRole.ofRank(rs.getInt("rank"));
          boolean archived = rs.getBoolean("archived");
          return new Locked(
              id,
              kind,
              archived,
              rs.getLong("last_seq"),
              ChannelCapabilities.of(
                  kind,
                  role,
                  archived,
                  PostingPolicy.valueOf(rs.getString("posting_policy")),
                  MentionPolicy.valueOf(rs.getString("mention_policy")),
                  false));
        })
        .optional();
  }

  /** A channel locked by this transaction: its last stream position then, and what the member who locked it may do. */
  public record Locked(
      UUID id,
      ChannelKind kind,
      boolean archived,
      long lastSeq,
      ChannelCapabilities capabilities) {}

  /** Locks the channel row until commit: every writer of this channel's stream now waits for us. */
  public long lock(UUID id) {
    return jdbc.sql("select last_seq from chat.channel where id = ? for update")
        .param(id)
        .query(Long.class)
        .single();
  }

  /** Whether the channel exists (archived or not). */
  public boolean exists(UUID id) {
    return jdbc.sql("select exists (select 1 from chat.channel where id = ?)")
        .param(id)
        .query(Boolean.class)
        .single();
  }

  /** Takes the next stream position; the row stays locked until commit, so no one shares or skips it. */
  public long nextSeq(UUID id) {
    return jdbc.sql(
            "update chat.channel set last_seq = last_seq + 1 where id = ? returning last_seq")
        .param(id)
        .query(Long.class)
        .single();
  }

  /** The channels this person is in: the streams they follow. */
  public List<UUID> idsOf(UUID personId) {
    return jdbc.sql("select channel_id from chat.channel_member where person_id = ?")
        .param(personId)
        .query(UUID.class)
        .list();
  }

  private static Channel map(ResultSet rs, int row) throws SQLException {
    int rank = rs.getInt("rank");
    ChannelRole role = rank == 0 ? null : ChannelRole.ofRank(rank);
    ChannelKind kind = ChannelKind.valueOf(rs.getString("kind"));
    boolean archived = rs.getBoolean("archived");
    PostingPolicy posting = PostingPolicy.valueOf(rs.getString("posting_policy"));
    MentionPolicy mentionPolicy = MentionPolicy.valueOf(rs.getString("mention_policy"));
    return new Channel(
        rs.getObject("id", UUID.class),
        kind,
        rs.getString("name"),
        rs.getString("topic"),
        rs.getString("purpose"),
        archived,
        posting,
        mentionPolicy,
        rs.getObject("department_id", UUID.class),
        Objects.requireNonNull(Timestamps.instant(rs, "created_at")),
        rs.getLong("last_seq"),
        role,
        rs.getLong("read_seq"),
        rs.getLong("unread"),
        rs.getLong("mentioned"),
        rs.getLong("member_count"),
        rs.getObject("other", UUID.class),
        ChannelCapabilities.of(kind, role, archived, posting, mentionPolicy, false),
        rs.getBoolean("starred"));
  }
}
