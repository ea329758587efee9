package dev.atrium.announce.internal;

import dev.atrium.announce.Box;
import dev.atrium.shared.DomainException;
import dev.atrium.shared.data.Timestamps;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The lists of announcements one person sees, in keyset pages. Each row sorts by two small ranks
 * and a time, newest first: in the inbox unread before read, then pinned (within the pin period)
 * before the rest; in the other boxes the ranks are 0. The cursor is the last row's key.
 */
@Repository
public class ListingsTable {

  private final JdbcClient jdbc;

  ListingsTable(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A row of a list with the person's receipt, null when it was not delivered to them. */
  public record Listed(AnnouncementRow row, @Nullable Receipt receipt) {}

  /** One page of a list and the cursor of the next, null at the end. */
  public record Listing(List<Listed> items, @Nullable String next) {}

  /** Where a page starts: after the row with this key. */
  public record Cursor(int unread, int pinned, Instant at, UUID id) {

    String encode() {
      long micros = at.getEpochSecond() * 1_000_000 + at.getNano() / 1000;
      String raw = unread + ":" + pinned + ":" + micros + ":" + id;
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    private static Instant micros(long micros) {
      return Instant.ofEpochSecond(
          Math.floorDiv(micros, 1_000_000), Math.floorMod(micros, 1_000_000) * 1000L);
    }

    public static Cursor decode(String cursor) {
      try {
        String[] parts =
            new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":", 4);
        return new Cursor(
            Integer.parseInt(parts[0]),
            Integer.parseInt(parts[1]),
            micros(Long.parseLong(parts[2])),
            UUID.fromString(parts[3]));
      } catch (RuntimeException e) {
        throw DomainException.badRequest(
            "announce.cursor-invalid", "The list could not be continued; load it again.");
      }
    }
  }

  public Listing list(
      Box box,
      UUID me,
      @Nullable String category,
      @Nullable String query,
      @Nullable Instant since,
      @Nullable Instant until,
      @Nullable Cursor after,
      int limit,
      Instant now) {
    String from;
    String where;
    String unread = "0";
    String pinned = "0";
    String time;
    switch (box) {
      case INBOX -> {
        from = "announce.recipient r join announce.announcement a on a.id = r.announcement_id";
        where =
            "r.person_id = :me and a.state = 'PUBLISHED' and (a.expires_at is null or a.expires_at >= :now)";
        unread = "(case when r.opened_at is null then 0 else 1 end)";
        pinned = "(case when a.pinned_until > :now then 0 else 1 end)";
        time = "a.published_at";
      }
      case ARCHIVE -> {
        from = "announce.recipient r join announce.announcement a on a.id = r.announcement_id";
        where = "r.person_id = :me and a.state = 'PUBLISHED' and a.expires_at < :now";
        time = "a.published_at";
      }
      case MINE -> {
        from = "announce.announcement a left join announce.recipient r"
            + " on r.announcement_id = a.id and r.person_id = :me";
        where = "a.author_id = :me";
        time = "a.created_at";
      }
      case REVIEW -> {
        from = "announce.announcement a left join announce.recipient r"
            + " on r.announcement_id = a.id and r.person_id = :me";
        where = "a.state = 'PENDING_APPROVAL'";
        time = "a.updated_at";
      }
      default -> throw new IllegalArgumentException(box.name());
    }
    if (category != null) {
      where += " and a.category = :category";
    }
    if (query != null) {
      where += " and strpos(lower(a.title || ' ' || a.body_text), lower(:query)) > 0";
    }
    // published, or (mine, waiting) to be published at: a draft has no such time and falls outside
    if (since != null) {
      where += " and coalesce(a.published_at, a.publish_at) >= :since";
    }
    if (until != null) {
      where += " and coalesce(a.published_at, a.publish_at) < :until";
    }
    // The page is chosen from the keys alone, and only its rows are read whole: the whole columns
    // (the body's JSON as text above all) of every announcement a person has (2,000 of them) cost
    // far more than sorting their keys.
    String sql = "with page as (select * from (select a.id, r.delivered_at, r.opened_at,"
        + " r.confirmed_at, r.confirmed_version, " + unread + " as k1, " + pinned + " as k2, "
        + time + " as t from " + from + " where " + where + ") x"
        + (after == null
            ? ""
            : " where (x.k1, x.k2) > (:c1, :c2) or ((x.k1, x.k2) = (:c1, :c2) and (x.t, x.id) < (:ct, :cid))")
        + " order by x.k1, x.k2, x.t desc, x.id desc limit :limit)"
        + " select " + AnnouncementsTable.COLUMNS
        + ", p.delivered_at, p.opened_at, p.confirmed_at, p.confirmed_version, p.k1, p.k2, p.t"
        + " from page p join announce.announcement a on a.id = p.id"
        + " order by p.k1, p.k2, p.t desc, p.id desc";
    JdbcClient.StatementSpec statement =
        jdbc.sql(sql).param("me", me).param("now", Timestamps.at(now)).param("limit", limit + 1);
    if (category != null) {
      statement = statement.param("category", category);
    }
    if (query != null) {
      statement = statement.param("query", query);
    }
    if (since != null) {
      statement = statement.param("since", Timestamps.at(since));
    }
    if (until != null) {
      statement = statement.param("until", Timestamps.at(until));
    }
    if (after != null) {
      statement = statement
          .param("c1", after.unread())
          .param("c2", after.pinned())
          .param("ct", Timestamps.at(after.at()))
          .param("cid", after.id());
    }
    List<Cursor> keys = new ArrayList<>();
    List<Listed> rows = statement
        .query((rs, n) -> {
          keys.add(new Cursor(
              rs.getInt("k1"),
              rs.getInt("k2"),
              Timestamps.required(rs, "t"),
              rs.getObject("id", UUID.class)));
          return new Listed(AnnouncementsTable.map(rs, n), receipt(rs));
        })
        .list();
    if (rows.size() <= limit) {
      return new Listing(rows, null);
    }
    return new Listing(rows.subList(0, limit), keys.get(limit - 1).encode());
  }

  /** Must-reads delivered to the person, published, not expired and not confirmed in their required version. */
  public List<Listed> unconfirmed(UUID me, Instant now) {
    return jdbc.sql("select " + AnnouncementsTable.COLUMNS
            + ", r.delivered_at, r.opened_at, r.confirmed_at, r.confirmed_version"
            + " from announce.recipient r join announce.announcement a on a.id = r.announcement_id"
            + " where r.person_id = :me and a.state = 'PUBLISHED' and a.must_read"
            + " and (a.expires_at is null or a.expires_at >= :now)"
            + " and (r.confirmed_version is null or r.confirmed_version < a.required_version)"
            + " order by a.published_at desc, a.id desc limit 50")
        .param("me", me)
        .param("now", Timestamps.at(now))
        .query((rs, n) -> new Listed(AnnouncementsTable.map(rs, n), receipt(rs)))
        .list();
  }

  private static @Nullable Receipt receipt(java.sql.ResultSet rs) throws java.sql.SQLException {
    Instant delivered = Timestamps.instant(rs, "delivered_at");
    return delivered == null
        ? null
        : new Receipt(
            delivered,
            Timestamps.instant(rs, "opened_at"),
            Timestamps.instant(rs, "confirmed_at"),
            (Integer) rs.getObject("confirmed_version"));
  }
}
