package dev.atrium.doc.collab.internal;

import dev.atrium.shared.data.Timestamps;
import dev.atrium.shared.data.UuidArrays;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The tables of a co-edited page's content: {@code doc.page_update} (the log) and
 * {@code doc.page_version} (snapshots). Callers hold the transaction.
 */
@Component
public class PageUpdates {

  /** One stored update of the log, with its position. */
  record Logged(long id, UUID authorId, byte[] data) {}

  /** A stored version (snapshot). */
  public record Version(
      int number,
      Instant createdAt,
      List<UUID> editors,
      @Nullable String name,
      byte[] data,
      String markdown) {}

  private final JdbcClient db;

  PageUpdates(JdbcClient db) {
    this.db = db;
  }

  /**
   * Appends an update unless the page (its latest version and the log after it) would then hold
   * more than {@code maxBytes}; answers the update's position and the log's size with it, or empty
   * when refused. One statement, so that a keystroke costs one round trip and one commit.
   */
  Optional<CollabDocuments.Appended> append(
      UUID pageId, UUID authorId, byte[] update, long maxBytes) {
    return db.sql("""
            with log as (select count(*) as updates, coalesce(sum(octet_length(data)), 0) as bytes
                         from doc.page_update where page_id = :page),
                 version as (select coalesce((select octet_length(data) from doc.page_version
                                              where page_id = :page order by number desc limit 1), 0) as bytes),
                 added as (insert into doc.page_update (page_id, author_id, data)
                           select :page, :author, :data from log, version
                           where log.bytes + version.bytes + :length <= :max
                           returning id)
            select added.id, log.updates + 1, log.bytes + :length from added, log
            """)
        .param("page", pageId)
        .param("author", authorId)
        .param("data", update)
        .param("length", update.length)
        .param("max", maxBytes)
        .query(
            (rs, row) -> new CollabDocuments.Appended(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
        .optional();
  }

  /** The log in the order it was stored, up to {@code upTo} (inclusive). */
  List<Logged> log(UUID pageId, long upTo) {
    return db.sql(
            "select id, author_id, data from doc.page_update where page_id = ? and id <= ? order by id")
        .params(pageId, upTo)
        .query((rs, row) -> new Logged(rs.getLong(1), rs.getObject(2, UUID.class), rs.getBytes(3)))
        .list();
  }

  List<Logged> log(UUID pageId) {
    return log(pageId, Long.MAX_VALUE);
  }

  /** The latest log position, -1 for an empty log. */
  long lastPosition(UUID pageId) {
    return db.sql("select coalesce(max(id), -1) from doc.page_update where page_id = ?")
        .param(pageId)
        .query(Long.class)
        .single();
  }

  /** Serialises version-making for one page (until commit), across nodes. */
  void lock(UUID pageId) {
    db.sql("select pg_advisory_xact_lock(hashtextextended(?, 6))")
        .param("doc.page_version:" + pageId)
        .query()
        .listOfRows();
  }

  Optional<Version> latest(UUID pageId) {
    return db.sql("select * from doc.page_version where page_id = ? order by number desc limit 1")
        .param(pageId)
        .query(PageUpdates::version)
        .optional();
  }

  public Optional<Version> version(UUID pageId, int number) {
    return db.sql("select * from doc.page_version where page_id = ? and number = ?")
        .params(pageId, number)
        .query(PageUpdates::version)
        .optional();
  }

  /** Every version, newest first, without their data. */
  public List<Version> versions(UUID pageId) {
    return db.sql("""
            select page_id, number, created_at, editors, name, ''::bytea as data, '' as markdown
            from doc.page_version where page_id = ? order by number desc
            """).param(pageId).query(PageUpdates::version).list();
  }

  public boolean name(UUID pageId, int number, @Nullable String name) {
    return db.sql("update doc.page_version set name = ? where page_id = ? and number = ?")
            .params(name, pageId, number)
            .update()
        == 1;
  }

  /** Stores the next version and removes the log rows it covers. */
  int storeVersion(UUID pageId, byte[] state, String markdown, List<Logged> covered) {
    Set<UUID> editors = new LinkedHashSet<>();
    List<Long> ids = new ArrayList<>();
    covered.forEach(row -> {
      editors.add(row.authorId());
      ids.add(row.id());
    });
    int number = db.sql("""
            insert into doc.page_version (page_id, number, editors, data, markdown)
            values (:page, coalesce((select max(number) from doc.page_version where page_id = :page), 0) + 1,
                    cast(:editors as uuid[]), :data, :markdown)
            returning number
            """)
        .param("page", pageId)
        .param("editors", UuidArrays.literal(editors))
        .param("data", state)
        .param("markdown", markdown)
        .query(Integer.class)
        .single();
    if (!ids.isEmpty()) {
      db.sql("delete from doc.page_update where page_id = :page and id in (:ids)")
          .param("page", pageId)
          .param("ids", ids)
          .update();
    }
    return number;
  }

  private static Version version(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new Version(
        rs.getInt("number"),
        Timestamps.required(rs, "created_at"),
        UuidArrays.of(rs.getArray("editors")),
        rs.getString("name"),
        rs.getBytes("data"),
        rs.getString("markdown"));
  }
}
