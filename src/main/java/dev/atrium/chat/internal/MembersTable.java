package dev.atrium.chat.internal;

import dev.atrium.chat.ChannelRole;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code chat.channel_member}: one row per member, holding their read cursor. */
@Repository
public class MembersTable {

  private final JdbcClient jdbc;

  MembersTable(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<ChannelRole> role(UUID channelId, UUID personId) {
    return jdbc.sql("select role from chat.channel_member where channel_id = ? and person_id = ?")
        .params(channelId, personId).query(String.class).optional().map(ChannelRole::valueOf);
  }

  /** Adds the member; false when they were one already. */
  public boolean add(UUID channelId, UUID personId, ChannelRole role, Instant at) {
    return jdbc.sql("""
        insert into chat.channel_member (channel_id, person_id, role, joined_at) values (?, ?, ?, ?)
        on conflict do nothing
        """).params(channelId, personId, role.name(), Sql.at(at)).update() == 1;
  }

  public boolean remove(UUID channelId, UUID personId) {
    return jdbc.sql("delete from chat.channel_member where channel_id = ? and person_id = ?")
        .params(channelId, personId).update() == 1;
  }

  public List<UUID> of(UUID channelId) {
    return jdbc.sql("select person_id from chat.channel_member where channel_id = ?").param(channelId).query(UUID.class).list();
  }

  /** The member's read cursor; empty when not a member. */
  public java.util.Optional<Long> readSeq(UUID channelId, UUID personId) {
    return jdbc.sql("select read_seq from chat.channel_member where channel_id = ? and person_id = ? for update")
        .params(channelId, personId).query(Long.class).optional();
  }

  /** Sets the read cursor exactly, back as well as forward (mark as unread). */
  public void setRead(UUID channelId, UUID personId, long seq) {
    jdbc.sql("update chat.channel_member set read_seq = ? where channel_id = ? and person_id = ?")
        .params(seq, channelId, personId).update();
  }

  public void star(UUID channelId, UUID personId, boolean starred) {
    jdbc.sql("update chat.channel_member set starred = ? where channel_id = ? and person_id = ?")
        .params(starred, channelId, personId).update();
  }

  /** Every member's read cursor, for read receipts (small conversations only). */
  public java.util.List<dev.atrium.chat.ReadCursor> cursors(UUID channelId) {
    return jdbc.sql("select person_id, read_seq from chat.channel_member where channel_id = ? order by joined_at, person_id")
        .param(channelId).query((rs, row) -> new dev.atrium.chat.ReadCursor(rs.getObject(1, UUID.class), rs.getLong(2))).list();
  }

  /** Moves the read cursor forward only; an older position never moves it back. */
  public void markRead(UUID channelId, UUID personId, long seq) {
    jdbc.sql("update chat.channel_member set read_seq = greatest(read_seq, ?) where channel_id = ? and person_id = ?")
        .params(seq, channelId, personId).update();
  }
}
