package dev.atrium.access.internal;

import dev.atrium.access.Role;
import dev.atrium.access.RoleGrant;
import dev.atrium.shared.data.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The role grants table. */
@Repository
public class RoleGrants {

  private static final String COLUMNS = "id, person_id, role, department_id, granted_at";

  private final JdbcClient jdbc;

  RoleGrants(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<RoleGrant> of(UUID personId) {
    return jdbc.sql("select " + COLUMNS + " from access.role_grant where person_id = ?")
        .param(personId)
        .query(RoleGrants::map)
        .list();
  }

  public List<RoleGrant> all() {
    return jdbc.sql("select " + COLUMNS + " from access.role_grant order by granted_at")
        .query(RoleGrants::map)
        .list();
  }

  public Optional<RoleGrant> find(UUID id) {
    return jdbc.sql("select " + COLUMNS + " from access.role_grant where id = ?")
        .param(id)
        .query(RoleGrants::map)
        .optional();
  }

  public boolean exists(UUID personId, Role role, @Nullable UUID departmentId) {
    return jdbc.sql(
                "select count(*) from access.role_grant where person_id = ? and role = ? and department_id is not distinct from ?")
            .params(personId, role.name(), departmentId)
            .query(Long.class)
            .single()
        > 0;
  }

  public long countSystemAdmins() {
    return jdbc.sql("select count(*) from access.role_grant where role = 'SYSTEM_ADMIN'")
        .query(Long.class)
        .single();
  }

  public RoleGrant insert(
      UUID id, UUID personId, Role role, @Nullable UUID departmentId, @Nullable UUID grantedBy) {
    return jdbc.sql(
            "insert into access.role_grant (id, person_id, role, department_id, granted_by) values (?, ?, ?, ?, ?) returning "
                + COLUMNS)
        .params(id, personId, role.name(), departmentId, grantedBy)
        .query(RoleGrants::map)
        .single();
  }

  public void delete(UUID id) {
    jdbc.sql("delete from access.role_grant where id = ?").param(id).update();
  }

  public void deleteForDepartment(UUID departmentId) {
    jdbc.sql("delete from access.role_grant where department_id = ?")
        .param(departmentId)
        .update();
  }

  private static RoleGrant map(ResultSet rs, int row) throws SQLException {
    return new RoleGrant(
        rs.getObject("id", UUID.class),
        rs.getObject("person_id", UUID.class),
        Role.valueOf(rs.getString("role")),
        rs.getObject("department_id", UUID.class),
        Timestamps.required(rs, "granted_at"));
  }
}
