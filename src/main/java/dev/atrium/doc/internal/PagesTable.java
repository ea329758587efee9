package dev.atrium.doc.internal;

import dev.atrium.access.Viewer;
import dev.atrium.access.Visibility;
import dev.atrium.shared.data.Timestamps;
import dev.atrium.shared.data.UuidArrays;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code doc.page}: the tree (paths and sort keys), trash, and the stored rendering. */
@Repository
public class PagesTable {

  private static final String ARCHIVED_ABOVE =
      "exists (select 1 from doc.page a where a.id = any(p.path) and a.archived)";

  /** Sort keys are this far apart when there is room, so a drag between two siblings needs no renumbering. */
  public static final long GAP = 1L << 20;

  /**
   * The viewer's role in the page's space, as a lateral column {@code r.role}. {@code offset 0} keeps
   * PostgreSQL from inlining it: the page rank reads it three times, and inlined it was computed
   * three times per page (bench/DocVisibility's plans).
   */
  private static final String SPACE_ROLE = " cross join lateral (select "
      + Visibility.rank(DocResources.SPACE, "s.id") + " as role offset 0) r";

  /** Their role on the page: the space's, narrowed by restrictions on it and above it (managers pass them all). */
  private static final String PAGE_RANK =
      Visibility.narrowed(DocResources.PAGE, "r.role", "p.path", DocResources.SPACE.top());

  private static final String VIEW =
      """
      select p.id, p.space_id, s.name as space_name, s.archived as space_archived, p.parent_id, p.path, p.sort_key,
             p.title, p.tags, p.archived, p.trashed_at, p.trashed_by, p.trash_root, p.markdown is not null as has_content,
             p.initial_markdown, p.created_by, p.created_at, p.updated_by, p.updated_at,
             r.role, """ + PAGE_RANK + " as rank, " + Visibility.narrowsAt(DocResources.PAGE, "p.path", "editor")
          + " as restricted, " + Visibility.narrowsAt(DocResources.PAGE, "p.path", "viewer")
          + " as read_restricted, "
          + ARCHIVED_ABOVE + " as archived_above"
          + " from doc.page p join doc.space s on s.id = p.space_id" + SPACE_ROLE;

  /** The rendering of a page, as the editor last stored it. */
  public record Content(@Nullable String markdown, @Nullable String text) {}

  private final JdbcClient jdbc;

  PagesTable(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(
      UUID id,
      UUID spaceId,
      @Nullable UUID parentId,
      List<UUID> path,
      long sortKey,
      String title,
      List<String> tags,
      @Nullable String markdown,
      @Nullable String text,
      @Nullable String initialMarkdown,
      UUID by,
      Instant at) {
    jdbc.sql("""
        insert into doc.page (id, space_id, parent_id, path, sort_key, title, tags, markdown, plain_text, initial_markdown,
                              created_by, created_at, updated_by, updated_at)
        values (?, ?, ?, cast(? as uuid[]), ?, ?, cast(? as text[]), ?, ?, ?, ?, ?, ?, ?)
        """)
        .params(
            id,
            spaceId,
            parentId,
            UuidArrays.literal(path),
            sortKey,
            title,
            textArray(tags),
            markdown,
            text,
            initialMarkdown,
            by,
            Timestamps.at(at),
            by,
            Timestamps.at(at))
        .update();
  }

  /** The page as the viewer sees it, trashed or not; the caller decides from its rights. */
  public Optional<PageRow> view(UUID id, Viewer viewer) {
    return viewer
        .bind(jdbc.sql(VIEW + " where p.id = :id").param("id", id))
        .query(PagesTable::map)
        .optional();
  }

  /** The live (not trashed) pages of a space, siblings in order. */
  public List<PageRow> tree(UUID spaceId, Viewer viewer) {
    return viewer
        .bind(jdbc.sql(VIEW
                + " where p.space_id = :space and p.trashed_at is null order by p.sort_key, p.id")
            .param("space", spaceId))
        .query(PagesTable::map)
        .list();
  }

  /** A parent's live children (the space's top level for none) in order, as the viewer sees them. */
  public List<PageRow> children(UUID spaceId, @Nullable UUID parentId, Viewer viewer) {
    return viewer
        .bind(jdbc.sql(VIEW
                + " where p.space_id = :space and p.parent_id is not distinct from cast(:parent as uuid)"
                + " and p.trashed_at is null order by p.sort_key, p.id")
            .param("space", spaceId)
            .param("parent", parentId))
        .query(PagesTable::map)
        .list();
  }

  /** The pages of a subtree (the page first), live or not. */
  public List<PageRow> subtree(UUID rootId, Viewer viewer) {
    return viewer
        .bind(jdbc.sql(VIEW + " where :root = any(p.path) order by cardinality(p.path), p.sort_key")
            .param("root", rootId))
        .query(PagesTable::map)
        .list();
  }

  /** These pages as the viewer sees them, in no particular order; unknown ids are skipped. */
  public List<PageRow> views(List<UUID> ids, Viewer viewer) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return viewer
        .bind(jdbc.sql(VIEW + " where p.id = any(cast(:ids as uuid[]))")
            .param("ids", UuidArrays.literal(ids)))
        .query(PagesTable::map)
        .list();
  }

  /** Pages trashed on their own (not taken along by a page above), newest first, with the size of what went with them. */
  public List<PageRow> trashRoots(UUID spaceId, Viewer viewer) {
    return viewer
        .bind(jdbc.sql(VIEW
                + " where p.space_id = :space and p.trash_root = p.id order by p.trashed_at desc")
            .param("space", spaceId))
        .query(PagesTable::map)
        .list();
  }

  public int countTrashedWith(UUID rootId) {
    return jdbc.sql("select count(*) from doc.page where trash_root = ?")
        .param(rootId)
        .query(Integer.class)
        .single();
  }

  /** The sort keys of a parent's live children in order, leaving one page out (the one being placed). */
  public List<Long> siblings(UUID spaceId, @Nullable UUID parentId, @Nullable UUID except) {
    return jdbc.sql("""
        select sort_key from doc.page where space_id = :space and parent_id is not distinct from cast(:parent as uuid)
          and trashed_at is null and id is distinct from cast(:except as uuid) order by sort_key, id
        """)
        .param("space", spaceId)
        .param("parent", parentId)
        .param("except", except)
        .query(Long.class)
        .list();
  }

  /** A sort key after a parent's last live child (the space's top level for none). */
  public long lastKey(UUID spaceId, @Nullable UUID parentId) {
    List<Long> keys = siblings(spaceId, parentId, null);
    return keys.isEmpty() ? GAP : keys.getLast() + GAP;
  }

  /** Spreads a parent's live children out again, {@link #GAP} apart, keeping their order. */
  public void renumber(UUID spaceId, @Nullable UUID parentId) {
    jdbc.sql("""
        update doc.page p set sort_key = o.n * :gap from (
          select id, row_number() over (order by sort_key, id) as n from doc.page
          where space_id = :space and parent_id is not distinct from cast(:parent as uuid) and trashed_at is null) o
        where p.id = o.id
        """)
        .param("gap", GAP)
        .param("space", spaceId)
        .param("parent", parentId)
        .update();
  }

  public int position(UUID spaceId, @Nullable UUID parentId, UUID id, long sortKey) {
    return jdbc.sql("""
        select count(*) from doc.page where space_id = :space and parent_id is not distinct from cast(:parent as uuid)
          and trashed_at is null and (sort_key, id) < (:key, :id)
        """)
        .param("space", spaceId)
        .param("parent", parentId)
        .param("key", sortKey)
        .param("id", id)
        .query(Integer.class)
        .single();
  }

  /** Hangs the page under a new parent (whose path is {@code parentPath}), rewriting the paths of its whole subtree. */
  public void move(
      UUID id, @Nullable UUID parentId, List<UUID> parentPath, long sortKey, UUID by, Instant at) {
    List<UUID> prefix = new ArrayList<>(parentPath);
    prefix.add(id);
    jdbc.sql(
            "update doc.page set parent_id = ?, sort_key = ?, updated_by = ?, updated_at = ? where id = ?")
        .params(parentId, sortKey, by, Timestamps.at(at), id)
        .update();
    jdbc.sql("""
        update doc.page set path = cast(:prefix as uuid[]) || path[array_position(path, :id) + 1:]
        where :id = any(path)
        """).param("prefix", UuidArrays.literal(prefix)).param("id", id).update();
  }

  public void rename(UUID id, String title, List<String> tags, UUID by, Instant at) {
    jdbc.sql(
            "update doc.page set title = ?, tags = cast(? as text[]), updated_by = ?, updated_at = ? where id = ?")
        .params(title, textArray(tags), by, Timestamps.at(at), id)
        .update();
  }

  public void archive(UUID id, boolean archived, UUID by, Instant at) {
    jdbc.sql("update doc.page set archived = ?, updated_by = ?, updated_at = ? where id = ?")
        .params(archived, by, Timestamps.at(at), id)
        .update();
  }

  /** Trashes the page and every live page below it, all marked as taken along by it. */
  public void trash(UUID id, UUID by, Instant at) {
    jdbc.sql(
            "update doc.page set trashed_at = ?, trashed_by = ?, trash_root = ? where ? = any(path) and trashed_at is null")
        .params(Timestamps.at(at), by, id, id)
        .update();
  }

  /** Brings back what trashing the page took along. */
  public void restore(UUID id) {
    jdbc.sql(
            "update doc.page set trashed_at = null, trashed_by = null, trash_root = null where trash_root = ?")
        .param(id)
        .update();
  }

  /**
   * Pages that trashing {@code rootId} did not take but that hang below a page it took (trashed on
   * their own before it): deleting the root's pages must not take them, so they move to the top level.
   */
  public List<UUID> trashedOnTheirOwnBelow(UUID rootId) {
    return jdbc.sql("""
        select c.id from doc.page c join doc.page p on p.id = c.parent_id
        where p.trash_root = :root and c.trash_root is distinct from :root
        """).param("root", rootId).query(UUID.class).list();
  }

  /**
   * Deletes what trashing {@code rootId} took, for good; their updates, versions, favourites and
   * views go with them (foreign keys {@code on delete cascade}), their restrictions are the caller's
   * to forget. Answers their ids.
   */
  public List<UUID> purge(UUID rootId) {
    return jdbc.sql("delete from doc.page where trash_root = ? returning id")
        .param(rootId)
        .query(UUID.class)
        .list();
  }

  /** Deletes every page of the space's trash for good, answering their ids. */
  public List<UUID> purgeTrash(UUID spaceId) {
    return jdbc.sql(
            "delete from doc.page where space_id = ? and trashed_at is not null returning id")
        .param(spaceId)
        .query(UUID.class)
        .list();
  }

  /**
   * Gives the page {@code to} the co-edited content of {@code from}: its latest version and the
   * updates logged after it, as updates of the copy (Yjs applies them in any order). The collab
   * part owns these tables; the copy is written here because it is part of copying a page.
   */
  public void copyContent(UUID from, UUID to, UUID by) {
    jdbc.sql("""
        insert into doc.page_update (page_id, author_id, data)
        select :to, :by, data from (
          (select 0 as part, 0::bigint as position, data from doc.page_version where page_id = :from order by number desc limit 1)
          union all
          select 1, id, data from doc.page_update where page_id = :from) stored
        order by part, position
        """).param("from", from).param("to", to).param("by", by).update();
  }

  /**
   * Claims the right to seed the page with its template: answers the template when the page has
   * one, holds no content yet (no update, version or rendering) and nobody claimed it within the
   * lease. Two sockets asking at once cannot both win: the second waits for the first's row lock
   * and then finds the claim fresh.
   */
  public Optional<String> claimTemplate(UUID id, Instant now, Instant leaseStart) {
    return jdbc.sql("""
        update doc.page p set template_claimed_at = :now
        where p.id = :id and p.initial_markdown is not null and p.markdown is null and p.trashed_at is null
          and (p.template_claimed_at is null or p.template_claimed_at < :lease)
          and not exists (select 1 from doc.page_update u where u.page_id = p.id)
          and not exists (select 1 from doc.page_version v where v.page_id = p.id)
        returning p.initial_markdown
        """)
        .param("now", Timestamps.at(now))
        .param("lease", Timestamps.at(leaseStart))
        .param("id", id)
        .query(String.class)
        .optional();
  }

  /** Lets another socket claim the template, unless the page holds content by now. */
  public void releaseTemplate(UUID id) {
    jdbc.sql("""
        update doc.page p set template_claimed_at = null where p.id = ? and p.template_claimed_at is not null
          and not exists (select 1 from doc.page_update u where u.page_id = p.id)
          and not exists (select 1 from doc.page_version v where v.page_id = p.id)
        """).param(id).update();
  }

  /** Whether the page exists and is not in the trash. */
  public boolean live(UUID id) {
    return jdbc.sql("select count(*) from doc.page where id = ? and trashed_at is null")
            .param(id)
            .query(Integer.class)
            .single()
        > 0;
  }

  public Content content(UUID id) {
    return jdbc.sql("select markdown, plain_text from doc.page where id = ?")
        .param(id)
        .query((rs, n) -> new Content(rs.getString(1), rs.getString(2)))
        .optional()
        .orElse(new Content(null, null));
  }

  /** Stores the rendering and drops the template it started from: the editor has made it content. */
  public void storeContent(UUID id, String markdown, String text, UUID by, Instant at) {
    jdbc.sql("""
        update doc.page set markdown = ?, plain_text = ?, initial_markdown = null, updated_by = ?, updated_at = ? where id = ?
        """).params(markdown, text, by, Timestamps.at(at), id).update();
  }

  /** A page's id, space and rendering for search, read in keyset pages. */
  public record Indexed(
      UUID id,
      UUID spaceId,
      String spaceName,
      String title,
      List<String> tags,
      @Nullable String text,
      UUID updatedBy,
      Instant updatedAt,
      boolean readRestricted,
      boolean live) {}

  /** The page's text and, after it, its comments (mention tokens left out), so a page is found by its discussion too. */
  private static final String INDEXED =
      """
      select p.id, p.space_id, s.name as space_name, p.title, p.tags,
             concat_ws(' ', p.plain_text, (select string_agg(regexp_replace(c.body, '<@[0-9a-fA-F-]{36}>', ' ', 'g'), ' ' order by c.id)
               from doc.comment c join doc.comment_thread t on t.id = c.thread_id where t.page_id = p.id)) as plain_text,
             p.updated_by, p.updated_at,
             """ + Visibility.narrowsAt(DocResources.PAGE, "p.path", "viewer")
          + " as read_restricted, p.trashed_at is null as live"
          + " from doc.page p join doc.space s on s.id = p.space_id";

  public List<Indexed> indexedAfter(UUID after, int limit) {
    return jdbc.sql(INDEXED + " where p.id > ? and p.trashed_at is null order by p.id limit ?")
        .params(after, limit)
        .query(PagesTable::indexed)
        .list();
  }

  /** The page and every page below it, trashed ones included. */
  public List<UUID> subtreeIds(UUID rootId) {
    return jdbc.sql("select id from doc.page where ? = any(path)")
        .param(rootId)
        .query(UUID.class)
        .list();
  }

  public List<Indexed> indexed(Collection<UUID> ids) {
    return jdbc.sql(INDEXED + " where p.id = any(cast(? as uuid[]))")
        .param(UuidArrays.literal(ids))
        .query(PagesTable::indexed)
        .list();
  }

  public Optional<Indexed> indexed(UUID id) {
    return jdbc.sql(INDEXED + " where p.id = ?")
        .param(id)
        .query(PagesTable::indexed)
        .optional();
  }

  public long countLive() {
    return jdbc.sql("select count(*) from doc.page where trashed_at is null")
        .query(Long.class)
        .single();
  }

  /** Live pages whose reading a restriction narrows and that the viewer may read, for search's access keys. */
  public List<UUID> readableRestricted(Viewer viewer) {
    return viewer
        .bind(jdbc.sql("select p.id from doc.page p join doc.space s on s.id = p.space_id"
            + SPACE_ROLE + " where p.trashed_at is null and r.role > 0 and "
            + Visibility.narrowsAt(DocResources.PAGE, "p.path", "viewer") + " and " + PAGE_RANK
            + " > 0"))
        .query(UUID.class)
        .list();
  }

  private static Indexed indexed(ResultSet rs, int n) throws SQLException {
    return new Indexed(
        rs.getObject("id", UUID.class),
        rs.getObject("space_id", UUID.class),
        rs.getString("space_name"),
        rs.getString("title"),
        strings(rs.getArray("tags")),
        rs.getString("plain_text"),
        rs.getObject("updated_by", UUID.class),
        Objects.requireNonNull(Timestamps.instant(rs, "updated_at")),
        rs.getBoolean("read_restricted"),
        rs.getBoolean("live"));
  }

  private static PageRow map(ResultSet rs, int n) throws SQLException {
    return new PageRow(
        rs.getObject("id", UUID.class),
        rs.getObject("space_id", UUID.class),
        rs.getString("space_name"),
        rs.getBoolean("space_archived"),
        rs.getObject("parent_id", UUID.class),
        UuidArrays.of(rs.getArray("path")),
        rs.getLong("sort_key"),
        rs.getString("title"),
        strings(rs.getArray("tags")),
        rs.getBoolean("archived"),
        rs.getBoolean("archived_above"),
        Timestamps.instant(rs, "trashed_at"),
        rs.getObject("trashed_by", UUID.class),
        rs.getObject("trash_root", UUID.class),
        rs.getBoolean("has_content"),
        rs.getString("initial_markdown"),
        rs.getObject("created_by", UUID.class),
        Objects.requireNonNull(Timestamps.instant(rs, "created_at")),
        rs.getObject("updated_by", UUID.class),
        Objects.requireNonNull(Timestamps.instant(rs, "updated_at")),
        rs.getInt("role"),
        rs.getInt("rank"),
        rs.getBoolean("restricted"),
        rs.getBoolean("read_restricted"));
  }

  private static List<String> strings(@Nullable Array array) throws SQLException {
    return array == null
        ? List.of()
        : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
  }

  /** A {@code text[]} literal with every element quoted, so commas, quotes and braces in tags survive. */
  static String textArray(List<String> values) {
    StringBuilder literal = new StringBuilder("{");
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        literal.append(',');
      }
      literal
          .append('"')
          .append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\""))
          .append('"');
    }
    return literal.append('}').toString();
  }
}
