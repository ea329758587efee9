package dev.atrium.files.internal;

import dev.atrium.files.StoredFile;
import dev.atrium.shared.data.Timestamps;
import dev.atrium.shared.data.UuidArrays;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code files.file}. */
@Repository
public class FilesTable {

  /** A stored row: the public metadata plus where it hangs and its thumbnail's type. */
  public record Row(
      StoredFile file,
      @Nullable String thumbnailType,
      @Nullable String ownerKind,
      @Nullable UUID ownerId) {}

  private static final String SELECT = """
      select id, name, size, content_type, sha256, uploader_id, created_at, width, height, thumbnail_type,
             owner_kind, owner_id
      from files.file
      """;

  private final JdbcClient jdbc;

  FilesTable(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(StoredFile f, @Nullable String thumbnailType) {
    jdbc.sql("""
        insert into files.file (id, name, size, content_type, sha256, uploader_id, created_at, width, height, thumbnail_type)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
        .params(
            f.id(),
            f.name(),
            f.size(),
            f.contentType(),
            f.sha256(),
            f.uploaderId(),
            Timestamps.at(f.createdAt()),
            f.width(),
            f.height(),
            thumbnailType)
        .update();
  }

  public Optional<Row> find(UUID id) {
    return jdbc.sql(SELECT + " where id = ?").param(id).query(FilesTable::map).optional();
  }

  public List<Row> findAll(Collection<UUID> ids) {
    return ids.isEmpty()
        ? List.of()
        : jdbc.sql(SELECT + " where id in (:ids)")
            .param("ids", ids)
            .query(FilesTable::map)
            .list();
  }

  /** Those of the files that hang on this owner or are shared with it, in no particular order. */
  public List<Row> heldBy(String ownerKind, UUID ownerId, Collection<UUID> ids) {
    return ids.isEmpty()
        ? List.of()
        : jdbc.sql(SELECT + """
             where id in (:ids)
               and ((owner_kind = :kind and owner_id = :owner)
                 or exists (select 1 from files.file_share s
                            where s.file_id = files.file.id and s.owner_kind = :kind and s.owner_id = :owner))
            """)
            .param("ids", ids)
            .param("kind", ownerKind)
            .param("owner", ownerId)
            .query(FilesTable::map)
            .list();
  }

  /** Claims the file for an owner if this uploader uploaded it and nothing claimed it yet. */
  public boolean claim(UUID id, UUID uploaderId, String ownerKind, UUID ownerId, Instant at) {
    return jdbc.sql("""
        update files.file set owner_kind = ?, owner_id = ?, attached_at = ?
        where id = ? and uploader_id = ? and owner_id is null
        """)
            .params(ownerKind, ownerId, Timestamps.at(at), id, uploaderId)
            .update()
        == 1;
  }

  /** Unattached uploads created before {@code cutoff}, oldest first. */
  public List<Row> unattachedBefore(Instant cutoff, int limit) {
    return jdbc.sql(
            SELECT + " where owner_id is null and created_at < ? order by created_at limit ?")
        .params(Timestamps.at(cutoff), limit)
        .query(FilesTable::map)
        .list();
  }

  /** Deletes the row if it is still unattached; true when it did. */
  public boolean deleteUnattached(UUID id) {
    return jdbc.sql("delete from files.file where id = ? and owner_id is null")
            .param(id)
            .update()
        == 1;
  }

  /** Shares with {@code to} every file hung on {@code from} or shared with it. */
  public void share(String ownerKind, UUID from, UUID to) {
    jdbc.sql("""
        insert into files.file_share (file_id, owner_kind, owner_id)
        select id, :kind, :to from files.file where owner_kind = :kind and owner_id = :from
        union
        select file_id, :kind, :to from files.file_share where owner_kind = :kind and owner_id = :from
        on conflict do nothing
        """).param("kind", ownerKind).param("from", from).param("to", to).update();
  }

  /** The owners a file is shared with, besides the one it hangs on. */
  public List<Owner> sharedWith(UUID id) {
    return jdbc.sql("select owner_kind, owner_id from files.file_share where file_id = ?")
        .param(id)
        .query((rs, row) ->
            new Owner(rs.getString("owner_kind"), rs.getObject("owner_id", UUID.class)))
        .list();
  }

  /** An owner of a file: what it hangs on, or what it is shared with. */
  public record Owner(String kind, UUID id) {}

  /**
   * These owners go for good: each file hung on one of them that another owner shares passes to that
   * owner, and their shares go.
   */
  public void handOver(String ownerKind, Collection<UUID> ownerIds) {
    String owners = UuidArrays.literal(ownerIds);
    jdbc.sql("""
        with heir as (
          select distinct on (f.id) f.id, s.owner_kind, s.owner_id
          from files.file f join files.file_share s on s.file_id = f.id
          where f.owner_kind = :kind and f.owner_id = any(cast(:owners as uuid[]))
            and not (s.owner_kind = :kind and s.owner_id = any(cast(:owners as uuid[])))
          order by f.id, s.owner_id),
        moved as (
          update files.file f set owner_kind = heir.owner_kind, owner_id = heir.owner_id from heir where f.id = heir.id
          returning f.id, f.owner_kind, f.owner_id)
        delete from files.file_share s using moved
        where s.file_id = moved.id and s.owner_kind = moved.owner_kind and s.owner_id = moved.owner_id
        """).param("kind", ownerKind).param("owners", owners).update();
    jdbc.sql(
            "delete from files.file_share where owner_kind = ? and owner_id = any(cast(? as uuid[]))")
        .params(ownerKind, owners)
        .update();
  }

  /** Deletes every file hung on these owners of a kind; answers the contents (sha256) they held. */
  public Set<String> deleteOwned(String ownerKind, Collection<UUID> ownerIds) {
    if (ownerIds.isEmpty()) {
      return Set.of();
    }
    return Set.copyOf(jdbc.sql(
            "delete from files.file where owner_kind = ? and owner_id = any(cast(? as uuid[])) returning sha256")
        .params(ownerKind, UuidArrays.literal(ownerIds))
        .query(String.class)
        .list());
  }

  public boolean anyWithSha256(String sha256) {
    return jdbc.sql("select exists (select 1 from files.file where sha256 = ?)")
        .param(sha256)
        .query(Boolean.class)
        .single();
  }

  /** Serialises writers of one blob (an upload placing it, the sweeper removing it) until commit. */
  public void lockBlob(String sha256) {
    jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))")
        .param("files:" + sha256)
        .query()
        .singleRow();
  }

  private static Row map(ResultSet rs, int row) throws SQLException {
    String thumbnail = rs.getString("thumbnail_type");
    var file = new StoredFile(
        rs.getObject("id", UUID.class),
        rs.getString("name"),
        rs.getLong("size"),
        rs.getString("content_type"),
        rs.getString("sha256"),
        rs.getObject("uploader_id", UUID.class),
        java.util.Objects.requireNonNull(Timestamps.instant(rs, "created_at")),
        (Integer) rs.getObject("width"),
        (Integer) rs.getObject("height"),
        thumbnail != null);
    return new Row(
        file, thumbnail, rs.getString("owner_kind"), rs.getObject("owner_id", UUID.class));
  }
}
