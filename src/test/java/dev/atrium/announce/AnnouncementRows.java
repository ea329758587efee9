package dev.atrium.announce;

import dev.atrium.shared.Ids;
import dev.atrium.shared.data.Timestamps;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes announcements and their recipients straight into {@code announce}'s tables, as publishing
 * leaves them, so statistics, reminders and jobs are tested on exact states (times in the past, a
 * mix of readers) without waiting for real hours to pass.
 */
final class AnnouncementRows {

  private final JdbcClient jdbc;

  AnnouncementRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  UUID published(UUID author, String title, boolean mustRead, Instant publishedAt) {
    return insert(author, title, mustRead, "PUBLISHED", null, publishedAt, List.of());
  }

  /** Scheduled for {@code publishAt}, to the people named: publishing resolves them then. */
  UUID scheduled(UUID author, String title, Instant publishAt, List<UUID> people) {
    return insert(author, title, false, "SCHEDULED", publishAt, null, people);
  }

  private UUID insert(
      UUID author,
      String title,
      boolean mustRead,
      String state,
      @Nullable Instant publishAt,
      @Nullable Instant publishedAt,
      List<UUID> people) {
    UUID id = Ids.newId();
    Instant created = publishedAt == null ? Instant.now() : publishedAt;
    jdbc.sql("""
            insert into announce.announcement (id, author_id, state, title, body, body_text, category,
              importance, must_read, attachment_file_ids, audience, include_later_joiners,
              comments_enabled, reactions_enabled, publish_at, published_at, version, created_at,
              updated_at)
            values (:id, :author, :state, :title, cast(:body as jsonb), :title, 'it', 'NORMAL',
              :mustRead, '{}', cast(:audience as jsonb), false, false, false, :publishAt,
              :publishedAt, 1, :created, :created)
            """)
        .param("id", id)
        .param("author", author)
        .param("state", state)
        .param("title", title)
        .param("body", "{\"type\":\"doc\",\"content\":[]}")
        .param("mustRead", mustRead)
        .param("audience", audience(people))
        .param("publishAt", publishAt == null ? null : Timestamps.at(publishAt))
        .param("publishedAt", publishedAt == null ? null : Timestamps.at(publishedAt))
        .param("created", Timestamps.at(created))
        .update();
    return id;
  }

  /** The whole company, or the people named when there are any. */
  static String audience(List<UUID> people) {
    String named = String.join(",", people.stream().map(id -> "\"" + id + "\"").toList());
    return "{\"company\":" + people.isEmpty() + ",\"departments\":[],\"groups\":[],\"people\":["
        + named + "],\"excludedPeople\":[]}";
  }

  void deliver(UUID announcement, UUID person, @Nullable UUID department) {
    jdbc.sql("""
            insert into announce.recipient (announcement_id, person_id, department_id, delivered_at)
            values (?, ?, ?, now())
            """).params(announcement, person, department).update();
  }

  void open(UUID announcement, UUID person) {
    jdbc.sql("""
            update announce.recipient set opened_at = now(), opened_device = 'PHONE'
            where announcement_id = ? and person_id = ?
            """).params(announcement, person).update();
  }

  void confirm(UUID announcement, UUID person) {
    jdbc.sql("""
            update announce.recipient set opened_at = coalesce(opened_at, now()),
              confirmed_at = now(), confirmed_version = 1
            where announcement_id = ? and person_id = ?
            """).params(announcement, person).update();
  }

  /** A direct count of the recipients table: what the statistics must agree with. */
  long count(UUID announcement, String condition) {
    return jdbc.sql(
            "select count(*) from announce.recipient where announcement_id = ? and " + condition)
        .param(announcement)
        .query(Long.class)
        .single();
  }
}
