package dev.atrium.announce.internal;

import dev.atrium.announce.ReceiptCounts;
import dev.atrium.announce.ReceiptState;
import dev.atrium.shared.data.Timestamps;
import dev.atrium.shared.data.UuidArrays;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The statistics' reads of {@code announce.recipient}. Counting by department is one grouped scan of
 * an announcement's rows (at most one group per department); subtrees are summed in Java over org's
 * tree, so a refresh costs the same however deep the tree is.
 */
@Repository
public class StatsQueries {

  /** A recipient counts as confirmed once they confirmed the version that asks for it, or a later one. */
  static final String CONFIRMED = "r.confirmed_at is not null and r.confirmed_version >= :version";

  private static final String NOT_CONFIRMED =
      "(r.confirmed_at is null or r.confirmed_version < :version)";

  private final JdbcClient jdbc;

  StatsQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<AnnouncementHead> head(UUID id) {
    return jdbc.sql("""
            select a.id, a.author_id, a.reviewer_id, a.title, a.state, a.must_read, a.published_at,
              a.required_version
            from announce.announcement a where a.id = ?
            """).param(id).query(StatsQueries::head).optional();
  }

  static AnnouncementHead head(ResultSet rs, int row) throws SQLException {
    return new AnnouncementHead(
        rs.getObject("id", UUID.class),
        rs.getObject("author_id", UUID.class),
        rs.getObject("reviewer_id", UUID.class),
        rs.getString("title"),
        rs.getString("state"),
        rs.getBoolean("must_read"),
        rs.getInt("required_version"),
        Timestamps.instant(rs, "published_at"));
  }

  /** Receipts per department the recipients were in at delivery; the key is null for people without one. */
  public Map<@Nullable UUID, ReceiptCounts> byDepartment(AnnouncementHead head) {
    Map<@Nullable UUID, ReceiptCounts> counts = new HashMap<>();
    jdbc.sql("""
            select r.department_id, count(*) as delivered, count(r.opened_at) as opened,
              count(*) filter (where %s) as confirmed
            from announce.recipient r
            where r.announcement_id = :id and r.delivered_at is not null
            group by r.department_id
            """.formatted(CONFIRMED))
        .param("id", head.id())
        .param("version", head.confirmVersion())
        .query(rs -> {
          counts.put(
              rs.getObject("department_id", UUID.class),
              new ReceiptCounts(
                  rs.getLong("delivered"), rs.getLong("opened"), rs.getLong("confirmed")));
        });
    return counts;
  }

  /** The totals of the whole audience: what the live stream sends. */
  public ReceiptCounts totals(AnnouncementHead head) {
    return jdbc.sql("""
            select count(*) as delivered, count(r.opened_at) as opened,
              count(*) filter (where %s) as confirmed
            from announce.recipient r
            where r.announcement_id = :id and r.delivered_at is not null
            """.formatted(CONFIRMED))
        .param("id", head.id())
        .param("version", head.confirmVersion())
        .query((rs, row) -> new ReceiptCounts(
            rs.getLong("delivered"), rs.getLong("opened"), rs.getLong("confirmed")))
        .single();
  }

  /**
   * Recipients in a state, in the given departments (all when {@code departments} is null), after
   * {@code after} in person id order: the order the list pages in.
   */
  public List<RecipientRow> people(
      AnnouncementHead head,
      @Nullable ReceiptState state,
      @Nullable Collection<UUID> departments,
      @Nullable UUID after,
      int limit) {
    String where = state == null
        ? ""
        : switch (state) {
          case UNOPENED -> " and r.opened_at is null";
          case UNCONFIRMED -> " and " + NOT_CONFIRMED;
        };
    if (departments != null) {
      where += " and r.department_id = any(cast(:departments as uuid[]))";
    }
    if (after != null) {
      where += " and r.person_id > :after";
    }
    var statement = jdbc.sql(
            ("""
                select r.person_id, r.department_id, r.delivered_at, r.opened_at, r.opened_device,
                  r.confirmed_at, (%s) as confirmed
                from announce.recipient r
                where r.announcement_id = :id and r.delivered_at is not null""".formatted(CONFIRMED) + where + " order by r.person_id limit :limit"))
        .param("id", head.id())
        .param("version", head.confirmVersion())
        .param("limit", limit);
    if (departments != null) {
      statement = statement.param("departments", UuidArrays.literal(departments));
    }
    if (after != null) {
      statement = statement.param("after", after);
    }
    return statement.query(StatsQueries::recipient).list();
  }

  private static RecipientRow recipient(ResultSet rs, int row) throws SQLException {
    return new RecipientRow(
        rs.getObject("person_id", UUID.class),
        rs.getObject("department_id", UUID.class),
        Timestamps.required(rs, "delivered_at"),
        Timestamps.instant(rs, "opened_at"),
        rs.getString("opened_device"),
        Timestamps.instant(rs, "confirmed_at"),
        rs.getBoolean("confirmed"));
  }
}
