package dev.atrium.mail.internal;

import dev.atrium.access.Viewer;
import dev.atrium.access.Visibility;
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
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code mail.mailbox} and {@code mail.address}; who may use one is in {@code access}. */
@Repository
public class MailboxesTable {

  /** The system folders every mailbox has, with their English names (the client translates roles). */
  static final List<String> SYSTEM_FOLDERS =
      List.of("INBOX", "SENT", "DRAFTS", "ARCHIVE", "TRASH", "SPAM");

  private static final String COLUMNS = """
      select b.id, b.kind, b.owner_id, b.name, coalesce(a.address, '') as address,
        (select count(*) from mail.message m join mail.folder f on f.id = m.folder_id
          where f.mailbox_id = b.id and f.role = 'INBOX' and not m.seen) as unread,
      """;

  private static final String FROM =
      " from mail.mailbox b left join mail.address a on a.mailbox_id = b.id and a.is_primary";

  private final JdbcClient jdbc;

  MailboxesTable(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<MailboxRow> view(UUID id, Viewer viewer) {
    return viewer
        .bind(jdbc.sql(COLUMNS + Visibility.rank(MailResources.MAILBOX, "b.id") + " as rank" + FROM
                + " where b.id = :id")
            .param("id", id))
        .query(MailboxesTable::row)
        .optional();
  }

  /** The mailboxes the viewer reads: their personal one first, then by name. */
  public List<MailboxRow> listed(Viewer viewer) {
    return viewer
        .bind(jdbc.sql(COLUMNS + Visibility.rank(MailResources.MAILBOX, "b.id") + " as rank" + FROM
            + " where b.id in " + Visibility.grantedIds(MailResources.MAILBOX, "reader")
            + " order by (b.kind = 'PERSONAL' and b.owner_id = :v_me) desc, b.name, b.id"))
        .query(MailboxesTable::row)
        .list();
  }

  public Map<UUID, UUID> personalOf(Collection<UUID> people) {
    Map<UUID, UUID> found = new HashMap<>();
    jdbc.sql("select owner_id, id from mail.mailbox"
            + " where kind = 'PERSONAL' and owner_id = any(cast(? as uuid[]))")
        .param(UuidArrays.literal(people))
        .query((rs, n) -> found.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
        .list();
    return found;
  }

  /**
   * Inserts mailboxes with their six system folders; personal ones their owner already has are left
   * out (a concurrent first use). One statement each, however many: a list's first delivery makes
   * thousands.
   */
  public void insert(List<NewMailbox> mailboxes, Instant at) {
    jdbc.sql("""
        insert into mail.mailbox (id, kind, owner_id, name, created_at)
        select i, k, o, n, ? from unnest(cast(? as uuid[]), cast(? as text[]),
          cast(cast(? as text[]) as uuid[]), cast(? as text[])) t(i, k, o, n)
        on conflict (owner_id) where kind = 'PERSONAL' do nothing
        """)
        .params(
            Timestamps.at(at),
            UuidArrays.literal(mailboxes.stream().map(NewMailbox::id).toList()),
            mailboxes.stream().map(NewMailbox::kind).toArray(String[]::new),
            mailboxes.stream()
                .map(m -> m.ownerId() == null ? null : m.ownerId().toString())
                .toArray(String[]::new),
            mailboxes.stream().map(NewMailbox::name).toArray(String[]::new))
        .update();
    jdbc.sql("""
        insert into mail.folder (id, mailbox_id, role, name, created_at)
        select gen_random_uuid(), b.id, r.role, initcap(r.role), ?
        from mail.mailbox b cross join unnest(cast(? as text[])) r(role)
        where b.id = any(cast(? as uuid[]))
        on conflict do nothing
        """)
        .params(
            Timestamps.at(at),
            SYSTEM_FOLDERS.toArray(String[]::new),
            UuidArrays.literal(mailboxes.stream().map(NewMailbox::id).toList()))
        .update();
  }

  /** Of these addresses, the ones somebody (or a list) has already. */
  public Set<String> taken(Collection<String> addresses) {
    return Set.copyOf(jdbc.sql("select address from mail.address where address = any(?)")
        .param(addresses.toArray(String[]::new))
        .query(String.class)
        .list());
  }

  /** Gives each mailbox its primary address (mailbox id to address). */
  public void insertPrimary(Map<UUID, String> addresses, String domain, Instant at) {
    jdbc.sql("""
        insert into mail.address (address, domain, mailbox_id, is_primary, created_at)
        select a, ?, b, true, ? from unnest(cast(? as text[]), cast(? as uuid[])) t(a, b)
        """)
        .params(
            domain,
            Timestamps.at(at),
            addresses.values().toArray(String[]::new),
            UuidArrays.literal(addresses.keySet()))
        .update();
  }

  /** What each of these addresses of ours delivers to. */
  public List<AddressTarget> targets(Collection<String> addresses) {
    return jdbc.sql("""
        select a.address, a.mailbox_id, a.list_id, l.source_kind, l.source_id, l.posting
        from mail.address a left join mail.list l on l.id = a.list_id
        where a.address = any(?)
        """)
        .param(addresses.toArray(String[]::new))
        .query((rs, n) -> new AddressTarget(
            rs.getString(1),
            rs.getObject(2, UUID.class),
            rs.getObject(3, UUID.class),
            rs.getString(4),
            rs.getObject(5, UUID.class),
            rs.getString(6)))
        .list();
  }

  /** The From address of each of these mailboxes. */
  public Map<UUID, String> primaryAddresses(Collection<UUID> mailboxIds) {
    Map<UUID, String> found = new HashMap<>();
    jdbc.sql("select mailbox_id, address from mail.address"
            + " where is_primary and mailbox_id = any(cast(? as uuid[]))")
        .param(UuidArrays.literal(mailboxIds))
        .query((rs, n) -> found.put(rs.getObject(1, UUID.class), rs.getString(2)))
        .list();
    return found;
  }

  /** Moves each mailbox's stream position on by one, returning the new positions; locks their rows. */
  public Map<UUID, Long> nextSeqs(Collection<UUID> mailboxIds) {
    Map<UUID, Long> seqs = new HashMap<>();
    jdbc.sql("update mail.mailbox set last_seq = last_seq + 1 where id = any(cast(? as uuid[]))"
            + " returning id, last_seq")
        .param(UuidArrays.literal(mailboxIds))
        .query((rs, n) -> seqs.put(rs.getObject(1, UUID.class), rs.getLong(2)))
        .list();
    return seqs;
  }

  /** A mailbox to make: personal ones name their owner. */
  public record NewMailbox(UUID id, String kind, @Nullable UUID ownerId, String name) {}

  /** An address of ours: a mailbox's, or a list's with how it is made up and who may post. */
  public record AddressTarget(
      String address,
      @Nullable UUID mailboxId,
      @Nullable UUID listId,
      @Nullable String sourceKind,
      @Nullable UUID sourceId,
      @Nullable String posting) {}

  private static MailboxRow row(ResultSet rs, int n) throws SQLException {
    return new MailboxRow(
        rs.getObject("id", UUID.class),
        rs.getString("kind"),
        rs.getObject("owner_id", UUID.class),
        rs.getString("name"),
        rs.getString("address"),
        rs.getInt("rank"),
        rs.getLong("unread"));
  }
}
