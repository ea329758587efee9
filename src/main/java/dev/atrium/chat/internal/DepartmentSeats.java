package dev.atrium.chat.internal;

import dev.atrium.access.ResourceAccess;
import dev.atrium.chat.ChannelAccess;
import dev.atrium.chat.ChannelRole;
import dev.atrium.shared.data.Timestamps;
import dev.atrium.shared.data.UuidArrays;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Department channels' membership, a whole channel at a time: one statement adds the people missing
 * and one removes those who should not be there, whatever the department's size, so that a channel
 * made for a department of thousands, or repaired by the reconciliation, costs a few statements and
 * not one per member. Each member's role is their grant in access, added and taken with their row.
 */
@Repository
public class DepartmentSeats {

  /** A department channel: the department it follows, and its name and state as stored. */
  public record DepartmentChannel(UUID id, UUID departmentId, String name, boolean archived) {}

  /** The first key of these advisory locks ("DS"), apart from any other user of the two-key form. */
  private static final int LOCK_SPACE = 0x4453;

  /** The first key of the lock that orders making channels before people's syncs ("DM"). */
  private static final int MAKING_SPACE = 0x444D;

  private final JdbcClient jdbc;
  private final ResourceAccess access;

  DepartmentSeats(JdbcClient jdbc, ResourceAccess access) {
    this.jdbc = jdbc;
    this.access = access;
  }

  public List<DepartmentChannel> all() {
    return jdbc.sql(
            "select id, department_id, name, archived from chat.channel where kind = 'DEPARTMENT'")
        .query((rs, row) -> new DepartmentChannel(
            rs.getObject("id", UUID.class),
            rs.getObject("department_id", UUID.class),
            rs.getString("name"),
            rs.getBoolean("archived")))
        .list();
  }

  /** Adds these people as members (those in already stay as they are); answers who was added. */
  public List<UUID> addAll(UUID channelId, Collection<UUID> people, Instant at) {
    if (people.isEmpty()) {
      return List.of();
    }
    List<UUID> added = jdbc.sql("""
        insert into chat.channel_member (channel_id, person_id, joined_at)
        select ?, p, ? from unnest(cast(? as uuid[])) p
        on conflict do nothing returning person_id
        """)
        .params(channelId, Timestamps.at(at), UuidArrays.literal(people))
        .query(UUID.class)
        .list();
    access.holdAll(ChannelAccess.TYPE, channelId, added, ChannelRole.MEMBER.grantRole());
    return added;
  }

  /** Removes every member but these; answers who was removed. */
  public List<UUID> removeAllBut(UUID channelId, Collection<UUID> people) {
    List<UUID> removed = jdbc.sql("""
        delete from chat.channel_member where channel_id = ? and person_id <> all(cast(? as uuid[]))
        returning person_id
        """)
        .params(channelId, UuidArrays.literal(people))
        .query(UUID.class)
        .list();
    access.releaseAll(ChannelAccess.TYPE, channelId, removed);
    return removed;
  }

  /**
   * Held by whoever makes a department's channel, until commit. A person's sync that starts
   * meanwhile waits for it ({@link #awaitChannelsMade}) and then sees the new channel. Without it, a
   * maker that read the department's people before a newcomer committed and a newcomer's sync that
   * read the channels before the new one committed each missed the other, and the newcomer stayed out
   * of their new department's channel until the next reconciliation.
   */
  public void lockChannelMaking() {
    jdbc.sql("select 1 from (select pg_advisory_xact_lock(?, 0)) locked")
        .param(MAKING_SPACE)
        .query(Integer.class)
        .single();
  }

  /** Waits for channels being made to commit (see {@link #lockChannelMaking}); other syncs go on meanwhile. */
  public void awaitChannelsMade() {
    jdbc.sql("select 1 from (select pg_advisory_xact_lock_shared(?, 0)) locked")
        .param(MAKING_SPACE)
        .query(Integer.class)
        .single();
  }

  /**
   * Holds the person's department-channel changes until commit, so that two changes of one person
   * (suspended, then reactivated at once) apply in order: the second waits, then reads the org as
   * the first left it. Other people's changes go on meanwhile.
   */
  public void lockPerson(UUID personId) {
    jdbc.sql("select 1 from (select pg_advisory_xact_lock(?, ?)) locked")
        .params(LOCK_SPACE, personId.hashCode())
        .query(Integer.class)
        .single();
  }
}
