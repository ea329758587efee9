package dev.atrium.announce.internal;

import dev.atrium.shared.data.Timestamps;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code announce.version}: what each published version said. */
@Repository
public class AnnouncementVersionsTable {

  private final JdbcClient jdbc;

  AnnouncementVersionsTable(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public record Row(
      int version,
      String title,
      String body,
      String bodyText,
      UUID editedBy,
      Instant editedAt,
      boolean reconfirm) {}

  public void insert(
      UUID announcementId,
      int version,
      String title,
      String body,
      String bodyText,
      UUID editedBy,
      Instant at,
      boolean reconfirm) {
    jdbc.sql("""
        insert into announce.version (announcement_id, version, title, body, body_text, edited_by, edited_at, reconfirm)
        values (?, ?, ?, cast(? as jsonb), ?, ?, ?, ?)
        """)
        .params(
            announcementId, version, title, body, bodyText, editedBy, Timestamps.at(at), reconfirm)
        .update();
  }

  public List<Row> all(UUID announcementId) {
    return jdbc.sql("""
        select version, title, body::text as body, body_text, edited_by, edited_at, reconfirm
        from announce.version where announcement_id = ? order by version desc
        """)
        .param(announcementId)
        .query(AnnouncementVersionsTable::map)
        .list();
  }

  public Optional<Row> find(UUID announcementId, int version) {
    return jdbc.sql("""
        select version, title, body::text as body, body_text, edited_by, edited_at, reconfirm
        from announce.version where announcement_id = ? and version = ?
        """)
        .params(announcementId, version)
        .query(AnnouncementVersionsTable::map)
        .optional();
  }

  private static Row map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new Row(
        rs.getInt("version"),
        rs.getString("title"),
        rs.getString("body"),
        rs.getString("body_text"),
        rs.getObject("edited_by", UUID.class),
        Timestamps.required(rs, "edited_at"),
        rs.getBoolean("reconfirm"));
  }
}
