package dev.atrium.org.internal;

import dev.atrium.shared.data.UuidArrays;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code org.person_group} and its members. */
@Repository
public class GroupsTable {

  /** One group with its member count. */
  public record GroupRow(UUID id, String name, @Nullable String description, long memberCount) {}

  private static final String SELECT = """
      select g.id, g.name, g.description, (select count(*) from org.group_member m where m.group_id = g.id) as member_count
      from org.person_group g
      """;

  private final JdbcClient jdbc;

  GroupsTable(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<GroupRow> all() {
    return jdbc.sql(SELECT + " order by lower(g.name)").query(GroupsTable::map).list();
  }

  public List<GroupRow> of(UUID personId) {
    return jdbc.sql(
            SELECT
                + " where exists (select 1 from org.group_member m where m.group_id = g.id and m.person_id = ?) order by lower(g.name)")
        .param(personId)
        .query(GroupsTable::map)
        .list();
  }

  public Optional<GroupRow> find(UUID id) {
    return jdbc.sql(SELECT + " where g.id = ?")
        .param(id)
        .query(GroupsTable::map)
        .optional();
  }

  public boolean nameTaken(String name, @Nullable UUID except) {
    return jdbc.sql(
                "select count(*) from org.person_group where lower(name) = lower(?) and id is distinct from ?")
            .params(name, except)
            .query(Long.class)
            .single()
        > 0;
  }

  public void insert(UUID id, String name, @Nullable String description) {
    jdbc.sql("insert into org.person_group (id, name, description) values (?, ?, ?)")
        .params(id, name, description)
        .update();
  }

  public void update(UUID id, String name, @Nullable String description) {
    jdbc.sql("update org.person_group set name = ?, description = ? where id = ?")
        .params(name, description, id)
        .update();
  }

  public void delete(UUID id) {
    jdbc.sql("delete from org.person_group where id = ?").param(id).update();
  }

  /** The group's members who are not suspended. */
  public java.util.Set<UUID> activeMembers(UUID groupId) {
    return java.util.Set.copyOf(jdbc.sql("""
        select m.person_id from org.group_member m join org.person p on p.id = m.person_id
        where m.group_id = ? and not p.suspended""").param(groupId).query(UUID.class).list());
  }

  public List<UUID> members(UUID groupId) {
    return jdbc.sql("select person_id from org.group_member where group_id = ?")
        .param(groupId)
        .query(UUID.class)
        .list();
  }

  public boolean isMember(UUID groupId, UUID personId) {
    return jdbc.sql("select count(*) from org.group_member where group_id = ? and person_id = ?")
            .params(groupId, personId)
            .query(Long.class)
            .single()
        > 0;
  }

  public void setMembers(UUID groupId, List<UUID> personIds) {
    jdbc.sql("delete from org.group_member where group_id = ?").param(groupId).update();
    jdbc.sql(
            "insert into org.group_member (group_id, person_id) select ?, unnest(cast(? as uuid[]))")
        .params(groupId, UuidArrays.literal(personIds))
        .update();
  }

  private static GroupRow map(ResultSet rs, int row) throws SQLException {
    return new GroupRow(
        rs.getObject("id", UUID.class),
        rs.getString("name"),
        rs.getString("description"),
        rs.getLong("member_count"));
  }
}
