package dev.atrium.announce.internal;

import dev.atrium.access.Access;
import dev.atrium.access.Role;
import dev.atrium.realtime.StreamAudience;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who hears an announcement's receipts stream: those who may see its statistics, its author and the
 * system administrators (and its reviewer). A person follows (resumes or is reset on reconnect) only
 * the streams of the announcements they wrote or reviewed in the last 30 days, at most 200, so a
 * reconnect does not reset years of them, nor every announcement for an administrator; what an
 * administrator missed meanwhile they refetch as they open the statistics.
 */
@Component
class ReceiptsAudience implements StreamAudience {

  private final JdbcClient jdbc;
  private final Access access;

  ReceiptsAudience(JdbcClient jdbc, Access access) {
    this.jdbc = jdbc;
    this.access = access;
  }

  @Override
  public Collection<UUID> followedBy(UUID personId) {
    return jdbc.sql("""
            select id from announce.announcement
            where (author_id = :person or reviewer_id = :person) and state = 'PUBLISHED'
              and published_at > now() - interval '30 days'
            order by published_at desc limit 200
            """).param("person", personId).query(UUID.class).list();
  }

  @Override
  public Collection<UUID> audience(UUID announcementId) {
    return jdbc.sql("select author_id, reviewer_id from announce.announcement where id = ?")
        .param(announcementId)
        .query((rs, row) -> {
          Set<UUID> people = new HashSet<>();
          people.add(rs.getObject("author_id", UUID.class));
          UUID reviewer = rs.getObject("reviewer_id", UUID.class);
          if (reviewer != null) {
            people.add(reviewer);
          }
          return people;
        })
        .optional()
        .map(people -> {
          people.addAll(access.holders(Role.SYSTEM_ADMIN));
          return (Collection<UUID>) people;
        })
        .orElse(Set.of());
  }
}
