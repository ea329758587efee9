package dev.atrium.task.internal;

import dev.atrium.shared.data.Timestamps;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Where tasks came from ({@code V3__links.sql}): the chat message a task answers and the channel
 * of its card; the task an announcement carries and the one each recipient got.
 */
@Repository
public class LinksTable {

  /** The channel a task's card is in, and the message it answers. */
  public record MessageLink(UUID taskId, UUID channelId, UUID messageId) {}

  /** The task an announcement gives each recipient on publication. */
  public record AnnouncementTask(
      UUID announcementId,
      UUID authorId,
      String title,
      @Nullable Instant dueAt,
      boolean allDay,
      String timeZone) {}

  private final JdbcClient jdbc;

  LinksTable(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void linkMessage(UUID taskId, UUID channelId, UUID messageId) {
    jdbc.sql("insert into task.message_link (task_id, channel_id, message_id) values (?, ?, ?)")
        .params(taskId, channelId, messageId)
        .update();
  }

  public Optional<MessageLink> messageLink(UUID taskId) {
    return jdbc.sql(
            "select task_id, channel_id, message_id from task.message_link where task_id = ?")
        .param(taskId)
        .query((rs, n) -> new MessageLink(
            rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class)))
        .optional();
  }

  public List<UUID> tasksOfMessage(UUID messageId) {
    return jdbc.sql("select task_id from task.message_link where message_id = ? order by task_id")
        .param(messageId)
        .query(UUID.class)
        .list();
  }

  /** Forgets a deleted task's link, once its card was told. */
  public void unlinkMessage(UUID taskId) {
    jdbc.sql("delete from task.message_link where task_id = ?").param(taskId).update();
  }

  public Optional<AnnouncementTask> announcementTask(UUID announcementId) {
    return jdbc.sql("""
            select announcement_id, author_id, title, due_at, all_day, time_zone
            from task.announcement_task where announcement_id = ?
            """)
        .param(announcementId)
        .query(LinksTable::announcementTask)
        .optional();
  }

  /** The announcement's task, its row locked until commit: deliveries of one publication take turns. */
  public Optional<AnnouncementTask> lockAnnouncementTask(UUID announcementId) {
    return jdbc.sql("""
            select announcement_id, author_id, title, due_at, all_day, time_zone
            from task.announcement_task where announcement_id = ? for update
            """)
        .param(announcementId)
        .query(LinksTable::announcementTask)
        .optional();
  }

  private static AnnouncementTask announcementTask(java.sql.ResultSet rs, int n)
      throws java.sql.SQLException {
    return new AnnouncementTask(
        rs.getObject("announcement_id", UUID.class),
        rs.getObject("author_id", UUID.class),
        rs.getString("title"),
        Timestamps.instant(rs, "due_at"),
        rs.getBoolean("all_day"),
        rs.getString("time_zone"));
  }

  public void saveAnnouncementTask(AnnouncementTask task, Instant now) {
    jdbc.sql("""
            insert into task.announcement_task
              (announcement_id, author_id, title, due_at, all_day, time_zone, updated_at)
            values (?, ?, ?, ?, ?, ?, ?)
            on conflict (announcement_id) do update set author_id = excluded.author_id,
              title = excluded.title, due_at = excluded.due_at, all_day = excluded.all_day,
              time_zone = excluded.time_zone, updated_at = excluded.updated_at
            """)
        .params(
            task.announcementId(),
            task.authorId(),
            task.title(),
            task.dueAt() == null ? null : Timestamps.at(task.dueAt()),
            task.allDay(),
            task.timeZone(),
            Timestamps.at(now))
        .update();
  }

  public void deleteAnnouncementTask(UUID announcementId) {
    jdbc.sql("delete from task.announcement_task where announcement_id = ?")
        .param(announcementId)
        .update();
  }

  /** Of these recipients, those who already got the announcement's task. */
  public List<UUID> servedAmong(UUID announcementId, List<UUID> people) {
    return jdbc.sql("""
            select person_id from task.announcement_recipient
            where announcement_id = ? and person_id = any (?)
            """)
        .params(announcementId, people.toArray(UUID[]::new))
        .query(UUID.class)
        .list();
  }

  /** Records the recipient's task; the caller holds the announcement's task row locked. */
  public void served(UUID announcementId, UUID personId, UUID taskId) {
    jdbc.sql("""
            insert into task.announcement_recipient (announcement_id, person_id, task_id)
            values (?, ?, ?)
            """).params(announcementId, personId, taskId).update();
  }

  /** Records many recipients' tasks at once ({@code taskIds} in the order of {@code people}). */
  public void servedAll(UUID announcementId, List<UUID> people, List<UUID> taskIds) {
    jdbc.sql("""
            insert into task.announcement_recipient (announcement_id, person_id, task_id)
            select ?, u.person, u.task from unnest(?, ?) as u (person, task)
            """)
        .params(announcementId, people.toArray(UUID[]::new), taskIds.toArray(UUID[]::new))
        .update();
  }
}
