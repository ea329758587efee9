package dev.atrium.task.internal;

import dev.atrium.access.Viewer;
import dev.atrium.access.Visibility;
import dev.atrium.shared.data.Timestamps;
import dev.atrium.task.ProjectKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code task.project}, its sections and saved views; grants are in {@code access}. */
@Repository
public class ProjectsTable {

  private static final String COLUMNS = """
      select p.id, p.name, p.description, p.kind, p.department_id, p.color, p.owner_id, p.last_seq,
             p.archived_at is not null as archived,
             (select count(*) from task.task t
               where t.project_id = p.id and t.parent_id is null and t.state = 'OPEN') as open_count,
      """;

  private final JdbcClient jdbc;

  ProjectsTable(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(
      UUID id,
      String name,
      String description,
      ProjectKind kind,
      @Nullable UUID departmentId,
      String color,
      UUID ownerId,
      Instant at) {
    jdbc.sql("""
        insert into task.project (id, name, description, kind, department_id, color, owner_id, created_at, updated_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
        .params(
            id,
            name,
            description,
            kind.name(),
            departmentId,
            color,
            ownerId,
            Timestamps.at(at),
            Timestamps.at(at))
        .update();
  }

  /** The project with the viewer's rank on it (0 when they may not see it). */
  public Optional<ProjectRow> view(UUID id, Viewer viewer) {
    return viewer
        .bind(jdbc.sql(COLUMNS + Visibility.rank(TaskResources.PROJECT, "p.id")
                + " as rank from task.project p where p.id = :id")
            .param("id", id))
        .query(ProjectsTable::row)
        .optional();
  }

  public Optional<String> name(UUID id) {
    return jdbc.sql("select name from task.project where id = ?")
        .param(id)
        .query(String.class)
        .optional();
  }

  /**
   * Locks the project's row until commit: the one lock every write to its tasks, sections and
   * stream takes first, so they serialise and the stream's positions follow commit order.
   */
  public boolean lock(UUID id) {
    return jdbc.sql("select id from task.project where id = ? for update")
        .param(id)
        .query(UUID.class)
        .optional()
        .isPresent();
  }

  /** The projects where the viewer holds a grant, by name; archived ones only when asked. */
  public List<ProjectRow> visible(Viewer viewer, boolean archived) {
    return viewer
        .bind(jdbc.sql(COLUMNS + Visibility.rank(TaskResources.PROJECT, "p.id")
                + " as rank from task.project p where p.id in "
                + Visibility.grantedIds(TaskResources.PROJECT, "viewer")
                + " and (p.archived_at is null or :archived) order by p.name, p.id")
            .param("archived", archived))
        .query(ProjectsTable::row)
        .list();
  }

  public void update(
      UUID id, String name, String description, String color, boolean archived, Instant at) {
    jdbc.sql("""
        update task.project set name = ?, description = ?, color = ?,
               archived_at = case when ? then coalesce(archived_at, ?) end, updated_at = ?
         where id = ?
        """)
        .params(name, description, color, archived, Timestamps.at(at), Timestamps.at(at), id)
        .update();
  }

  public void delete(UUID id) {
    jdbc.sql("delete from task.project where id = ?").param(id).update();
  }

  /** Moves the project's stream one position on and answers it; the caller holds the row's lock. */
  public long nextSeq(UUID id) {
    return jdbc.sql(
            "update task.project set last_seq = last_seq + 1 where id = ? returning last_seq")
        .param(id)
        .query(Long.class)
        .single();
  }

  public List<SectionRow> sections(UUID projectId) {
    return jdbc.sql("""
        select id, project_id, name, position from task.section where project_id = ? order by position, id
        """).param(projectId).query(ProjectsTable::section).list();
  }

  public Optional<SectionRow> section(UUID id) {
    return jdbc.sql("select id, project_id, name, position from task.section where id = ?")
        .param(id)
        .query(ProjectsTable::section)
        .optional();
  }

  public void insertSection(UUID id, UUID projectId, String name, int position, Instant at) {
    jdbc.sql("""
        insert into task.section (id, project_id, name, position, created_at) values (?, ?, ?, ?, ?)
        """).params(id, projectId, name, position, Timestamps.at(at)).update();
  }

  public void updateSection(UUID id, String name, int position) {
    jdbc.sql("update task.section set name = ?, position = ? where id = ?")
        .params(name, position, id)
        .update();
  }

  public void deleteSection(UUID id) {
    jdbc.sql("delete from task.section where id = ?").param(id).update();
  }

  public void insertView(
      UUID id, UUID projectId, UUID ownerId, String name, String filter, Instant at) {
    jdbc.sql("""
        insert into task.saved_view (id, project_id, owner_id, name, filter, created_at)
        values (?, ?, ?, ?, cast(? as jsonb), ?)
        """)
        .params(id, projectId, ownerId, name, filter, Timestamps.at(at))
        .update();
  }

  /** The person's saved views of the project: id, name, filter JSON, oldest first. */
  public List<ViewRow> views(UUID projectId, UUID ownerId) {
    return jdbc.sql("""
        select id, project_id, name, filter::text from task.saved_view
         where project_id = ? and owner_id = ? order by created_at, id
        """)
        .params(projectId, ownerId)
        .query((rs, n) -> new ViewRow(
            rs.getObject(1, UUID.class),
            rs.getObject(2, UUID.class),
            rs.getString(3),
            rs.getString(4)))
        .list();
  }

  public Optional<ViewRow> view(UUID id, UUID ownerId) {
    return jdbc.sql("""
        select id, project_id, name, filter::text from task.saved_view where id = ? and owner_id = ?
        """)
        .params(id, ownerId)
        .query((rs, n) -> new ViewRow(
            rs.getObject(1, UUID.class),
            rs.getObject(2, UUID.class),
            rs.getString(3),
            rs.getString(4)))
        .optional();
  }

  public void deleteView(UUID id) {
    jdbc.sql("delete from task.saved_view where id = ?").param(id).update();
  }

  /** A saved view as stored. */
  public record ViewRow(UUID id, UUID projectId, String name, String filter) {}

  private static ProjectRow row(ResultSet rs, int n) throws SQLException {
    return new ProjectRow(
        rs.getObject("id", UUID.class),
        rs.getString("name"),
        rs.getString("description"),
        ProjectKind.valueOf(rs.getString("kind")),
        rs.getObject("department_id", UUID.class),
        rs.getString("color"),
        rs.getObject("owner_id", UUID.class),
        rs.getLong("last_seq"),
        rs.getBoolean("archived"),
        rs.getInt("open_count"),
        rs.getInt("rank"));
  }

  private static SectionRow section(ResultSet rs, int n) throws SQLException {
    return new SectionRow(
        rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getInt(4));
  }
}
