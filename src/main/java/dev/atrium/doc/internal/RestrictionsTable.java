package dev.atrium.doc.internal;

import dev.atrium.doc.PrincipalKind;
import dev.atrium.shared.data.UuidArrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code doc.page_restriction}. */
@Repository
public class RestrictionsTable {

  /** One entry: {@code edit} for the editors' list, else the readers'. */
  public record Entry(PrincipalKind kind, UUID principalId, boolean edit) {}

  private final JdbcClient jdbc;

  RestrictionsTable(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<Entry> of(UUID pageId) {
    return jdbc.sql("select kind, principal_id, level from doc.page_restriction where page_id = ? order by level, kind, principal_id")
        .param(pageId).query((rs, n) -> new Entry(PrincipalKind.valueOf(rs.getString(1)), rs.getObject(2, UUID.class),
            rs.getString(3).equals("EDIT"))).list();
  }

  /** Which of these pages carry restrictions of their own. */
  public List<UUID> restricted(Collection<UUID> pageIds) {
    return jdbc.sql("select distinct page_id from doc.page_restriction where page_id = any(cast(? as uuid[]))")
        .param(UuidArrays.literal(pageIds)).query(UUID.class).list();
  }

  public void replace(UUID pageId, Collection<Entry> entries) {
    jdbc.sql("delete from doc.page_restriction where page_id = ?").param(pageId).update();
    for (Entry entry : entries) {
      jdbc.sql("insert into doc.page_restriction (page_id, level, kind, principal_id) values (?, ?, ?, ?)")
          .params(pageId, entry.edit() ? "EDIT" : "READ", entry.kind().name(), entry.principalId()).update();
    }
  }
}
