package dev.atrium.doc.internal;

import dev.atrium.shared.data.Timestamps;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each person's favourite pages ({@code doc.favourite}) and recently viewed ones ({@code doc.recent_view}). */
@Repository
public class ReadingTable {

  /** How many distinct pages a person's recent list keeps. */
  public static final int RECENT = 20;

  private final JdbcClient jdbc;

  ReadingTable(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void favour(UUID personId, UUID pageId, Instant at) {
    jdbc.sql(
            "insert into doc.favourite (person_id, page_id, created_at) values (?, ?, ?) on conflict do nothing")
        .params(personId, pageId, Timestamps.at(at))
        .update();
  }

  public void unfavour(UUID personId, UUID pageId) {
    jdbc.sql("delete from doc.favourite where person_id = ? and page_id = ?")
        .params(personId, pageId)
        .update();
  }

  public boolean favourite(UUID personId, UUID pageId) {
    return jdbc.sql("select count(*) from doc.favourite where person_id = ? and page_id = ?")
            .params(personId, pageId)
            .query(Integer.class)
            .single()
        > 0;
  }

  /** Newest first. */
  public List<UUID> favourites(UUID personId) {
    return jdbc.sql(
            "select page_id from doc.favourite where person_id = ? order by created_at desc")
        .param(personId)
        .query(UUID.class)
        .list();
  }

  /** Notes a view and forgets what falls off the end of the person's list. */
  public void viewed(UUID personId, UUID pageId, Instant at) {
    jdbc.sql("""
        insert into doc.recent_view (person_id, page_id, viewed_at) values (?, ?, ?)
        on conflict (person_id, page_id) do update set viewed_at = excluded.viewed_at
        """).params(personId, pageId, Timestamps.at(at)).update();
    jdbc.sql("""
        delete from doc.recent_view where person_id = :p and page_id not in (
          select page_id from doc.recent_view where person_id = :p order by viewed_at desc limit :n)
        """).param("p", personId).param("n", RECENT).update();
  }

  /** Newest first. */
  public List<UUID> recent(UUID personId) {
    return jdbc.sql(
            "select page_id from doc.recent_view where person_id = ? order by viewed_at desc")
        .param(personId)
        .query(UUID.class)
        .list();
  }
}
