package dev.atrium.doc.internal;

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

/** Reads and writes {@code doc.comment_thread} and {@code doc.comment}: the discussion of pages. */
@Repository
public class CommentsTable {

  /** A thread as stored; the anchor's parts are all null for a page comment. */
  public record ThreadRow(
      UUID id,
      UUID pageId,
      byte @Nullable [] anchorStart,
      byte @Nullable [] anchorEnd,
      @Nullable String quote,
      @Nullable Instant resolvedAt,
      @Nullable UUID resolvedBy,
      UUID createdBy,
      Instant createdAt) {}

  public record CommentRow(
      UUID id,
      UUID threadId,
      UUID authorId,
      String body,
      Instant createdAt,
      @Nullable Instant editedAt,
      @Nullable Instant deletedAt) {

    public boolean deleted() {
      return deletedAt != null;
    }
  }

  private final JdbcClient jdbc;

  CommentsTable(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insertThread(
      UUID id,
      UUID pageId,
      byte @Nullable [] anchorStart,
      byte @Nullable [] anchorEnd,
      @Nullable String quote,
      UUID by,
      Instant at) {
    jdbc.sql("""
        insert into doc.comment_thread (id, page_id, anchor_start, anchor_end, quote, created_by, created_at)
        values (?, ?, ?, ?, ?, ?, ?)
        """)
        .params(id, pageId, anchorStart, anchorEnd, quote, by, Timestamps.at(at))
        .update();
  }

  public void insertComment(UUID id, UUID threadId, UUID authorId, String body, Instant at) {
    jdbc.sql(
            "insert into doc.comment (id, thread_id, author_id, body, created_at) values (?, ?, ?, ?, ?)")
        .params(id, threadId, authorId, body, Timestamps.at(at))
        .update();
  }

  public Optional<ThreadRow> thread(UUID id) {
    return jdbc.sql("select * from doc.comment_thread where id = ?")
        .param(id)
        .query(CommentsTable::thread)
        .optional();
  }

  /** The page's threads, oldest first. */
  public List<ThreadRow> threads(UUID pageId) {
    return jdbc.sql("select * from doc.comment_thread where page_id = ? order by id")
        .param(pageId)
        .query(CommentsTable::thread)
        .list();
  }

  public Optional<CommentRow> comment(UUID id) {
    return jdbc.sql("select * from doc.comment where id = ?")
        .param(id)
        .query(CommentsTable::comment)
        .optional();
  }

  /** The comments of a thread, oldest first. */
  public List<CommentRow> comments(UUID threadId) {
    return jdbc.sql("select * from doc.comment where thread_id = ? order by id")
        .param(threadId)
        .query(CommentsTable::comment)
        .list();
  }

  /** The comments of every thread of a page, oldest first. */
  public List<CommentRow> commentsOfPage(UUID pageId) {
    return jdbc.sql("""
        select c.* from doc.comment c join doc.comment_thread t on t.id = c.thread_id where t.page_id = ? order by c.id
        """).param(pageId).query(CommentsTable::comment).list();
  }

  public void resolve(UUID threadId, @Nullable UUID by, @Nullable Instant at) {
    jdbc.sql("update doc.comment_thread set resolved_by = ?, resolved_at = ? where id = ?")
        .params(by, at == null ? null : Timestamps.at(at), threadId)
        .update();
  }

  public void edit(UUID commentId, String body, Instant at) {
    jdbc.sql("update doc.comment set body = ?, edited_at = ? where id = ?")
        .params(body, Timestamps.at(at), commentId)
        .update();
  }

  /** Empties the comment, leaving its tombstone in the thread. */
  public void tombstone(UUID commentId, Instant at) {
    jdbc.sql("update doc.comment set body = '', deleted_at = ? where id = ?")
        .params(Timestamps.at(at), commentId)
        .update();
  }

  public void deleteThread(UUID threadId) {
    jdbc.sql("delete from doc.comment_thread where id = ?").param(threadId).update();
  }

  /** Whether anything in the thread is still readable: a comment not deleted. */
  public boolean hasLiveComments(UUID threadId) {
    return jdbc.sql("select count(*) from doc.comment where thread_id = ? and deleted_at is null")
            .param(threadId)
            .query(Integer.class)
            .single()
        > 0;
  }

  private static ThreadRow thread(ResultSet rs, int n) throws SQLException {
    return new ThreadRow(
        rs.getObject("id", UUID.class),
        rs.getObject("page_id", UUID.class),
        rs.getBytes("anchor_start"),
        rs.getBytes("anchor_end"),
        rs.getString("quote"),
        Timestamps.instant(rs, "resolved_at"),
        rs.getObject("resolved_by", UUID.class),
        rs.getObject("created_by", UUID.class),
        Objects.requireNonNull(Timestamps.instant(rs, "created_at")));
  }

  private static CommentRow comment(ResultSet rs, int n) throws SQLException {
    return new CommentRow(
        rs.getObject("id", UUID.class),
        rs.getObject("thread_id", UUID.class),
        rs.getObject("author_id", UUID.class),
        rs.getString("body"),
        Objects.requireNonNull(Timestamps.instant(rs, "created_at")),
        Timestamps.instant(rs, "edited_at"),
        Timestamps.instant(rs, "deleted_at"));
  }
}
