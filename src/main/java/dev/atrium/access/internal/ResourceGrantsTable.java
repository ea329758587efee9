package dev.atrium.access.internal;

import dev.atrium.access.Grant;
import dev.atrium.access.Grantee;
import dev.atrium.shared.data.UuidArrays;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code access.resource_grant}: one row per grantee and resource. */
@Repository
public class ResourceGrantsTable {

  private final JdbcClient jdbc;

  ResourceGrantsTable(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<Grant> on(String type, UUID resourceId) {
    return jdbc.sql(
            "select kind, subject_id, role from access.resource_grant where resource_type = ? and resource_id = ?")
        .params(type, resourceId)
        .query(ResourceGrantsTable::map)
        .list();
  }

  /** The grants on the resource whose role is one of {@code roles} (its managers, not its thousands of readers). */
  public List<Grant> withRoles(String type, UUID resourceId, List<String> roles) {
    return jdbc.sql("""
        select kind, subject_id, role from access.resource_grant
        where resource_type = ? and resource_id = ? and role = any(cast(? as text[]))""")
        .params(type, resourceId, roles.toArray(String[]::new))
        .query(ResourceGrantsTable::map)
        .list();
  }

  /** Inserts the grants in one statement, however many a replacement names. */
  public void insert(
      String type,
      UUID resourceId,
      List<Grant> grants,
      @org.jspecify.annotations.Nullable UUID by) {
    if (grants.isEmpty()) {
      return;
    }
    jdbc.sql("""
        insert into access.resource_grant (resource_type, resource_id, kind, subject_id, role, granted_by, granted_at)
        select :type, :resource, g.kind, g.subject_id, g.role, :by, now()
        from unnest(cast(:kinds as text[]), cast(:subjects as uuid[]), cast(:roles as text[]))
          as g (kind, subject_id, role)""")
        .param("type", type)
        .param("resource", resourceId)
        .param("by", by)
        .param(
            "kinds",
            arrayLiteral(grants.stream().map(g -> g.grantee().kind().name()).toList()))
        .param(
            "subjects",
            arrayLiteral(grants.stream().map(g -> idText(g.grantee().id())).toList()))
        .param("roles", arrayLiteral(grants.stream().map(Grant::role).toList()))
        .update();
  }

  private static String idText(@org.jspecify.annotations.Nullable UUID id) {
    return id == null ? "NULL" : id.toString();
  }

  /** A text literal of a PostgreSQL array: roles, kinds and ids are plain words, NULL unquoted. */
  private static String arrayLiteral(List<String> values) {
    return values.stream()
        .map(v -> v.equals("NULL") ? v : '"' + v + '"')
        .collect(java.util.stream.Collectors.joining(",", "{", "}"));
  }

  /** Gives the grantee exactly this role on the resource, dropping any other they held there. */
  public void upsert(
      String type, UUID resourceId, Grant grant, @org.jspecify.annotations.Nullable UUID by) {
    delete(type, resourceId, grant.grantee());
    insert(type, resourceId, List.of(grant), by);
  }

  /** Which of these resources carry at least one grant. */
  public List<UUID> granted(String type, Collection<UUID> resourceIds) {
    return jdbc.sql(
            "select distinct resource_id from access.resource_grant where resource_type = ? and resource_id = any(cast(? as uuid[]))")
        .params(type, UuidArrays.literal(resourceIds))
        .query(UUID.class)
        .list();
  }

  /** Gives each of these people the role where they hold nothing on the resource, in one statement. */
  public void insertPeople(String type, UUID resourceId, Collection<UUID> people, String role) {
    jdbc.sql("""
        insert into access.resource_grant (resource_type, resource_id, kind, subject_id, role)
        select :type, :resource, 'PERSON', p, :role from unnest(cast(:people as uuid[])) p
        where not exists (select 1 from access.resource_grant g where g.resource_type = :type
          and g.resource_id = :resource and g.kind = 'PERSON' and g.subject_id = p)""")
        .param("type", type)
        .param("resource", resourceId)
        .param("role", role)
        .param("people", UuidArrays.literal(people))
        .update();
  }

  /**
   * Gives each (resource, person) pair the role where the person holds none on that resource, in one
   * statement whatever the number of resources.
   */
  public void insertPeople(
      String type, Map<UUID, ? extends Collection<UUID>> peopleByResource, String role) {
    Pairs pairs = Pairs.of(peopleByResource);
    jdbc.sql("""
        insert into access.resource_grant (resource_type, resource_id, kind, subject_id, role)
        select :type, x.r, 'PERSON', x.p, :role from unnest(cast(:resources as uuid[]), cast(:people as uuid[])) x(r, p)
        where not exists (select 1 from access.resource_grant g where g.resource_type = :type
          and g.resource_id = x.r and g.kind = 'PERSON' and g.subject_id = x.p)""")
        .param("type", type)
        .param("role", role)
        .param("resources", UuidArrays.literal(pairs.resources()))
        .param("people", UuidArrays.literal(pairs.people()))
        .update();
  }

  /** Takes away whatever each person holds on the resource paired with them, in one statement. */
  public void deletePeople(String type, Map<UUID, ? extends Collection<UUID>> peopleByResource) {
    Pairs pairs = Pairs.of(peopleByResource);
    jdbc.sql("""
        delete from access.resource_grant g using unnest(cast(? as uuid[]), cast(? as uuid[])) x(r, p)
        where g.resource_type = ? and g.resource_id = x.r and g.kind = 'PERSON' and g.subject_id = x.p""")
        .params(UuidArrays.literal(pairs.resources()), UuidArrays.literal(pairs.people()), type)
        .update();
  }

  /** (resource, person) pairs as two arrays of equal length, for {@code unnest(resources, people)}. */
  private record Pairs(List<UUID> resources, List<UUID> people) {
    static Pairs of(Map<UUID, ? extends Collection<UUID>> peopleByResource) {
      Pairs pairs = new Pairs(new ArrayList<>(), new ArrayList<>());
      peopleByResource.forEach((resource, holders) -> holders.forEach(person -> {
        pairs.resources().add(resource);
        pairs.people().add(person);
      }));
      return pairs;
    }
  }

  /** Takes away whatever these people hold on the resource, in one statement. */
  public void deletePeople(String type, UUID resourceId, Collection<UUID> people) {
    jdbc.sql("""
        delete from access.resource_grant where resource_type = ? and resource_id = ? and kind = 'PERSON'
          and subject_id in (select unnest(cast(? as uuid[])))""").params(type, resourceId, UuidArrays.literal(people)).update();
  }

  public void delete(String type, UUID resourceId, Grantee grantee) {
    jdbc.sql("""
        delete from access.resource_grant where resource_type = ? and resource_id = ? and kind = ?
          and subject_id is not distinct from ?""").params(type, resourceId, grantee.kind().name(), grantee.id()).update();
  }

  public void deleteOn(String type, UUID resourceId) {
    jdbc.sql("delete from access.resource_grant where resource_type = ? and resource_id = ?")
        .params(type, resourceId)
        .update();
  }

  public void deleteOn(String type, Collection<UUID> resourceIds) {
    jdbc.sql(
            "delete from access.resource_grant where resource_type = ? and resource_id = any(cast(? as uuid[]))")
        .params(type, UuidArrays.literal(resourceIds))
        .update();
  }

  private static Grant map(ResultSet rs, int row) throws SQLException {
    UUID id = rs.getObject("subject_id", UUID.class);
    return new Grant(
        Grantee.of(Grantee.Kind.valueOf(rs.getString("kind")), id), rs.getString("role"));
  }
}
