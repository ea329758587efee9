package dev.atrium.mail.internal.admin;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The domains ({@code mail.domain}) and how many addresses each holds. */
@Repository
class DomainsTable {

  private final JdbcClient jdbc;

  DomainsTable(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<MailDomain> all() {
    return jdbc.sql("""
            select d.name, d.is_default,
              (select count(*) from mail.address a where a.domain = d.name) as addresses
            from mail.domain d order by d.is_default desc, d.name""")
        .query((rs, n) -> new MailDomain(
            rs.getString("name"), rs.getBoolean("is_default"), rs.getLong("addresses")))
        .list();
  }

  Optional<MailDomain> find(String name) {
    return all().stream().filter(d -> d.name().equals(name)).findFirst();
  }

  Optional<String> defaultName() {
    return jdbc.sql("select name from mail.domain where is_default")
        .query(String.class)
        .optional();
  }

  /** Adds the domain; the first one becomes the default. False when it was there already. */
  boolean insert(String name) {
    return jdbc.sql("""
            insert into mail.domain (name, is_default, created_at)
            values (:name, not exists (select 1 from mail.domain), now())
            on conflict (name) do nothing""").param("name", name).update() == 1;
  }

  void delete(String name) {
    jdbc.sql("delete from mail.domain where name = :name").param("name", name).update();
  }

  /** Makes the domain the only default: the old one first, as the unique index allows one at a time. */
  void makeDefault(String name) {
    jdbc.sql("update mail.domain set is_default = false where is_default and name <> :name")
        .param("name", name)
        .update();
    jdbc.sql("update mail.domain set is_default = true where name = :name")
        .param("name", name)
        .update();
  }

  /** Serialises changes to the set of domains (the default moving, the last one leaving). */
  void lock() {
    jdbc.sql("lock table mail.domain in share row exclusive mode").update();
  }
}
