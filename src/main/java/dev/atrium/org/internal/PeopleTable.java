package dev.atrium.org.internal;

import dev.atrium.org.PersonRef;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code org.person}. */
@Repository
public class PeopleTable {

  private static final String REF = """
      select p.id, p.name, p.email, p.guest, p.suspended, coalesce(d.path, '{}') as path
      from org.person p left join org.department d on d.id = p.primary_department_id
      """;

  private final JdbcClient jdbc;

  PeopleTable(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<PersonRef> ref(UUID id) {
    return jdbc.sql(REF + " where p.id = ?").param(id).query(PeopleTable::mapRef).optional();
  }

  public Optional<PersonRef> refByEmail(String email) {
    return jdbc.sql(REF + " where lower(p.email) = lower(?)").param(email).query(PeopleTable::mapRef).optional();
  }

  public Optional<String> departmentName(UUID departmentId) {
    return jdbc.sql("select name from org.department where id = ?").param(departmentId).query(String.class).optional();
  }

  public long count() {
    return jdbc.sql("select count(*) from org.person").query(Long.class).single();
  }

  static PersonRef mapRef(ResultSet rs, int row) throws SQLException {
    return new PersonRef(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("email"),
        rs.getBoolean("guest"), rs.getBoolean("suspended"), uuids(rs.getArray("path")));
  }

  static List<UUID> uuids(Array array) throws SQLException {
    return Arrays.stream((Object[]) array.getArray()).map(UUID.class::cast).toList();
  }
}
