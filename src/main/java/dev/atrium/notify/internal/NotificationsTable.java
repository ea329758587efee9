package dev.atrium.notify.internal;

import dev.atrium.notify.NoticeGrouping;
import dev.atrium.notify.NoticeRequest;
import dev.atrium.notify.NoticeText;
import dev.atrium.shared.Ids;
import dev.atrium.shared.data.Timestamps;
import dev.atrium.shared.data.UuidArrays;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** Reads and writes {@code notify.notification}; every query is scoped to one recipient. */
@Repository
public class NotificationsTable {

  /** A row keeps at most this many actors; a page edited by more people before it is read shows "and 99 others". */
  static final int MAX_ACTORS = 100;

  private static final int MAX_TEXT = 300;

  private static final String COLUMNS =
      "id, recipient_id, module, kind, actor_ids, title_key, title_params, text_key, text_params, quote, link, anchor,"
          + " created_at, updated_at, read_at";

  private static final String INSERT =
      "insert into notify.notification as n (id, recipient_id, module, kind, actor_ids,"
          + " title_key, title_params, text_key, text_params, quote, link, anchor, %s, created_at, updated_at)"
          + " values (?, ?, ?, ?, cast(? as uuid[]), ?, cast(? as jsonb), ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?) ";

  private static final TypeReference<Map<String, String>> PARAMS = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  NotificationsTable(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** A row for a fact told once; empty when this recipient already has one for it. */
  /**
   * A row for each recipient who has none with the notice's key yet, in one statement however many
   * they are (an announcement tells ten thousand people at once); answers the rows written.
   */
  public List<NotificationRow> insertOnce(
      Collection<UUID> recipients, NoticeRequest notice, Instant now) {
    List<UUID> people = List.copyOf(recipients);
    List<UUID> ids = people.stream().map(p -> Ids.newId()).toList();
    Object[] shared = sharedValues(notice, now);
    Object[] params = Arrays.copyOf(shared, shared.length + 2);
    params[shared.length] = UuidArrays.literal(ids);
    params[shared.length + 1] = UuidArrays.literal(people);
    return jdbc.sql("""
            insert into notify.notification as n (id, recipient_id, module, kind, actor_ids, title_key,
              title_params, text_key, text_params, quote, link, anchor, event_key, created_at, updated_at)
            select r.id, r.recipient_id, ?, ?, cast(? as uuid[]), ?, cast(? as jsonb), ?, cast(? as jsonb),
              ?, ?, ?, ?, ?, ?
            from unnest(cast(? as uuid[]), cast(? as uuid[])) as r(id, recipient_id)
            on conflict (recipient_id, event_key) do nothing returning\s""" + COLUMNS).params(params).query(this::row).list();
  }

  /**
   * A new row, or the recipient's unread row with the same key absorbing this notice: its actors
   * come first (each once), its title, text and link replace the old ones, and the row's time moves on.
   */
  public NotificationRow fold(UUID recipient, NoticeRequest notice, Instant now) {
    return jdbc.sql(INSERT.formatted("merge_key") + """
            on conflict (recipient_id, merge_key) where read_at is null do update set
              actor_ids = (excluded.actor_ids || array(select a from unnest(n.actor_ids) with ordinality as t(a, i)
                                                        where a <> all(excluded.actor_ids) order by i))[1:%d],
              title_key = excluded.title_key, title_params = excluded.title_params, text_key = excluded.text_key,
              text_params = excluded.text_params, quote = excluded.quote, link = excluded.link, anchor = excluded.anchor,
              updated_at = greatest(n.updated_at, excluded.updated_at)
            returning\s""".formatted(MAX_ACTORS) + COLUMNS)
        .params(values(recipient, notice, now))
        .query(this::row)
        .single();
  }

  /** Newest first, strictly after {@code before} in that order. */
  public List<NotificationRow> page(
      UUID recipient, @Nullable ListCursor before, boolean unreadOnly, int limit) {
    StringBuilder sql = new StringBuilder(
        "select " + COLUMNS + " from notify.notification where recipient_id = :recipient");
    if (unreadOnly) {
      sql.append(" and read_at is null");
    }
    if (before != null) {
      sql.append(" and (updated_at, id) < (:at, :id)");
    }
    sql.append(" order by updated_at desc, id desc limit :limit");
    var statement = jdbc.sql(sql.toString()).param("recipient", recipient).param("limit", limit);
    if (before != null) {
      statement = statement.param("at", Timestamps.at(before.updatedAt())).param("id", before.id());
    }
    return statement.query(this::row).list();
  }

  public long unread(UUID recipient) {
    return jdbc.sql(
            "select count(*) from notify.notification where recipient_id = ? and read_at is null")
        .param(recipient)
        .query(Long.class)
        .single();
  }

  /** Marks one row read; a row read before keeps its first read time. Empty when it is not the recipient's. */
  public Optional<NotificationRow> markRead(UUID recipient, UUID id, Instant now) {
    return jdbc.sql(
            "update notify.notification set read_at = coalesce(read_at, ?) where id = ? and recipient_id = ? returning "
                + COLUMNS)
        .params(Timestamps.at(now), id, recipient)
        .query(this::row)
        .optional();
  }

  /**
   * Marks one row unread again. When a newer unread row already folds this subject, this one stops
   * folding (its merge key goes): two unread rows may not share a key, and the newer one is where
   * later facts belong.
   */
  public Optional<NotificationRow> markUnread(UUID recipient, UUID id) {
    return jdbc.sql("""
            update notify.notification n set read_at = null,
              merge_key = case when exists (select 1 from notify.notification o where o.recipient_id = n.recipient_id
                and o.merge_key = n.merge_key and o.read_at is null and o.id <> n.id) then null else n.merge_key end
            where id = ? and recipient_id = ? returning\s""" + COLUMNS).params(id, recipient).query(this::row).optional();
  }

  /** Marks every unread row of the recipient read; how many were. */
  public int markAllRead(UUID recipient, Instant now) {
    return jdbc.sql(
            "update notify.notification set read_at = ? where recipient_id = ? and read_at is null")
        .params(Timestamps.at(now), recipient)
        .update();
  }

  /** Unread rows of the recipient that happened after {@code since}, newest first. */
  public List<NotificationRow> unreadSince(UUID recipient, Instant since) {
    return jdbc.sql("select " + COLUMNS
            + " from notify.notification where recipient_id = ? and read_at is null and updated_at > ?"
            + " order by updated_at desc, id desc")
        .params(recipient, Timestamps.at(since))
        .query(this::row)
        .list();
  }

  public List<NotificationRow> byIds(UUID recipient, List<UUID> ids) {
    return jdbc.sql("select " + COLUMNS
            + " from notify.notification where recipient_id = ? and id = any(cast(? as uuid[]))"
            + " order by updated_at desc, id desc")
        .params(recipient, UuidArrays.literal(ids))
        .query(this::row)
        .list();
  }

  private Object[] values(UUID recipient, NoticeRequest notice, Instant now) {
    Object[] shared = sharedValues(notice, now);
    Object[] values = new Object[shared.length + 2];
    values[0] = Ids.newId();
    values[1] = recipient;
    System.arraycopy(shared, 0, values, 2, shared.length);
    return values;
  }

  /** What every recipient's row of a notice holds alike, in the insert's column order after id and recipient. */
  private Object[] sharedValues(NoticeRequest notice, Instant now) {
    List<UUID> actors = notice.actorIds().stream().distinct().limit(MAX_ACTORS).toList();
    NoticeText text = notice.text();
    String key = switch (notice.grouping()) {
      case NoticeGrouping.Once once -> once.key();
      case NoticeGrouping.FoldWhileUnread fold -> fold.key();
    };
    return new Object[] {
      notice.module(),
      notice.kind(),
      UuidArrays.literal(actors),
      notice.title().key(),
      params(notice.title()),
      text == null ? null : text.key(),
      text == null ? "{}" : params(text),
      clip(notice.quote()),
      notice.link(),
      notice.anchor(),
      key,
      Timestamps.at(now),
      Timestamps.at(now)
    };
  }

  private String params(NoticeText text) {
    Map<String, String> clipped = new LinkedHashMap<>();
    text.params().forEach((name, value) -> clipped.put(name, clip(value)));
    return json.writeValueAsString(clipped);
  }

  /** A list entry shows a line or two; a source's longer text is cut, never a character in half. */
  private static @Nullable String clip(@Nullable String text) {
    if (text == null || text.codePointCount(0, text.length()) <= MAX_TEXT) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, MAX_TEXT - 1)) + "…";
  }

  private NotificationRow row(ResultSet rs, int rowNum) throws SQLException {
    String textKey = rs.getString("text_key");
    return new NotificationRow(
        rs.getObject("id", UUID.class),
        rs.getObject("recipient_id", UUID.class),
        rs.getString("module"),
        rs.getString("kind"),
        UuidArrays.of(rs.getArray("actor_ids")),
        new NoticeText(
            rs.getString("title_key"), json.readValue(rs.getString("title_params"), PARAMS)),
        textKey == null
            ? null
            : new NoticeText(textKey, json.readValue(rs.getString("text_params"), PARAMS)),
        rs.getString("quote"),
        rs.getString("link"),
        rs.getString("anchor"),
        Objects.requireNonNull(Timestamps.instant(rs, "created_at")),
        Objects.requireNonNull(Timestamps.instant(rs, "updated_at")),
        Timestamps.instant(rs, "read_at"));
  }
}
