package dev.atrium.org.internal;

import dev.atrium.shared.data.UuidArrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code org.membership}: a person's secondary departments. */
@Repository
public class MembershipsTable {

  /** A secondary department of a person, with its name. */
  public record MembershipRow(
      UUID departmentId,
      String departmentName,
      List<UUID> departmentPath,
      @Nullable String title) {}

  private final JdbcClient jdbc;

  MembershipsTable(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<MembershipRow> of(UUID personId) {
    return jdbc.sql("""
        select m.department_id, d.name, d.path, m.title from org.membership m
        join org.department d on d.id = m.department_id where m.person_id = ? order by d.name
        """)
        .param(personId)
        .query((rs, row) -> new MembershipRow(
            rs.getObject("department_id", UUID.class),
            rs.getString("name"),
            UuidArrays.of(rs.getArray("path")),
            rs.getString("title")))
        .list();
  }

  public void add(UUID personId, UUID departmentId, @Nullable String title) {
    jdbc.sql("insert into org.membership (person_id, department_id, title) values (?, ?, ?)")
        .params(personId, departmentId, title)
        .update();
  }

  public void remove(UUID personId, UUID departmentId) {
    jdbc.sql("delete from org.membership where person_id = ? and department_id = ?")
        .params(personId, departmentId)
        .update();
  }

  public void removeAll(UUID personId) {
    jdbc.sql("delete from org.membership where person_id = ?").param(personId).update();
  }
}
