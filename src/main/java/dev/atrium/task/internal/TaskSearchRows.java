package dev.atrium.task.internal;

import dev.atrium.access.Viewer;
import dev.atrium.access.Visibility;
import dev.atrium.shared.data.Timestamps;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the search reads of tasks and projects, and which of them a person may find. */
@Repository
public class TaskSearchRows {

  /** A task as the index holds it; {@code topId} is itself, or its parent for a subtask. */
  public record IndexedTask(
      UUID id,
      UUID topId,
      @Nullable UUID projectId,
      String title,
      String descriptionText,
      List<String> tags,
      UUID creatorId,
      Instant updatedAt) {}

  /** A project as the index holds it: found by name and description, it names its tasks' hits. */
  public record IndexedProject(
      UUID id, String name, String description, UUID ownerId, Instant createdAt) {}

  private static final String TASK_COLUMNS = """
      t.id, coalesce(t.parent_id, t.id) as top_id, t.project_id, t.title, t.description_text,
      t.tags, t.creator_id, t.updated_at""";

  private final JdbcClient jdbc;

  TaskSearchRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long count() {
    return jdbc.sql("select (select count(*) from task.task) + (select count(*) from task.project)")
        .query(Long.class)
        .single();
  }

  public List<IndexedTask> tasksAfter(UUID after, int limit) {
    return jdbc.sql(
            "select " + TASK_COLUMNS + " from task.task t where t.id > ? order by t.id limit ?")
        .params(after, limit)
        .query((rs, n) -> task(rs))
        .list();
  }

  public List<IndexedTask> tasks(Collection<UUID> ids) {
    return jdbc.sql("select " + TASK_COLUMNS + " from task.task t where t.id = any(?)")
        .param(ids.toArray(UUID[]::new))
        .query((rs, n) -> task(rs))
        .list();
  }

  /** The subtasks of these tasks: their visibility follows their parent's. */
  public List<UUID> subtasksOf(Collection<UUID> parentIds) {
    return jdbc.sql("select id from task.task where parent_id = any(?)")
        .param(parentIds.toArray(UUID[]::new))
        .query(UUID.class)
        .list();
  }

  public List<IndexedProject> projectsAfter(UUID after, int limit) {
    return jdbc.sql("""
            select id, name, description, owner_id, created_at from task.project
            where id > ? order by id limit ?""").params(after, limit).query((rs, n) -> project(rs)).list();
  }

  public Optional<IndexedProject> project(UUID id) {
    return jdbc.sql(
            "select id, name, description, owner_id, created_at from task.project where id = ?")
        .param(id)
        .query((rs, n) -> project(rs))
        .optional();
  }

  /** The projects the viewer may view, by the same rule as opening one. */
  public List<UUID> viewableProjects(Viewer viewer) {
    return viewer
        .bind(jdbc.sql("select p.id from task.project p where "
            + Visibility.rank(TaskResources.PROJECT, "p.id") + " > 0"))
        .query(UUID.class)
        .list();
  }

  /** The personal top-level tasks the person created, is assigned to or follows. */
  public List<UUID> personalTasksOf(UUID personId) {
    return jdbc.sql("""
            select t.id from task.task t
            where t.project_id is null and t.parent_id is null and t.creator_id = :me
            union
            select t.id from task.task_person p join task.task t on t.id = p.task_id
            where p.person_id = :me and t.project_id is null and t.parent_id is null
            """).param("me", personId).query(UUID.class).list();
  }

  private static IndexedTask task(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new IndexedTask(
        rs.getObject("id", UUID.class),
        rs.getObject("top_id", UUID.class),
        rs.getObject("project_id", UUID.class),
        rs.getString("title"),
        rs.getString("description_text"),
        List.of((String[]) rs.getArray("tags").getArray()),
        rs.getObject("creator_id", UUID.class),
        Timestamps.required(rs, "updated_at"));
  }

  private static IndexedProject project(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new IndexedProject(
        rs.getObject("id", UUID.class),
        rs.getString("name"),
        rs.getString("description"),
        rs.getObject("owner_id", UUID.class),
        Timestamps.required(rs, "created_at"));
  }
}
