package dev.atrium.chat.internal;

import dev.atrium.shared.data.UuidArrays;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code chat.search_queue}: messages whose search documents are behind, queued by a trigger in
 * the transaction that changed them (ADR 0008).
 */
@Repository
class SearchQueue {

  /** A queued message, with the files it no longer carries. */
  record Queued(UUID messageId, List<UUID> droppedFiles) {}

  private final JdbcClient jdbc;

  SearchQueue(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Takes up to {@code limit} of the longest-waiting messages out of the queue. The rows stay
   * locked until the caller's transaction ends, so a rollback queues them again; another node's
   * indexer skips them meanwhile, and a writer queueing one of them again waits and queues it anew.
   */
  List<Queued> take(int limit) {
    return jdbc.sql("""
        delete from chat.search_queue where message_id in (
          select message_id from chat.search_queue order by queued_at limit ? for update skip locked)
        returning message_id, dropped_files
        """).param(limit).query(SearchQueue::queued).list();
  }

  /** Takes this message out of the queue, if it is there, as {@link #take(int)} does. */
  Optional<Queued> take(UUID messageId) {
    return jdbc.sql(
            "delete from chat.search_queue where message_id = ? returning message_id, dropped_files")
        .param(messageId)
        .query(SearchQueue::queued)
        .optional();
  }

  /** Sends a message that could not be indexed to the back of the queue, behind those that can. */
  void postpone(UUID messageId) {
    jdbc.sql("update chat.search_queue set queued_at = now() where message_id = ?")
        .param(messageId)
        .update();
  }

  long count() {
    return jdbc.sql("select count(*) from chat.search_queue").query(Long.class).single();
  }

  private static Queued queued(ResultSet rs, int row) throws SQLException {
    return new Queued(
        rs.getObject("message_id", UUID.class), UuidArrays.of(rs.getArray("dropped_files")));
  }
}
