package dev.atrium.chat.internal;

import dev.atrium.access.ResourceAccess;
import dev.atrium.chat.ChannelAccess;
import dev.atrium.chat.ChannelRole;
import dev.atrium.chat.ChannelSettings;
import dev.atrium.chat.MentionPolicy;
import dev.atrium.chat.PostingPolicy;
import dev.atrium.shared.Ids;
import dev.atrium.shared.data.Timestamps;
import dev.atrium.shared.data.UuidArrays;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Department channels' membership, a whole channel at a time: one statement adds the people missing
 * and one removes those who should not be there, whatever the department's size, so that a channel
 * made for a department of thousands, or repaired by the reconciliation, costs a few statements and
 * not one per member. An org import goes further: its new channels are made in one statement and
 * its people seated in and out of any number of channels in one each ({@link #make}, {@link
 * #addEach}, {@link #removeEach}; the default channels an import's newcomers join too). Each
 * member's role is their grant in access, added and taken with their row. The stream entries that
 * announce the changes are the caller's ({@link Memberships#announce}). Id arrays are joined as
 * {@code unnest(cast(? as uuid[]))}, never compared with {@code = any(cast(? as uuid[]))} in a scan:
 * {@code array_in} is only stable, so that cast is not folded into a constant and a 5,000-id array
 * would be parsed again for every row (50 s a statement in bench/org-import.sh).
 */
@Repository
public class DepartmentSeats {

  /** A department channel: the department it follows, and its name and state as stored. */
  public record DepartmentChannel(UUID id, UUID departmentId, String name, boolean archived) {}

  /** A channel {@link #make} made, and its settings as stored (for the entry that announces it). */
  public record Made(UUID id, ChannelSettings settings) {}

  /** (channel, person) pairs as two arrays of equal length, for {@code unnest(channels, people)}. */
  private record Pairs(List<UUID> channels, List<UUID> people) {
    static Pairs of(Map<UUID, ? extends Collection<UUID>> peopleByChannel) {
      Pairs pairs = new Pairs(new ArrayList<>(), new ArrayList<>());
      peopleByChannel.forEach((channel, people) -> people.forEach(person -> {
        pairs.channels().add(channel);
        pairs.people().add(person);
      }));
      return pairs;
    }
  }

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

  /**
   * Makes the channels of these departments (id to name) in one statement, like {@link
   * ChannelsTable#insertForDepartment} with no maker; a department that has one already is passed by.
   * Answers the channels made, by department, with their settings as stored.
   */
  public Map<UUID, Made> make(Map<UUID, String> departments, Instant at) {
    Map<UUID, Made> made = new HashMap<>();
    if (departments.isEmpty()) {
      return made;
    }
    List<UUID> ids = new ArrayList<>();
    List<UUID> departmentIds = new ArrayList<>();
    List<String> names = new ArrayList<>();
    departments.forEach((departmentId, name) -> {
      ids.add(Ids.newId());
      departmentIds.add(departmentId);
      names.add(name);
    });
    jdbc.sql("""
        insert into chat.channel (id, kind, name, created_at, department_id)
        select x.id, 'DEPARTMENT', x.name, ?, x.department_id
        from unnest(cast(? as uuid[]), cast(? as uuid[]), cast(? as text[])) x(id, department_id, name)
        on conflict (department_id) do nothing
        returning id, department_id, name, topic, purpose, archived, posting_policy, mention_policy
        """)
        .params(
            Timestamps.at(at),
            UuidArrays.literal(ids),
            UuidArrays.literal(departmentIds),
            // the driver binds a String[] as text[]; names may hold commas and quotes, which a
            // literal
            // would have to escape
            names.toArray(String[]::new))
        .query((rs, row) -> made.put(
            rs.getObject("department_id", UUID.class),
            new Made(
                rs.getObject("id", UUID.class),
                new ChannelSettings(
                    rs.getString("name"),
                    rs.getString("topic"),
                    rs.getString("purpose"),
                    rs.getBoolean("archived"),
                    PostingPolicy.valueOf(rs.getString("posting_policy")),
                    MentionPolicy.valueOf(rs.getString("mention_policy"))))))
        .list();
    return made;
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

  /**
   * Adds each person to the channel they are listed under, where they are not in it already, in one
   * statement whatever the number of channels, with their member grants (one more); answers who was
   * added, by channel.
   */
  public Map<UUID, List<UUID>> addEach(Map<UUID, ? extends Collection<UUID>> people, Instant at) {
    Map<UUID, List<UUID>> added = new HashMap<>();
    Pairs pairs = Pairs.of(people);
    if (pairs.channels().isEmpty()) {
      return added;
    }
    // in one order, so that two such inserts that overlap wait for each other rather than deadlock
    jdbc.sql("""
        insert into chat.channel_member (channel_id, person_id, joined_at)
        select x.c, x.p, ? from unnest(cast(? as uuid[]), cast(? as uuid[])) x(c, p) order by x.c, x.p
        on conflict do nothing returning channel_id, person_id
        """)
        .params(
            Timestamps.at(at),
            UuidArrays.literal(pairs.channels()),
            UuidArrays.literal(pairs.people()))
        .query((rs, row) -> added
            .computeIfAbsent(rs.getObject("channel_id", UUID.class), k -> new ArrayList<>())
            .add(rs.getObject("person_id", UUID.class)))
        .list();
    access.holdAll(ChannelAccess.TYPE, added, ChannelRole.MEMBER.grantRole());
    return added;
  }

  /**
   * Takes each person out of the channel they are listed under, in one statement, with their grants
   * (one more); answers who was removed, by channel.
   */
  public Map<UUID, List<UUID>> removeEach(Map<UUID, ? extends Collection<UUID>> people) {
    Map<UUID, List<UUID>> removed = new HashMap<>();
    Pairs pairs = Pairs.of(people);
    if (pairs.channels().isEmpty()) {
      return removed;
    }
    jdbc.sql("""
        delete from chat.channel_member m using unnest(cast(? as uuid[]), cast(? as uuid[])) x(c, p)
        where m.channel_id = x.c and m.person_id = x.p returning m.channel_id, m.person_id
        """)
        .params(UuidArrays.literal(pairs.channels()), UuidArrays.literal(pairs.people()))
        .query((rs, row) -> removed
            .computeIfAbsent(rs.getObject("channel_id", UUID.class), k -> new ArrayList<>())
            .add(rs.getObject("person_id", UUID.class)))
        .list();
    access.releaseAll(ChannelAccess.TYPE, removed);
    return removed;
  }

  /** The department channels each of these people is in, by person (someone in none is left out). */
  public Map<UUID, Set<UUID>> channelsOfEach(Collection<UUID> people) {
    Map<UUID, Set<UUID>> channels = new HashMap<>();
    if (people.isEmpty()) {
      return channels;
    }
    jdbc.sql("""
        select m.person_id, m.channel_id from unnest(cast(? as uuid[])) x(p)
          join chat.channel_member m on m.person_id = x.p join chat.channel c on c.id = m.channel_id
        where c.kind = 'DEPARTMENT'
        """)
        .param(UuidArrays.literal(people))
        .query((rs, row) -> channels
            .computeIfAbsent(rs.getObject("person_id", UUID.class), k -> new HashSet<>())
            .add(rs.getObject("channel_id", UUID.class)))
        .list();
    return channels;
  }

  /** Removes every member but these; answers who was removed. */
  public List<UUID> removeAllBut(UUID channelId, Collection<UUID> people) {
    List<UUID> removed = jdbc.sql("""
        delete from chat.channel_member
        where channel_id = ? and person_id not in (select unnest(cast(? as uuid[])))
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
