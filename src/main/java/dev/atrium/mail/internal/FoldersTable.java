package dev.atrium.mail.internal;

import dev.atrium.shared.data.Timestamps;
import dev.atrium.shared.data.UuidArrays;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code mail.folder} and {@code mail.label}. */
@Repository
public class FoldersTable {

  private static final String FOLDER = """
      select f.id, f.mailbox_id, f.role, f.name,
        (select count(*) from mail.message m where m.folder_id = f.id and not m.seen) as unread,
        (select count(*) from mail.message m where m.folder_id = f.id) as total
      from mail.folder f
      """;

  private final JdbcClient jdbc;

  FoldersTable(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The mailbox's folders: the system ones in their fixed order, then the others by name. */
  public List<FolderRow> folders(UUID mailboxId) {
    return jdbc.sql(FOLDER + " where f.mailbox_id = ? order by array_position("
            + "array['INBOX','DRAFTS','SENT','ARCHIVE','SPAM','TRASH'], f.role) nulls last,"
            + " lower(f.name), f.id")
        .param(mailboxId)
        .query(FoldersTable::folder)
        .list();
  }

  public Optional<FolderRow> folder(UUID id) {
    return jdbc.sql(FOLDER + " where f.id = ?")
        .param(id)
        .query(FoldersTable::folder)
        .optional();
  }

  /** Each mailbox's folder with this role. */
  public Map<UUID, UUID> byRole(Collection<UUID> mailboxIds, String role) {
    Map<UUID, UUID> found = new HashMap<>();
    jdbc.sql("select mailbox_id, id from mail.folder"
            + " where role = ? and mailbox_id = any(cast(? as uuid[]))")
        .params(role, UuidArrays.literal(mailboxIds))
        .query((rs, n) -> found.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
        .list();
    return found;
  }

  public UUID byRole(UUID mailboxId, String role) {
    return java.util.Objects.requireNonNull(byRole(List.of(mailboxId), role).get(mailboxId));
  }

  /** False when the mailbox has a folder of that name already. */
  public boolean insert(UUID id, UUID mailboxId, String name, Instant at) {
    try {
      jdbc.sql("insert into mail.folder (id, mailbox_id, name, created_at) values (?, ?, ?, ?)")
          .params(id, mailboxId, name, Timestamps.at(at))
          .update();
      return true;
    } catch (DuplicateKeyException e) {
      return false;
    }
  }

  public boolean rename(UUID id, String name) {
    try {
      jdbc.sql("update mail.folder set name = ? where id = ? and role is null")
          .params(name, id)
          .update();
      return true;
    } catch (DuplicateKeyException e) {
      return false;
    }
  }

  /** Deletes a folder a person made, its mail going to {@code trashId} first. */
  public void delete(UUID id, UUID trashId) {
    jdbc.sql("update mail.message set previous_folder_id = null, folder_id = ? where folder_id = ?")
        .params(trashId, id)
        .update();
    jdbc.sql("update mail.message set previous_folder_id = null where previous_folder_id = ?")
        .param(id)
        .update();
    jdbc.sql("delete from mail.folder where id = ? and role is null").param(id).update();
  }

  public List<LabelRow> labels(UUID mailboxId) {
    return jdbc.sql("select id, mailbox_id, name, color from mail.label where mailbox_id = ?"
            + " order by lower(name), id")
        .param(mailboxId)
        .query(FoldersTable::label)
        .list();
  }

  public Optional<LabelRow> label(UUID id) {
    return jdbc.sql("select id, mailbox_id, name, color from mail.label where id = ?")
        .param(id)
        .query(FoldersTable::label)
        .optional();
  }

  /** Inserts or changes a label; false when the mailbox has one of that name already. */
  public boolean saveLabel(LabelRow label, Instant at) {
    try {
      jdbc.sql("""
          insert into mail.label (id, mailbox_id, name, color, created_at) values (?, ?, ?, ?, ?)
          on conflict (id) do update set name = excluded.name, color = excluded.color
          """)
          .params(label.id(), label.mailboxId(), label.name(), label.color(), Timestamps.at(at))
          .update();
      return true;
    } catch (DuplicateKeyException e) {
      return false;
    }
  }

  public void deleteLabel(UUID id, UUID mailboxId) {
    jdbc.sql("update mail.message set label_ids = array_remove(label_ids, ?)"
            + " where mailbox_id = ? and ? = any(label_ids)")
        .params(id, mailboxId, id)
        .update();
    jdbc.sql("delete from mail.label where id = ?").param(id).update();
  }

  /** A folder with its counts; {@code role} is null for one a person made. */
  public record FolderRow(
      UUID id, UUID mailboxId, @Nullable String role, String name, long unread, long total) {}

  public record LabelRow(UUID id, UUID mailboxId, String name, String color) {}

  private static FolderRow folder(ResultSet rs, int n) throws SQLException {
    return new FolderRow(
        rs.getObject("id", UUID.class),
        rs.getObject("mailbox_id", UUID.class),
        rs.getString("role"),
        rs.getString("name"),
        rs.getLong("unread"),
        rs.getLong("total"));
  }

  private static LabelRow label(ResultSet rs, int n) throws SQLException {
    return new LabelRow(
        rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4));
  }
}
