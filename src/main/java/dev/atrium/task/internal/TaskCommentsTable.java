package dev.atrium.task.internal;

import dev.atrium.shared.data.Timestamps;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Comments on tasks ({@code task.comment}), oldest first. */
@Repository
public class TaskCommentsTable {

  /** A comment as stored. */
  public record Row(
      UUID id,
      UUID taskId,
      UUID authorId,
      String body,
      List<UUID> mentions,
      Instant createdAt,
      @Nullable Instant editedAt) {}

  private static final String COLUMNS =
      "id, task_id, author_id, body, mentions, created_at, edited_at";

  private final JdbcClient jdbc;

  TaskCommentsTable(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<Row> of(UUID taskId) {
    return jdbc.sql(
            "select " + COLUMNS + " from task.comment where task_id = ? order by created_at, id")
        .param(taskId)
        .query((rs, n) -> row(rs))
        .list();
  }

  public Optional<Row> find(UUID id) {
    return jdbc.sql("select " + COLUMNS + " from task.comment where id = ?")
        .param(id)
        .query((rs, n) -> row(rs))
        .optional();
  }

  public void insert(Row row) {
    jdbc.sql("insert into task.comment (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?)")
        .params(
            row.id(),
            row.taskId(),
            row.authorId(),
            row.body(),
            row.mentions().toArray(UUID[]::new),
            Timestamps.at(row.createdAt()),
            row.editedAt() == null ? null : Timestamps.at(row.editedAt()))
        .update();
  }

  public void edit(UUID id, String body, List<UUID> mentions, Instant at) {
    jdbc.sql("update task.comment set body = ?, mentions = ?, edited_at = ? where id = ?")
        .params(body, mentions.toArray(UUID[]::new), Timestamps.at(at), id)
        .update();
  }

  /** Moves the task's {@code comment_count}, which its cards show; the caller holds the task's lock. */
  public void count(UUID taskId, int delta) {
    jdbc.sql("update task.task set comment_count = comment_count + ? where id = ?")
        .params(delta, taskId)
        .update();
  }

  public void delete(UUID id) {
    jdbc.sql("delete from task.comment where id = ?").param(id).update();
  }

  private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Row(
        rs.getObject("id", UUID.class),
        rs.getObject("task_id", UUID.class),
        rs.getObject("author_id", UUID.class),
        rs.getString("body"),
        List.of((UUID[]) rs.getArray("mentions").getArray()),
        Timestamps.required(rs, "created_at"),
        Timestamps.instant(rs, "edited_at"));
  }
}
