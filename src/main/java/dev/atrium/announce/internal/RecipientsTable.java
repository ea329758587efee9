package dev.atrium.announce.internal;

import dev.atrium.announce.Device;
import dev.atrium.shared.data.Timestamps;
import dev.atrium.shared.data.UuidArrays;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code announce.recipient}: who an announcement was delivered to (the audience as resolved at
 * publication, plus later joiners), with each one's receipts. It is also who may read it.
 */
@Repository
public class RecipientsTable {

  private final JdbcClient jdbc;

  RecipientsTable(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Delivers to these people (each with their primary department now) in one statement, leaving
   * alone anyone it was delivered to already; answers how many were new.
   */
  public int deliver(UUID announcementId, Map<UUID, Optional<UUID>> people, Instant now) {
    if (people.isEmpty()) {
      return 0;
    }
    List<UUID> ids = new ArrayList<>(people.size());
    List<String> departments = new ArrayList<>(people.size());
    people.forEach((person, department) -> {
      ids.add(person);
      departments.add(department.map(UUID::toString).orElse("NULL"));
    });
    return jdbc.sql("""
        insert into announce.recipient (announcement_id, person_id, department_id, delivered_at)
        select :announcement, p, d, :now
        from unnest(cast(:people as uuid[]), cast(:departments as uuid[])) as r (p, d)
        on conflict do nothing
        """)
        .param("announcement", announcementId)
        .param("people", UuidArrays.literal(ids))
        .param("departments", "{" + String.join(",", departments) + "}")
        .param("now", Timestamps.at(now))
        .update();
  }

  public Optional<Receipt> of(UUID announcementId, UUID personId) {
    return jdbc.sql("""
        select delivered_at, opened_at, confirmed_at, confirmed_version from announce.recipient
        where announcement_id = ? and person_id = ?
        """)
        .params(announcementId, personId)
        .query((rs, n) -> new Receipt(
            Timestamps.required(rs, "delivered_at"),
            Timestamps.instant(rs, "opened_at"),
            Timestamps.instant(rs, "confirmed_at"),
            (Integer) rs.getObject("confirmed_version")))
        .optional();
  }

  /** Notes the first opening only: a second device, or the same one again, changes nothing. */
  public void open(UUID announcementId, UUID personId, Device device, Instant now) {
    jdbc.sql("""
        update announce.recipient set opened_at = :now, opened_device = :device
        where announcement_id = :a and person_id = :p and opened_at is null
        """)
        .param("a", announcementId)
        .param("p", personId)
        .param("device", device.name())
        .param("now", Timestamps.at(now))
        .update();
  }

  /**
   * Confirms {@code version} unless it or a later one was confirmed already; a confirmation opens it
   * too when it was not opened yet (confirmed from the banner).
   */
  public void confirm(UUID announcementId, UUID personId, int version, Device device, Instant now) {
    jdbc.sql("""
        update announce.recipient set confirmed_at = :now, confirmed_version = :version,
          opened_at = coalesce(opened_at, :now), opened_device = coalesce(opened_device, :device)
        where announcement_id = :a and person_id = :p
          and (confirmed_version is null or confirmed_version < :version)
        """)
        .param("a", announcementId)
        .param("p", personId)
        .param("version", version)
        .param("device", device.name())
        .param("now", Timestamps.at(now))
        .update();
  }

  /** The recipients in id order after {@code after}, a batch at a time (notices to thousands). */
  public List<UUID> peopleAfter(UUID announcementId, UUID after, int limit) {
    return jdbc.sql("""
        select person_id from announce.recipient where announcement_id = ? and person_id > ?
        order by person_id limit ?
        """).params(announcementId, after, limit).query(UUID.class).list();
  }

  public boolean isRecipient(UUID announcementId, UUID personId) {
    return jdbc.sql(
                "select count(*) from announce.recipient where announcement_id = ? and person_id = ?")
            .params(announcementId, personId)
            .query(Long.class)
            .single()
        > 0;
  }

  /** The announcements delivered to the person that are published now: their search keys. */
  public Set<UUID> publishedFor(UUID personId) {
    return Set.copyOf(jdbc.sql("""
        select r.announcement_id from announce.recipient r
        join announce.announcement a on a.id = r.announcement_id
        where r.person_id = ? and a.state = 'PUBLISHED'
        """).param(personId).query(UUID.class).list());
  }

  public long count(UUID announcementId) {
    return jdbc.sql("select count(*) from announce.recipient where announcement_id = ?")
        .param(announcementId)
        .query(Long.class)
        .single();
  }

  /** Which of these people an announcement was delivered to already. */
  public Set<UUID> among(UUID announcementId, Collection<UUID> people) {
    return Set.copyOf(jdbc.sql("""
        select person_id from announce.recipient
        where announcement_id = ? and person_id = any(cast(? as uuid[]))
        """)
        .params(announcementId, UuidArrays.literal(people))
        .query(UUID.class)
        .list());
  }
}
