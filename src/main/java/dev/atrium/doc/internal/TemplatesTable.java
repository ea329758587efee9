package dev.atrium.doc.internal;

import dev.atrium.shared.data.Timestamps;
import dev.atrium.shared.data.UuidArrays;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code doc.template}. */
@Repository
public class TemplatesTable {

  private static final String ROW =
      "select id, space_id, name, description, markdown, created_by from doc.template";

  private final JdbcClient jdbc;

  TemplatesTable(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(
      UUID id,
      @Nullable UUID spaceId,
      String name,
      @Nullable String description,
      String markdown,
      UUID by,
      Instant at) {
    jdbc.sql("""
        insert into doc.template (id, space_id, name, description, markdown, created_by, created_at)
        values (?, ?, ?, ?, ?, ?, ?)
        """)
        .params(id, spaceId, name, description, markdown, by, Timestamps.at(at))
        .update();
  }

  public Optional<TemplateRow> find(UUID id) {
    return jdbc.sql(ROW + " where id = ?").param(id).query(TemplateRow.class).optional();
  }

  /** The company's templates and those of these spaces, by name. */
  public List<TemplateRow> companyAnd(Collection<UUID> spaceIds) {
    return jdbc.sql(
            ROW + " where space_id is null or space_id = any(cast(? as uuid[])) order by name, id")
        .param(UuidArrays.literal(spaceIds))
        .query(TemplateRow.class)
        .list();
  }

  public void delete(UUID id) {
    jdbc.sql("delete from doc.template where id = ?").param(id).update();
  }
}
