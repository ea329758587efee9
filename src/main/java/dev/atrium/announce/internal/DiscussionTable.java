package dev.atrium.announce.internal;

import dev.atrium.shared.data.Timestamps;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code announce.comment} and {@code announce.reaction}. */
@Repository
public class DiscussionTable {

  private final JdbcClient jdbc;

  DiscussionTable(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public record Row(UUID id, UUID authorId, String text, Instant createdAt) {}

  public record Tally(String emoji, int count, boolean mine) {}

  public void insert(UUID id, UUID announcementId, UUID authorId, String text, Instant now) {
    jdbc.sql("""
        insert into announce.comment (id, announcement_id, author_id, text, created_at) values (?, ?, ?, ?, ?)
        """).params(id, announcementId, authorId, text, Timestamps.at(now)).update();
  }

  public List<Row> of(UUID announcementId) {
    return jdbc.sql("""
        select id, author_id, text, created_at from announce.comment where announcement_id = ?
        order by created_at, id limit 1000
        """)
        .param(announcementId)
        .query((rs, n) -> new Row(
            rs.getObject("id", UUID.class),
            rs.getObject("author_id", UUID.class),
            rs.getString("text"),
            Timestamps.required(rs, "created_at")))
        .list();
  }

  public void react(UUID announcementId, UUID personId, String emoji, Instant now) {
    jdbc.sql("""
        insert into announce.reaction (announcement_id, person_id, emoji, created_at) values (?, ?, ?, ?)
        on conflict do nothing
        """).params(announcementId, personId, emoji, Timestamps.at(now)).update();
  }

  public void unreact(UUID announcementId, UUID personId, String emoji) {
    jdbc.sql(
            "delete from announce.reaction where announcement_id = ? and person_id = ? and emoji = ?")
        .params(announcementId, personId, emoji)
        .update();
  }

  public List<Tally> reactions(UUID announcementId, UUID personId) {
    return jdbc.sql("""
        select emoji, count(*) as n, bool_or(person_id = ?) as mine from announce.reaction
        where announcement_id = ? group by emoji order by min(created_at), emoji
        """)
        .params(personId, announcementId)
        .query((rs, n) -> new Tally(rs.getString("emoji"), rs.getInt("n"), rs.getBoolean("mine")))
        .list();
  }
}
