package dev.atrium.mail.internal;

import dev.atrium.shared.data.UuidArrays;
import java.util.Collection;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Changes how a mailbox has marked and filed its messages: flags, folders, labels. */
@Repository
public class FlagsTable {

  private final JdbcClient jdbc;

  FlagsTable(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void set(Collection<UUID> ids, String column, boolean value) {
    String checked = switch (column) {
      case "seen", "starred", "remote_images_allowed" -> column;
      default -> throw new IllegalArgumentException(column);
    };
    jdbc.sql("update mail.message set " + checked + " = ? where id = any(cast(? as uuid[]))")
        .params(value, UuidArrays.literal(ids))
        .update();
  }

  /** Files them in the folder; {@code remember} keeps where they were, for a restore from Trash or Spam. */
  public void move(Collection<UUID> ids, UUID folderId, boolean remember) {
    jdbc.sql("update mail.message set previous_folder_id = "
            + (remember ? "coalesce(previous_folder_id, folder_id)" : "null")
            + ", folder_id = ? where id = any(cast(? as uuid[]))")
        .params(folderId, UuidArrays.literal(ids))
        .update();
  }

  /** Puts them back where they were before Trash or Spam, or in {@code fallback}. */
  public void restore(Collection<UUID> ids, UUID fallback) {
    jdbc.sql("update mail.message set folder_id = coalesce(previous_folder_id, ?),"
            + " previous_folder_id = null where id = any(cast(? as uuid[]))")
        .params(fallback, UuidArrays.literal(ids))
        .update();
  }

  public void label(Collection<UUID> ids, UUID labelId, boolean on) {
    String value = on
        ? "array_append(array_remove(label_ids, cast(? as uuid)), cast(? as uuid))"
        : "array_remove(array_remove(label_ids, cast(? as uuid)), cast(? as uuid))";
    jdbc.sql("update mail.message set label_ids = " + value + " where id = any(cast(? as uuid[]))")
        .params(labelId, labelId, UuidArrays.literal(ids))
        .update();
  }

  /** Deletes them for good; a content no mailbox holds any more goes with them. */
  public void delete(Collection<UUID> ids) {
    jdbc.sql("""
        with gone as (delete from mail.message where id = any(cast(? as uuid[])) returning content_id)
        delete from mail.content c where c.id in (select content_id from gone)
          and not exists (select 1 from mail.message m where m.content_id = c.id
            and m.id <> all(cast(? as uuid[])))
          and not exists (select 1 from mail.outbound o where o.content_id = c.id)
        """).params(UuidArrays.literal(ids), UuidArrays.literal(ids)).update();
  }
}
