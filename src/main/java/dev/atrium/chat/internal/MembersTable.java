package dev.atrium.chat.internal;

import dev.atrium.chat.ChannelRole;
import dev.atrium.shared.data.Timestamps;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes {@code chat.channel_member}: one row per member, holding their own state (read
 * cursor, star). Their role is their grant in access ({@link ChannelGrants}), written with the row by
 * {@link Memberships}.
 */
@Repository
public class MembersTable {

  /** One member row, for the members list. */
  public record MemberRow(UUID personId, ChannelRole role, Instant joinedAt) {}

  /** The role of member {@code m}, as the rank of their grant. */
  private static final String RANK = ChannelGrants.memberRank("m.channel_id", "m.person_id");

  private final JdbcClient jdbc;

  MembersTable(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The member's role; empty when not a member. */
  public Optional<ChannelRole> role(UUID channelId, UUID personId) {
    return jdbc.sql("select " + RANK
            + " from chat.channel_member m where m.channel_id = ? and m.person_id = ?")
        .params(channelId, personId)
        .query(Integer.class)
        .optional()
        .map(ChannelRole::ofRank);
  }

  /** Adds the member; false when they were one already. */
  public boolean add(UUID channelId, UUID personId, Instant at) {
    return jdbc.sql("""
        insert into chat.channel_member (channel_id, person_id, joined_at) values (?, ?, ?)
        on conflict do nothing
        """).params(channelId, personId, Timestamps.at(at)).update() == 1;
  }

  public boolean remove(UUID channelId, UUID personId) {
    return jdbc.sql("delete from chat.channel_member where channel_id = ? and person_id = ?")
            .params(channelId, personId)
            .update()
        == 1;
  }

  /** Of {@code people}, those who are in a channel together with {@code personId}. */
  public List<UUID> sharingAChannelWith(UUID personId, java.util.Collection<UUID> people) {
    if (people.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("""
        select distinct other.person_id from chat.channel_member mine
        join chat.channel_member other on other.channel_id = mine.channel_id
        where mine.person_id = ? and other.person_id = any(cast(? as uuid[]))
        """)
        .params(personId, dev.atrium.shared.data.UuidArrays.literal(people))
        .query(UUID.class)
        .list();
  }

  public List<UUID> of(UUID channelId) {
    return jdbc.sql("select person_id from chat.channel_member where channel_id = ?")
        .param(channelId)
        .query(UUID.class)
        .list();
  }

  /** The member's read cursor; empty when not a member. */
  public java.util.Optional<Long> readSeq(UUID channelId, UUID personId) {
    return jdbc.sql(
            "select read_seq from chat.channel_member where channel_id = ? and person_id = ? for update")
        .params(channelId, personId)
        .query(Long.class)
        .optional();
  }

  /** Sets the read cursor exactly, back as well as forward (mark as unread). */
  public void setRead(UUID channelId, UUID personId, long seq) {
    jdbc.sql("update chat.channel_member set read_seq = ? where channel_id = ? and person_id = ?")
        .params(seq, channelId, personId)
        .update();
  }

  public void star(UUID channelId, UUID personId, boolean starred) {
    jdbc.sql("update chat.channel_member set starred = ? where channel_id = ? and person_id = ?")
        .params(starred, channelId, personId)
        .update();
  }

  /** Every member's read cursor, for read receipts (small conversations only). */
  public java.util.List<dev.atrium.chat.ReadCursor> cursors(UUID channelId) {
    return jdbc.sql(
            "select person_id, read_seq from chat.channel_member where channel_id = ? order by joined_at, person_id")
        .param(channelId)
        .query(
            (rs, row) -> new dev.atrium.chat.ReadCursor(rs.getObject(1, UUID.class), rs.getLong(2)))
        .list();
  }

  public long count(UUID channelId) {
    return jdbc.sql("select count(*) from chat.channel_member where channel_id = ?")
        .param(channelId)
        .query(Long.class)
        .single();
  }

  /** The longest-standing member, the heir of a group whose last owner left. */
  public Optional<UUID> eldest(UUID channelId) {
    return jdbc.sql(
            "select person_id from chat.channel_member where channel_id = ? order by joined_at, person_id limit 1")
        .param(channelId)
        .query(UUID.class)
        .optional();
  }

  public Optional<MemberRow> row(UUID channelId, UUID personId) {
    return jdbc.sql(
            "select m.person_id, " + RANK
                + " as rank, m.joined_at from chat.channel_member m where m.channel_id = ? and m.person_id = ?")
        .params(channelId, personId)
        .query(MembersTable::row)
        .optional();
  }

  /** One page of members: owners, then admins, then members, each by when they joined. */
  public List<MemberRow> page(UUID channelId, int page, int size) {
    return jdbc.sql("""
        select m.person_id, %s as rank, m.joined_at from chat.channel_member m where m.channel_id = ?
        order by rank desc, m.joined_at, m.person_id
        limit ? offset ?
        """.formatted(RANK))
        .params(channelId, size, (long) page * size)
        .query(MembersTable::row)
        .list();
  }

  /** Moves the read cursor forward only; an older position never moves it back. */
  public void markRead(UUID channelId, UUID personId, long seq) {
    jdbc.sql(
            "update chat.channel_member set read_seq = greatest(read_seq, ?) where channel_id = ? and person_id = ?")
        .params(seq, channelId, personId)
        .update();
  }

  private static MemberRow row(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new MemberRow(
        rs.getObject("person_id", UUID.class),
        ChannelRole.ofRank(rs.getInt("rank")),
        Objects.requireNonNull(Timestamps.instant(rs, "joined_at")));
  }
}
