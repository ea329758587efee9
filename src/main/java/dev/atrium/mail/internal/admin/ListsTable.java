package dev.atrium.mail.internal.admin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The mailing lists ({@code mail.list}) with their addresses. */
@Repository
class ListsTable {

  /** A stored list and its address. */
  record Row(
      UUID id,
      String name,
      String address,
      ListSource source,
      UUID sourceId,
      ListPosting posting) {}

  private static final String SELECT = """
      select l.id, l.name, a.address, l.source_kind, l.source_id, l.posting
      from mail.list l join mail.address a on a.list_id = l.id""";

  private final JdbcClient jdbc;

  ListsTable(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Row> all() {
    return jdbc.sql(SELECT + " order by lower(l.name), l.id")
        .query((rs, n) -> row(rs))
        .list();
  }

  Optional<Row> find(UUID id) {
    return jdbc.sql(SELECT + " where l.id = :id")
        .param("id", id)
        .query((rs, n) -> row(rs))
        .optional();
  }

  Optional<Row> byAddress(String address) {
    return jdbc.sql(SELECT + " where a.address = :address")
        .param("address", address)
        .query((rs, n) -> row(rs))
        .optional();
  }

  void insert(UUID id, String name, ListSource source, UUID sourceId, ListPosting posting) {
    jdbc.sql("""
            insert into mail.list (id, name, source_kind, source_id, posting, created_at)
            values (:id, :name, :source, :sourceId, :posting, now())""")
        .param("id", id)
        .param("name", name)
        .param("source", source.name())
        .param("sourceId", sourceId)
        .param("posting", posting.name())
        .update();
  }

  void update(UUID id, String name, ListSource source, UUID sourceId, ListPosting posting) {
    jdbc.sql("""
            update mail.list set name = :name, source_kind = :source, source_id = :sourceId,
              posting = :posting where id = :id""")
        .param("id", id)
        .param("name", name)
        .param("source", source.name())
        .param("sourceId", sourceId)
        .param("posting", posting.name())
        .update();
  }

  void lock(UUID id) {
    jdbc.sql("select 1 from mail.list where id = :id for update")
        .param("id", id)
        .query()
        .listOfRows();
  }

  void delete(UUID id) {
    jdbc.sql("delete from mail.list where id = :id").param("id", id).update();
  }

  private static Row row(ResultSet rs) throws SQLException {
    return new Row(
        rs.getObject("id", UUID.class),
        rs.getString("name"),
        rs.getString("address"),
        ListSource.valueOf(rs.getString("source_kind")),
        rs.getObject("source_id", UUID.class),
        ListPosting.valueOf(rs.getString("posting")));
  }
}
