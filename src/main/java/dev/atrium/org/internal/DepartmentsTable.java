package dev.atrium.org.internal;

import dev.atrium.org.DepartmentNode;
import dev.atrium.shared.data.UuidArrays;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code org.department}, the tree with materialised paths. */
@Repository
public class DepartmentsTable {

  private static final String SELECT = """
      select d.id, d.parent_id, d.name, d.path, d.head_id, h.name as head_name,
        (select count(*) from org.person p where p.primary_department_id = d.id)
          + (select count(*) from org.membership m where m.department_id = d.id) as member_count
      from org.department d left join org.person h on h.id = d.head_id
      """;

  private final JdbcClient jdbc;

  DepartmentsTable(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<DepartmentRow> all() {
    return jdbc.sql(SELECT + " order by cardinality(d.path), d.name")
        .query(DepartmentsTable::map)
        .list();
  }

  /** Every department without the member counts, parents first: other modules' bulk read. */
  public List<DepartmentNode> tree() {
    return jdbc.sql(
            "select id, parent_id, name, path, head_id from org.department order by cardinality(path), name")
        .query((rs, row) -> new DepartmentNode(
            rs.getObject("id", UUID.class),
            rs.getObject("parent_id", UUID.class),
            rs.getString("name"),
            UuidArrays.of(rs.getArray("path")),
            rs.getObject("head_id", UUID.class)))
        .list();
  }

  /** The departments on the given paths, e.g. a person's own branch of the tree. */
  public List<DepartmentRow> onPath(List<UUID> path) {
    return jdbc.sql(SELECT + " where d.id = any(cast(? as uuid[])) order by cardinality(d.path)")
        .param(UuidArrays.literal(path))
        .query(DepartmentsTable::map)
        .list();
  }

  public Optional<DepartmentRow> find(UUID id) {
    return jdbc.sql(SELECT + " where d.id = ?")
        .param(id)
        .query(DepartmentsTable::map)
        .optional();
  }

  public Optional<DepartmentRow> root() {
    return jdbc.sql(SELECT + " where d.parent_id is null")
        .query(DepartmentsTable::map)
        .optional();
  }

  public Optional<DepartmentRow> child(UUID parentId, String name) {
    return jdbc.sql(SELECT + " where d.parent_id = ? and d.name = ?")
        .params(parentId, name)
        .query(DepartmentsTable::map)
        .optional();
  }

  /** Department names by id for the given ids, to label paths. */
  public Map<UUID, String> names(List<UUID> ids) {
    return jdbc
        .sql("select id, name from org.department where id = any(cast(? as uuid[]))")
        .param(UuidArrays.literal(ids))
        .query((rs, row) -> Map.entry(rs.getObject("id", UUID.class), rs.getString("name")))
        .list()
        .stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  public boolean nameTaken(@Nullable UUID parentId, String name, @Nullable UUID except) {
    return jdbc.sql(
                "select count(*) from org.department where parent_id is not distinct from ? and name = ? and id is distinct from ?")
            .params(parentId, name, except)
            .query(Long.class)
            .single()
        > 0;
  }

  public void insert(UUID id, @Nullable UUID parentId, String name, List<UUID> path) {
    jdbc.sql(
            "insert into org.department (id, parent_id, name, path) values (?, ?, ?, cast(? as uuid[]))")
        .params(id, parentId, name, UuidArrays.literal(path))
        .update();
  }

  public void rename(UUID id, String name) {
    jdbc.sql("update org.department set name = ? where id = ?").params(name, id).update();
  }

  /**
   * Hangs the department under a new parent and rewrites the paths of its whole subtree in one
   * statement: each path keeps its tail from the moved department on, behind the new parent's path.
   */
  public void move(UUID id, UUID newParentId, List<UUID> newParentPath) {
    jdbc.sql("update org.department set parent_id = ? where id = ?")
        .params(newParentId, id)
        .update();
    jdbc.sql("""
        update org.department set path = cast(? as uuid[]) || path[array_position(path, ?):]
        where path @> array[?]::uuid[]
        """).params(UuidArrays.literal(newParentPath), id, id).update();
  }

  public void setHead(UUID id, @Nullable UUID headId) {
    jdbc.sql("update org.department set head_id = ? where id = ?")
        .params(headId, id)
        .update();
  }

  public boolean hasChildren(UUID id) {
    return jdbc.sql("select count(*) from org.department where parent_id = ?")
            .param(id)
            .query(Long.class)
            .single()
        > 0;
  }

  public void delete(UUID id) {
    jdbc.sql("delete from org.department where id = ?").param(id).update();
  }

  private static DepartmentRow map(ResultSet rs, int row) throws SQLException {
    return new DepartmentRow(
        rs.getObject("id", UUID.class),
        rs.getObject("parent_id", UUID.class),
        rs.getString("name"),
        UuidArrays.of(rs.getArray("path")),
        rs.getObject("head_id", UUID.class),
        rs.getString("head_name"),
        rs.getLong("member_count"));
  }
}
