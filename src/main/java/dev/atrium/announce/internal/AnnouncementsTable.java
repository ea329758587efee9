package dev.atrium.announce.internal;

import dev.atrium.announce.AnnouncementState;
import dev.atrium.announce.Importance;
import dev.atrium.shared.data.Timestamps;
import dev.atrium.shared.data.UuidArrays;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code announce.announcement}. */
@Repository
public class AnnouncementsTable {

  static final String COLUMNS = """
      a.id, a.author_id, a.state, a.title, a.body::text as body, a.body_text, a.category, a.importance,
      a.must_read, a.cover_file_id, a.attachment_file_ids, a.audience::text as audience,
      a.include_later_joiners, a.comments_enabled, a.reactions_enabled, a.channel_id, a.publish_at,
      a.published_at, a.expires_at, a.pinned_until, a.withdrawn_at, a.version, a.required_version,
      a.corrected_at, a.return_comment, a.reviewer_id, a.recipient_count, a.created_at, a.updated_at""";

  private final JdbcClient jdbc;

  AnnouncementsTable(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** What an author writes, as stored. */
  public record Content(
      String title,
      String body,
      String bodyText,
      String category,
      Importance importance,
      boolean mustRead,
      @Nullable UUID coverFileId,
      List<UUID> attachmentFileIds,
      @Nullable Instant expiresAt,
      @Nullable Instant pinnedUntil,
      boolean commentsEnabled,
      boolean reactionsEnabled,
      @Nullable UUID channelId,
      String audience,
      boolean includeLaterJoiners) {}

  public void insert(UUID id, UUID authorId, Content content, Instant now) {
    bindContent(
            jdbc.sql("""
        insert into announce.announcement (id, author_id, state, title, body, body_text, category, importance,
          must_read, cover_file_id, attachment_file_ids, audience, include_later_joiners, comments_enabled,
          reactions_enabled, channel_id, expires_at, pinned_until, created_at, updated_at)
        values (:id, :author, 'DRAFT', :title, cast(:body as jsonb), :bodyText, :category, :importance,
          :mustRead, :cover, cast(:attachments as uuid[]), cast(:audience as jsonb), :laterJoiners, :comments,
          :reactions, :channel, :expiresAt, :pinnedUntil, :now, :now)
        """)
                .param("id", id)
                .param("author", authorId)
                .param("now", Timestamps.at(now)),
            content)
        .update();
  }

  /** Replaces what the author wrote (a draft, or the current version of a published one). */
  public void updateContent(UUID id, Content content, Instant now) {
    bindContent(jdbc.sql("""
        update announce.announcement set title = :title, body = cast(:body as jsonb), body_text = :bodyText,
          category = :category, importance = :importance, must_read = :mustRead, cover_file_id = :cover,
          attachment_file_ids = cast(:attachments as uuid[]), audience = cast(:audience as jsonb),
          include_later_joiners = :laterJoiners, comments_enabled = :comments, reactions_enabled = :reactions,
          channel_id = :channel, expires_at = :expiresAt, pinned_until = :pinnedUntil, updated_at = :now
        where id = :id
        """).param("id", id).param("now", Timestamps.at(now)), content)
        .update();
  }

  private static JdbcClient.StatementSpec bindContent(
      JdbcClient.StatementSpec statement, Content content) {
    return statement
        .param("title", content.title())
        .param("body", content.body())
        .param("bodyText", content.bodyText())
        .param("category", content.category())
        .param("importance", content.importance().name())
        .param("mustRead", content.mustRead())
        .param("cover", content.coverFileId())
        .param("attachments", UuidArrays.literal(content.attachmentFileIds()))
        .param("audience", content.audience())
        .param("laterJoiners", content.includeLaterJoiners())
        .param("comments", content.commentsEnabled())
        .param("reactions", content.reactionsEnabled())
        .param("channel", content.channelId())
        .param("expiresAt", at(content.expiresAt()))
        .param("pinnedUntil", at(content.pinnedUntil()));
  }

  public Optional<AnnouncementRow> find(UUID id) {
    return jdbc.sql("select " + COLUMNS + " from announce.announcement a where a.id = ?")
        .param(id)
        .query(AnnouncementsTable::map)
        .optional();
  }

  /** The row, locked until the transaction ends: state changes are decided on what no one else is changing. */
  public Optional<AnnouncementRow> lock(UUID id) {
    return jdbc.sql("select " + COLUMNS + " from announce.announcement a where a.id = ? for update")
        .param(id)
        .query(AnnouncementsTable::map)
        .optional();
  }

  public void delete(UUID id) {
    jdbc.sql("delete from announce.announcement where id = ?").param(id).update();
  }

  /** Moves to a state that is not publication; {@code publishAt} and the return comment as given. */
  public void setState(
      UUID id,
      AnnouncementState state,
      @Nullable Instant publishAt,
      @Nullable String returnComment,
      @Nullable UUID reviewerId,
      Instant now) {
    jdbc.sql("""
        update announce.announcement set state = :state, publish_at = :publishAt, return_comment = :comment,
          reviewer_id = coalesce(:reviewer, reviewer_id), updated_at = :now
        where id = :id
        """)
        .param("id", id)
        .param("state", state.name())
        .param("publishAt", at(publishAt))
        .param("comment", returnComment)
        .param("reviewer", reviewerId)
        .param("now", Timestamps.at(now))
        .update();
  }

  public void markPublished(UUID id, int recipientCount, Instant now) {
    jdbc.sql("""
        update announce.announcement set state = 'PUBLISHED', published_at = :now, recipient_count = :count,
          return_comment = null, updated_at = :now
        where id = :id
        """)
        .param("id", id)
        .param("count", recipientCount)
        .param("now", Timestamps.at(now))
        .update();
  }

  public void markWithdrawn(UUID id, Instant now) {
    jdbc.sql("""
        update announce.announcement set state = 'WITHDRAWN', withdrawn_at = :now, updated_at = :now where id = :id
        """).param("id", id).param("now", Timestamps.at(now)).update();
  }

  /** A correction of a published one: the next version, which may ask for confirmation again. */
  public void markCorrected(UUID id, int version, boolean reconfirm, Instant now) {
    jdbc.sql("""
        update announce.announcement set version = :version, corrected_at = :now, updated_at = :now,
          required_version = case when :reconfirm then :version else required_version end
        where id = :id
        """)
        .param("id", id)
        .param("version", version)
        .param("reconfirm", reconfirm)
        .param("now", Timestamps.at(now))
        .update();
  }

  public void addRecipients(UUID id, int more) {
    jdbc.sql("update announce.announcement set recipient_count = recipient_count + ? where id = ?")
        .params(more, id)
        .update();
  }

  /** Published ones that deliver to people who join their audience later, and have not expired. */
  public List<AnnouncementRow> followingJoiners(Instant now) {
    return jdbc.sql("select " + COLUMNS + " from announce.announcement a"
            + " where a.state = 'PUBLISHED' and a.include_later_joiners"
            + " and (a.expires_at is null or a.expires_at >= ?)")
        .param(Timestamps.at(now))
        .query(AnnouncementsTable::map)
        .list();
  }

  /** Scheduled ones due by {@code now}, oldest first: what the publication job publishes. */
  public List<UUID> due(Instant now, int limit) {
    return jdbc.sql("""
        select id from announce.announcement where state = 'SCHEDULED' and publish_at <= ?
        order by publish_at limit ?
        """).params(Timestamps.at(now), limit).query(UUID.class).list();
  }

  /** Published ones after {@code after} in id order, for a search rebuild. */
  public List<AnnouncementRow> publishedAfter(UUID after, int limit) {
    return jdbc.sql("select " + COLUMNS + " from announce.announcement a"
            + " where a.state = 'PUBLISHED' and a.id > ? order by a.id limit ?")
        .params(after, limit)
        .query(AnnouncementsTable::map)
        .list();
  }

  /** The published ones the person wrote. */
  public List<UUID> publishedBy(UUID authorId) {
    return jdbc.sql(
            "select id from announce.announcement where author_id = ? and state = 'PUBLISHED'")
        .param(authorId)
        .query(UUID.class)
        .list();
  }

  public long countPublished() {
    return jdbc.sql("select count(*) from announce.announcement where state = 'PUBLISHED'")
        .query(Long.class)
        .single();
  }

  public boolean usesCategory(String category) {
    return jdbc.sql("select count(*) from announce.announcement where category = ?")
            .param(category)
            .query(Long.class)
            .single()
        > 0;
  }

  static @Nullable Object at(@Nullable Instant instant) {
    return instant == null ? null : Timestamps.at(instant);
  }

  static AnnouncementRow map(ResultSet rs, int n) throws SQLException {
    return new AnnouncementRow(
        rs.getObject("id", UUID.class),
        rs.getObject("author_id", UUID.class),
        AnnouncementState.valueOf(rs.getString("state")),
        rs.getString("title"),
        rs.getString("body"),
        rs.getString("body_text"),
        rs.getString("category"),
        Importance.valueOf(rs.getString("importance")),
        rs.getBoolean("must_read"),
        rs.getObject("cover_file_id", UUID.class),
        UuidArrays.of(rs.getArray("attachment_file_ids")),
        rs.getString("audience"),
        rs.getBoolean("include_later_joiners"),
        rs.getBoolean("comments_enabled"),
        rs.getBoolean("reactions_enabled"),
        rs.getObject("channel_id", UUID.class),
        Timestamps.instant(rs, "publish_at"),
        Timestamps.instant(rs, "published_at"),
        Timestamps.instant(rs, "expires_at"),
        Timestamps.instant(rs, "pinned_until"),
        Timestamps.instant(rs, "withdrawn_at"),
        rs.getInt("version"),
        rs.getInt("required_version"),
        Timestamps.instant(rs, "corrected_at"),
        rs.getString("return_comment"),
        rs.getObject("reviewer_id", UUID.class),
        rs.getInt("recipient_count"),
        Timestamps.required(rs, "created_at"),
        Timestamps.required(rs, "updated_at"));
  }
}
