package dev.atrium.mail.internal.admin;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The addresses ({@code mail.address}): each delivers to one mailbox or expands to one list. */
@Repository
class AddressesTable {

  /** One address of a mailbox, its From address ({@code primary}) or an alias. */
  record Held(String address, boolean primary) {}

  private final JdbcClient jdbc;

  AddressesTable(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  boolean taken(String address) {
    return jdbc.sql("select exists (select 1 from mail.address where address = :address)")
        .param("address", address)
        .query(Boolean.class)
        .single();
  }

  /** Of these local parts, those taken in the domain. */
  List<String> takenLocalParts(String domain, Collection<String> localParts) {
    return jdbc.sql("""
            select split_part(address, '@', 1) from mail.address
            where domain = :domain and address = any(cast(:addresses as text[]))""")
        .param("domain", domain)
        .param("addresses", localParts.stream().map(l -> l + "@" + domain).toArray(String[]::new))
        .query(String.class)
        .list();
  }

  void insertForMailbox(String address, String domain, UUID mailboxId, boolean primary) {
    jdbc.sql("""
            insert into mail.address (address, domain, mailbox_id, is_primary, created_at)
            values (:address, :domain, :mailbox, :primary, now())""")
        .param("address", address)
        .param("domain", domain)
        .param("mailbox", mailboxId)
        .param("primary", primary)
        .update();
  }

  void insertForList(String address, String domain, UUID listId) {
    jdbc.sql("""
            insert into mail.address (address, domain, list_id, created_at)
            values (:address, :domain, :list, now())""")
        .param("address", address)
        .param("domain", domain)
        .param("list", listId)
        .update();
  }

  void delete(String address) {
    jdbc.sql("delete from mail.address where address = :address")
        .param("address", address)
        .update();
  }

  void deleteOfList(UUID listId) {
    jdbc.sql("delete from mail.address where list_id = :list")
        .param("list", listId)
        .update();
  }

  /** The mailbox's addresses, its From address first. */
  List<Held> ofMailbox(UUID mailboxId) {
    return jdbc.sql("""
            select address, is_primary from mail.address where mailbox_id = :mailbox
            order by is_primary desc, address""")
        .param("mailbox", mailboxId)
        .query((rs, n) -> new Held(rs.getString("address"), rs.getBoolean("is_primary")))
        .list();
  }

  Optional<String> primaryOf(UUID mailboxId) {
    return jdbc.sql("select address from mail.address where mailbox_id = :m and is_primary")
        .param("m", mailboxId)
        .query(String.class)
        .optional();
  }

  /** The From addresses of these mailboxes, by mailbox. */
  Map<UUID, String> primaryOf(Collection<UUID> mailboxIds) {
    if (mailboxIds.isEmpty()) {
      return Map.of();
    }
    return jdbc
        .sql("""
            select mailbox_id, address from mail.address
            where is_primary and mailbox_id = any(cast(:ids as uuid[]))""")
        .param("ids", mailboxIds.toArray(UUID[]::new))
        .query(
            (rs, n) -> Map.entry(rs.getObject("mailbox_id", UUID.class), rs.getString("address")))
        .list()
        .stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  /** Makes the address the mailbox's From address; the old one stays as an alias. */
  void makePrimary(UUID mailboxId, String address) {
    jdbc.sql("update mail.address set is_primary = false where mailbox_id = :m and is_primary")
        .param("m", mailboxId)
        .update();
    jdbc.sql("update mail.address set is_primary = true where mailbox_id = :m and address = :a")
        .param("m", mailboxId)
        .param("a", address)
        .update();
  }

  @Nullable
  String ofList(UUID listId) {
    return jdbc.sql("select address from mail.address where list_id = :list")
        .param("list", listId)
        .query(String.class)
        .optional()
        .orElse(null);
  }

  /** The From addresses of these people's personal mailboxes, by person. */
  Map<UUID, String> personalPrimary(Collection<UUID> personIds) {
    if (personIds.isEmpty()) {
      return Map.of();
    }
    return jdbc
        .sql("""
            select m.owner_id, a.address from mail.mailbox m
            join mail.address a on a.mailbox_id = m.id and a.is_primary
            where m.kind = 'PERSONAL' and m.owner_id = any(cast(:ids as uuid[]))""")
        .param("ids", personIds.toArray(UUID[]::new))
        .query((rs, n) -> Map.entry(rs.getObject("owner_id", UUID.class), rs.getString("address")))
        .list()
        .stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  /** Owners of personal mailboxes one of whose addresses starts with {@code prefix} (a LIKE literal). */
  List<UUID> ownersByAddress(String prefix, int limit) {
    return jdbc.sql("""
            select distinct m.owner_id from mail.address a join mail.mailbox m on m.id = a.mailbox_id
            where m.kind = 'PERSONAL' and a.address like :prefix limit :limit""")
        .param("prefix", prefix + "%")
        .param("limit", limit)
        .query(UUID.class)
        .list();
  }
}
