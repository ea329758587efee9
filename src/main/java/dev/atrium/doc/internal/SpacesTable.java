package dev.atrium.doc.internal;

import dev.atrium.access.Viewer;
import dev.atrium.access.Visibility;
import dev.atrium.doc.SpaceKind;
import dev.atrium.shared.data.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code doc.space}; its grants are {@link DocGrants}'. */
@Repository
public class SpacesTable {

  private static final String VIEW =
      """
      select s.id, s.kind, s.name, s.description, s.icon, s.color, s.department_id, s.owner_id, s.archived,
             s.created_by, s.created_at, """ + Visibility.rank(DocResources.SPACE, "s.id") + " as role from doc.space s";

  private final JdbcClient jdbc;

  SpacesTable(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Inserts the space; false when the department or the person has one already (a concurrent request won). */
  public boolean insert(
      UUID id,
      SpaceKind kind,
      String name,
      @Nullable String description,
      @Nullable String icon,
      @Nullable String color,
      @Nullable UUID departmentId,
      @Nullable UUID ownerId,
      UUID createdBy,
      Instant at) {
    return jdbc.sql("""
        insert into doc.space (id, kind, name, description, icon, color, department_id, owner_id, created_by, created_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing
        """)
            .params(
                id,
                kind.name(),
                name,
                description,
                icon,
                color,
                departmentId,
                ownerId,
                createdBy,
                Timestamps.at(at))
            .update()
        == 1;
  }

  public Optional<SpaceRow> view(UUID id, Viewer viewer) {
    return viewer
        .bind(jdbc.sql(VIEW + " where s.id = :id").param("id", id))
        .query(SpacesTable::map)
        .optional();
  }

  /** The spaces the viewer holds a grant in (a system administrator's too: not every space of the company). */
  public List<SpaceRow> granted(Viewer viewer, boolean archived) {
    Viewer own = new Viewer(viewer.personId(), viewer.guest(), false, viewer.affiliation());
    return own.bind(
            jdbc.sql("select * from (" + VIEW + ") v where v.role > 0 and v.archived = :archived"
                    + " order by v.kind = 'PERSONAL' desc, v.name, v.id")
                .param("archived", archived))
        .query(SpacesTable::map)
        .list();
  }

  /** Ids of the spaces the viewer may read, for search's access keys. */
  public List<UUID> readable(Viewer viewer) {
    return viewer
        .bind(jdbc.sql("select s.id from doc.space s where "
            + Visibility.rank(DocResources.SPACE, "s.id") + " > 0"))
        .query(UUID.class)
        .list();
  }

  /** A space as search shows it. */
  public record Indexed(
      UUID id,
      String name,
      @Nullable String description,
      UUID createdBy,
      java.time.Instant createdAt) {}

  public long count() {
    return jdbc.sql("select count(*) from doc.space").query(Long.class).single();
  }

  public List<Indexed> indexed() {
    return jdbc.sql("select id, name, description, created_by, created_at from doc.space")
        .query(Indexed.class)
        .list();
  }

  public Optional<Indexed> indexed(UUID id) {
    return jdbc.sql(
            "select id, name, description, created_by, created_at from doc.space where id = ?")
        .param(id)
        .query(Indexed.class)
        .optional();
  }

  public Optional<UUID> ofOwner(UUID personId) {
    return jdbc.sql("select id from doc.space where owner_id = ?")
        .param(personId)
        .query(UUID.class)
        .optional();
  }

  public Optional<UUID> ofDepartment(UUID departmentId) {
    return jdbc.sql("select id from doc.space where department_id = ?")
        .param(departmentId)
        .query(UUID.class)
        .optional();
  }

  public Optional<String> name(UUID id) {
    return jdbc.sql("select name from doc.space where id = ?")
        .param(id)
        .query(String.class)
        .optional();
  }

  public void update(
      UUID id,
      String name,
      @Nullable String description,
      @Nullable String icon,
      @Nullable String color) {
    jdbc.sql("update doc.space set name = ?, description = ?, icon = ?, color = ? where id = ?")
        .params(name, description, icon, color, id)
        .update();
  }

  public void archive(UUID id, boolean archived) {
    jdbc.sql("update doc.space set archived = ? where id = ?")
        .params(archived, id)
        .update();
  }

  private static SpaceRow map(ResultSet rs, int n) throws SQLException {
    return new SpaceRow(
        rs.getObject("id", UUID.class),
        SpaceKind.valueOf(rs.getString("kind")),
        rs.getString("name"),
        rs.getString("description"),
        rs.getString("icon"),
        rs.getString("color"),
        rs.getObject("department_id", UUID.class),
        rs.getObject("owner_id", UUID.class),
        rs.getBoolean("archived"),
        rs.getObject("created_by", UUID.class),
        Objects.requireNonNull(Timestamps.instant(rs, "created_at")),
        rs.getInt("role"));
  }
}
