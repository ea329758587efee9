package dev.atrium.mail.internal.admin;

import dev.atrium.mail.internal.MailboxesTable;
import dev.atrium.mail.internal.MailboxesTable.NewMailbox;
import dev.atrium.shared.Ids;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the administration of mail reads and writes of {@code mail.mailbox}. */
@Repository
class MailboxRows {

  /** A mailbox as its administration sees it; {@code signature} is TipTap JSON. */
  record Row(
      UUID id,
      String kind,
      @Nullable UUID ownerId,
      String name,
      @Nullable String signature) {
    boolean shared() {
      return "SHARED".equals(kind);
    }
  }

  private final JdbcClient jdbc;

  private final MailboxesTable store;
  private final Clock clock;

  MailboxRows(JdbcClient jdbc, MailboxesTable store, Clock clock) {
    this.jdbc = jdbc;
    this.store = store;
    this.clock = clock;
  }

  /**
   * Makes a mailbox, shared ({@code ownerId} null) or a person's, with its system folders, through
   * the store's own insert so every mailbox starts the same.
   */
  UUID insert(@Nullable UUID ownerId, String name) {
    UUID id = Ids.newId();
    store.insert(
        List.of(new NewMailbox(id, ownerId == null ? "SHARED" : "PERSONAL", ownerId, name)),
        clock.instant());
    return id;
  }

  Optional<Row> find(UUID id) {
    return jdbc.sql("""
            select id, kind, owner_id, name, signature::text as signature
            from mail.mailbox where id = :id""")
        .param("id", id)
        .query((rs, n) -> new Row(
            rs.getObject("id", UUID.class),
            rs.getString("kind"),
            rs.getObject("owner_id", UUID.class),
            rs.getString("name"),
            rs.getString("signature")))
        .optional();
  }

  /** The mailbox row, locked until the transaction ends (its members or signature are changing). */
  Optional<Row> lock(UUID id) {
    jdbc.sql("select 1 from mail.mailbox where id = :id for update")
        .param("id", id)
        .query()
        .listOfRows();
    return find(id);
  }

  Optional<UUID> personalOf(UUID personId) {
    return jdbc.sql("select id from mail.mailbox where kind = 'PERSONAL' and owner_id = :p")
        .param("p", personId)
        .query(UUID.class)
        .optional();
  }

  List<Row> shared() {
    return jdbc.sql("""
            select id, kind, owner_id, name, null as signature
            from mail.mailbox where kind = 'SHARED' order by lower(name), id""")
        .query((rs, n) -> new Row(
            rs.getObject("id", UUID.class), rs.getString("kind"), null, rs.getString("name"), null))
        .list();
  }

  void rename(UUID id, String name) {
    jdbc.sql("update mail.mailbox set name = :name where id = :id")
        .param("id", id)
        .param("name", name)
        .update();
  }

  void setSignature(UUID id, @Nullable String json) {
    jdbc.sql("update mail.mailbox set signature = cast(:json as jsonb) where id = :id")
        .param("id", id)
        .param("json", json)
        .update();
  }

  /** Whether any mail or draft is kept in the mailbox: such a shared mailbox is not deleted. */
  boolean holdsMail(UUID id) {
    return jdbc.sql("""
            select exists (select 1 from mail.message where mailbox_id = :id)
              or exists (select 1 from mail.draft where mailbox_id = :id)""").param("id", id).query(Boolean.class).single();
  }

  void delete(UUID id) {
    jdbc.sql("delete from mail.folder where mailbox_id = :id").param("id", id).update();
    jdbc.sql("delete from mail.mailbox where id = :id").param("id", id).update();
  }
}
