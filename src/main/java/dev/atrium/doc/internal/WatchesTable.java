package dev.atrium.doc.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code doc.page_watch}: who watches a page, and who chose not to. */
@Repository
public class WatchesTable {

  private final JdbcClient jdbc;

  WatchesTable(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Watching from now on, unless the person chose before not to watch this page. */
  public void watchUnlessDeclined(UUID pageId, Collection<UUID> people) {
    for (UUID person : people) {
      jdbc.sql(
              "insert into doc.page_watch (page_id, person_id, watching) values (?, ?, true) on conflict do nothing")
          .params(pageId, person)
          .update();
    }
  }

  public void set(UUID pageId, UUID personId, boolean watching) {
    jdbc.sql("""
        insert into doc.page_watch (page_id, person_id, watching) values (?, ?, ?)
        on conflict (page_id, person_id) do update set watching = excluded.watching
        """).params(pageId, personId, watching).update();
  }

  public boolean watching(UUID pageId, UUID personId) {
    return jdbc.sql(
                "select count(*) from doc.page_watch where page_id = ? and person_id = ? and watching")
            .params(pageId, personId)
            .query(Integer.class)
            .single()
        > 0;
  }

  public List<UUID> watchers(UUID pageId) {
    return jdbc.sql(
            "select person_id from doc.page_watch where page_id = ? and watching order by person_id")
        .param(pageId)
        .query(UUID.class)
        .list();
  }
}
