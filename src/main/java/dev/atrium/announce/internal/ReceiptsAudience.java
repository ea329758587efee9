package dev.atrium.announce.internal;

import dev.atrium.realtime.StreamAudience;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who hears an announcement's receipts stream: its author and its reviewer, the people who watch its
 * statistics as their own. A content administrator may open anyone's statistics but is not sent
 * every announcement's counts (they refetch as they look). A person follows the streams of the
 * announcements they wrote or reviewed in the last 30 days, at most 200, so a reconnect does not
 * reset years of them.
 */
@Component
class ReceiptsAudience implements StreamAudience {

  private final JdbcClient jdbc;

  ReceiptsAudience(JdbcClient jdbc) {
    this.jdbc = jdbc;
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
        .orElse(Set.of());
  }
}
