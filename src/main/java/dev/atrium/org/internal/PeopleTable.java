package dev.atrium.org.internal;

import dev.atrium.access.Affiliation;
import dev.atrium.org.PersonRef;
import dev.atrium.shared.Pinyin;
import dev.atrium.shared.data.UuidArrays;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code org.person}, and searches it for the directory. */
@Repository
public class PeopleTable {

  private static final String REF = """
      select p.id, p.name, p.email, p.guest, p.suspended, coalesce(d.path, '{}') as path
      from org.person p left join org.department d on d.id = p.primary_department_id
      """;

  private static final String ROW = """
      select p.id, p.name, p.email, p.phone, p.employee_no, p.title, p.status_text, p.primary_department_id,
        d.name as department_name, coalesce(d.path, '{}') as path, p.guest, p.suspended
      from org.person p left join org.department d on d.id = p.primary_department_id
      """;

  private final JdbcClient jdbc;

  PeopleTable(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<PersonRef> ref(UUID id) {
    return jdbc.sql(REF + " where p.id = ?")
        .param(id)
        .query(PeopleTable::mapRef)
        .optional();
  }

  public Optional<PersonRef> refByEmail(String email) {
    return jdbc.sql(REF + " where lower(p.email) = lower(?)")
        .param(email)
        .query(PeopleTable::mapRef)
        .optional();
  }

  /** Active non-guests whose primary or a secondary department is in the subtree of {@code departmentId}. */
  public java.util.Set<UUID> activeInSubtree(UUID departmentId) {
    return java.util.Set.copyOf(
        jdbc.sql("""
        select p.id from org.person p join org.department d on d.id = p.primary_department_id
        where d.path @> array[cast(:d as uuid)] and not p.suspended and not p.guest
        union
        select p.id from org.person p join org.membership m on m.person_id = p.id
          join org.department d on d.id = m.department_id
        where d.path @> array[cast(:d as uuid)] and not p.suspended and not p.guest
        """).param("d", departmentId).query(UUID.class).list());
  }

  /**
   * For each of these departments, its subtree's active non-guests (as {@link #activeInSubtree}), in
   * one statement; a department nobody is in is left out.
   */
  public Map<UUID, java.util.Set<UUID>> activeInSubtrees(java.util.Collection<UUID> departmentIds) {
    Map<UUID, java.util.Set<UUID>> people = new HashMap<>();
    if (departmentIds.isEmpty()) {
      return people;
    }
    jdbc.sql("""
        with wanted as (select unnest(cast(:d as uuid[])) as id),
        placed as (
          select p.id as person_id, p.primary_department_id as department_id from org.person p
          where not p.suspended and not p.guest
          union
          select m.person_id, m.department_id from org.membership m join org.person p on p.id = m.person_id
          where not p.suspended and not p.guest)
        select distinct w.id as department_id, placed.person_id from wanted w
          join org.department d on d.path @> array[w.id]
          join placed on placed.department_id = d.id
        """)
        .param("d", UuidArrays.literal(departmentIds))
        .query((rs, row) -> people
            .computeIfAbsent(
                rs.getObject("department_id", UUID.class), k -> new java.util.HashSet<>())
            .add(rs.getObject("person_id", UUID.class)))
        .list();
    return people;
  }

  /** Active non-guests whose primary or a secondary department is this one (not those below it). */
  public java.util.Set<UUID> activeIn(UUID departmentId) {
    return java.util.Set.copyOf(
        jdbc.sql("""
        select p.id from org.person p where p.primary_department_id = :d and not p.suspended and not p.guest
        union
        select p.id from org.person p join org.membership m on m.person_id = p.id
        where m.department_id = :d and not p.suspended and not p.guest
        """).param("d", departmentId).query(UUID.class).list());
  }

  /** See {@code OrgDirectory.audience}: one statement, whatever the audience's size. */
  public Map<UUID, Optional<UUID>> audience(
      boolean company,
      java.util.Collection<UUID> departments,
      java.util.Collection<UUID> subtrees,
      java.util.Collection<UUID> groups,
      java.util.Collection<UUID> named,
      java.util.Collection<UUID> excluded) {
    Map<UUID, Optional<UUID>> reached = new HashMap<>();
    jdbc.sql("""
        with reached as (
          select p.id from org.person p where :company and not p.guest
          union
          select p.id from org.person p where p.primary_department_id = any(cast(:departments as uuid[])) and not p.guest
          union
          select m.person_id from org.membership m join org.person p on p.id = m.person_id
          where m.department_id = any(cast(:departments as uuid[])) and not p.guest
          union
          select p.id from org.person p join org.department d on d.id = p.primary_department_id
          where d.path && cast(:subtrees as uuid[]) and not p.guest
          union
          select m.person_id from org.membership m join org.department d on d.id = m.department_id
            join org.person p on p.id = m.person_id
          where d.path && cast(:subtrees as uuid[]) and not p.guest
          union
          select gm.person_id from org.group_member gm where gm.group_id = any(cast(:groups as uuid[]))
          union
          select unnest(cast(:named as uuid[]))
        )
        select p.id, p.primary_department_id from org.person p join reached r on r.id = p.id
        where not p.suspended and not p.id = any(cast(:excluded as uuid[]))
        """)
        .param("company", company)
        .param("departments", UuidArrays.literal(departments))
        .param("subtrees", UuidArrays.literal(subtrees))
        .param("groups", UuidArrays.literal(groups))
        .param("named", UuidArrays.literal(named))
        .param("excluded", UuidArrays.literal(excluded))
        .query((rs, n) -> Map.entry(
            rs.getObject("id", UUID.class),
            Optional.ofNullable(rs.getObject("primary_department_id", UUID.class))))
        .list()
        .forEach(entry -> reached.put(entry.getKey(), entry.getValue()));
    return reached;
  }

  /** Those of these people whose primary or a secondary department lies in one of the subtrees. */
  public java.util.Set<UUID> withinSubtrees(
      java.util.Collection<UUID> people, java.util.Collection<UUID> roots) {
    return java.util.Set.copyOf(jdbc.sql("""
        select p.id from org.person p join org.department d on d.id = p.primary_department_id
        where p.id = any(cast(:people as uuid[])) and d.path && cast(:roots as uuid[])
        union
        select m.person_id from org.membership m join org.department d on d.id = m.department_id
        where m.person_id = any(cast(:people as uuid[])) and d.path && cast(:roots as uuid[])
        """)
        .param("people", UuidArrays.literal(people))
        .param("roots", UuidArrays.literal(roots))
        .query(UUID.class)
        .list());
  }

  /** Every active person who is a guest, or every one who is not. */
  public java.util.Set<UUID> active(boolean guests) {
    return java.util.Set.copyOf(
        jdbc.sql("select id from org.person where not suspended and guest = ?")
            .param(guests)
            .query(UUID.class)
            .list());
  }

  /** True when the person exists and is not suspended. */
  public boolean isActive(UUID personId) {
    return jdbc.sql("select count(*) from org.person where id = ? and not suspended")
            .param(personId)
            .query(Long.class)
            .single()
        > 0;
  }

  /** Every department on the paths of the person's primary and secondary departments; none when suspended or a guest. */
  public java.util.Set<UUID> subtreesHolding(UUID personId) {
    return java.util.Set.copyOf(
        jdbc.sql("""
        select distinct unnest(d.path) from org.person p join org.department d on d.id = p.primary_department_id
        where p.id = :p and not p.suspended and not p.guest
        union
        select distinct unnest(d.path) from org.person p join org.membership m on m.person_id = p.id
          join org.department d on d.id = m.department_id
        where p.id = :p and not p.suspended and not p.guest
        """).param("p", personId).query(UUID.class).list());
  }

  /**
   * For each of these people, the departments whose subtree holds them (as {@link #subtreesHolding}),
   * in one statement; a suspended person or a guest is left out.
   */
  public Map<UUID, java.util.Set<UUID>> subtreesHoldingEach(java.util.Collection<UUID> personIds) {
    Map<UUID, java.util.Set<UUID>> subtrees = new HashMap<>();
    if (personIds.isEmpty()) {
      return subtrees;
    }
    jdbc.sql("""
        with wanted as (select unnest(cast(? as uuid[])) as id),
        active as (select p.id, p.primary_department_id from wanted join org.person p on p.id = wanted.id
          where not p.suspended and not p.guest),
        placed as (
          select id as person_id, primary_department_id as department_id from active
          union
          select m.person_id, m.department_id from active join org.membership m on m.person_id = active.id)
        select distinct placed.person_id, s.id as department_id
        from placed join org.department d on d.id = placed.department_id, unnest(d.path) s(id)
        """)
        .param(UuidArrays.literal(personIds))
        .query((rs, row) -> subtrees
            .computeIfAbsent(rs.getObject("person_id", UUID.class), k -> new java.util.HashSet<>())
            .add(rs.getObject("department_id", UUID.class)))
        .list();
    return subtrees;
  }

  /**
   * Where an active person belongs, in one statement: their departments and every department above
   * them (none for a guest), and their groups. Empty when they are suspended or unknown.
   */
  public Optional<Affiliation> affiliation(UUID personId) {
    return jdbc.sql("""
        with person as (select id, guest, primary_department_id from org.person where id = :p and not suspended),
        own as (
          select primary_department_id as id from person where primary_department_id is not null and not guest
          union
          select m.department_id from person join org.membership m on m.person_id = person.id where not person.guest)
        select
          array(select id from own) as departments,
          array(select distinct s from own join org.department d on d.id = own.id, unnest(d.path) s) as subtrees,
          array(select g.group_id from org.group_member g where g.person_id = person.id) as groups
        from person
        """)
        .param("p", personId)
        .query((rs, row) -> new Affiliation(
            java.util.Set.copyOf(UuidArrays.of(rs.getArray("departments"))),
            java.util.Set.copyOf(UuidArrays.of(rs.getArray("subtrees"))),
            java.util.Set.copyOf(UuidArrays.of(rs.getArray("groups")))))
        .optional();
  }

  public long count() {
    return jdbc.sql("select count(*) from org.person").query(Long.class).single();
  }

  public Optional<PersonRow> find(UUID id) {
    return jdbc.sql(ROW + " where p.id = ?")
        .param(id)
        .query(PeopleTable::mapRow)
        .optional();
  }

  public Optional<PersonRow> findByEmail(String email) {
    return jdbc.sql(ROW + " where lower(p.email) = lower(?)")
        .param(email)
        .query(PeopleTable::mapRow)
        .optional();
  }

  /** Up to {@code limit} people after {@code after} in id order (a keyset page of a search rebuild). */
  public List<PersonRow> pageAfter(UUID after, int limit) {
    return jdbc.sql(ROW + " where p.id > ? order by p.id limit ?")
        .params(after, limit)
        .query(PeopleTable::mapRow)
        .list();
  }

  /** The people whose primary department this is. */
  public List<PersonRow> inDepartment(UUID departmentId) {
    return jdbc.sql(ROW + " where p.primary_department_id = ?")
        .param(departmentId)
        .query(PeopleTable::mapRow)
        .list();
  }

  public List<PersonRow> findAll(List<UUID> ids) {
    // "in (select unnest(…))", not "= any(cast(? as uuid[]))": array_in is only stable, so the cast
    // is not folded into a constant, and in a scan the array would be parsed again for every row
    return jdbc.sql(ROW
            + " where p.id in (select unnest(cast(? as uuid[]))) order by p.pinyin_full, p.name")
        .param(UuidArrays.literal(ids))
        .query(PeopleTable::mapRow)
        .list();
  }

  public boolean emailTaken(String email, @Nullable UUID except) {
    return jdbc.sql(
                "select count(*) from org.person where lower(email) = lower(?) and id is distinct from ?")
            .params(email, except)
            .query(Long.class)
            .single()
        > 0;
  }

  public boolean employeeNoTaken(String employeeNo, @Nullable UUID except) {
    return jdbc.sql(
                "select count(*) from org.person where employee_no = ? and id is distinct from ?")
            .params(employeeNo, except)
            .query(Long.class)
            .single()
        > 0;
  }

  public void insert(UUID id, PersonFields fields, boolean guest) {
    Pinyin.Spellings pinyin = Pinyin.of(fields.name());
    jdbc.sql("""
        insert into org.person (id, name, email, phone, employee_no, title, primary_department_id, guest,
          pinyin_full, pinyin_initials)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
        .params(
            id,
            fields.name(),
            fields.email(),
            fields.phone(),
            fields.employeeNo(),
            fields.title(),
            fields.primaryDepartmentId(),
            guest,
            pinyin.full(),
            pinyin.initials())
        .update();
  }

  public void update(UUID id, PersonFields fields) {
    Pinyin.Spellings pinyin = Pinyin.of(fields.name());
    jdbc.sql("""
        update org.person set name = ?, email = ?, phone = ?, employee_no = ?, title = ?, primary_department_id = ?,
          pinyin_full = ?, pinyin_initials = ?, updated_at = now()
        where id = ?
        """)
        .params(
            fields.name(),
            fields.email(),
            fields.phone(),
            fields.employeeNo(),
            fields.title(),
            fields.primaryDepartmentId(),
            pinyin.full(),
            pinyin.initials(),
            id)
        .update();
  }

  public void updateOwnProfile(UUID id, @Nullable String phone, @Nullable String statusText) {
    jdbc.sql("update org.person set phone = ?, status_text = ?, updated_at = now() where id = ?")
        .params(phone, statusText, id)
        .update();
  }

  public void setSuspended(UUID id, boolean suspended) {
    jdbc.sql("update org.person set suspended = ?, updated_at = now() where id = ?")
        .params(suspended, id)
        .update();
  }

  public boolean anyInDepartment(UUID departmentId) {
    return jdbc.sql("""
        select exists (select 1 from org.person where primary_department_id = :d)
            or exists (select 1 from org.membership where department_id = :d)
        """).param("d", departmentId).query(Boolean.class).single();
  }

  /** Whether the person belongs to the department, as their primary one or a secondary one. */
  public boolean belongsTo(UUID personId, UUID departmentId) {
    return jdbc.sql("""
        select exists (select 1 from org.person where id = :p and primary_department_id = :d)
            or exists (select 1 from org.membership where person_id = :p and department_id = :d)
        """)
        .param("p", personId)
        .param("d", departmentId)
        .query(Boolean.class)
        .single();
  }

  /** What the directory search filters by; {@code onlyPersonId} narrows it to one person (for guests). */
  public record Search(
      @Nullable String text,
      @Nullable UUID departmentId,
      boolean subtree,
      @Nullable UUID onlyPersonId,
      int offset,
      int limit) {}

  /** One page of matches, best first, and how many match in all. */
  public record Found(List<PersonRow> rows, long total) {}

  /**
   * Matches the name (substring), a pinyin spelling (substring, spaces ignored) or initials (prefix),
   * the e-mail address (substring) and the primary department's name. Ranks an exact name or
   * spelling first, then prefixes of name, spelling, initials or e-mail, then the rest.
   */
  public Found search(Search search) {
    StringBuilder where = new StringBuilder(" where true");
    Map<String, Object> params = new HashMap<>();
    String rank = "";
    if (search.text() != null && !search.text().isBlank()) {
      String text = search.text().strip().toLowerCase(Locale.ROOT);
      String literal = Sql.likeLiteral(text);
      String spelling = Sql.likeLiteral(Pinyin.normalise(text));
      params.put("exact", text);
      params.put("exactSpelling", "% " + spelling + " %");
      params.put("contains", "%" + literal + "%");
      params.put("prefix", literal + "%");
      params.put("spellingContains", "%" + spelling + "%");
      params.put("spellingPrefix", "% " + spelling + "%");
      where.append("""
           and (p.name ilike :contains or p.pinyin_full like :spellingContains
             or (' ' || p.pinyin_initials) like :spellingPrefix or lower(p.email) like :contains
             or d.name ilike :contains)
          """);
      rank = """
          case when lower(p.name) = :exact or (' ' || p.pinyin_full || ' ') like :exactSpelling then 0
               when lower(p.name) like :prefix or (' ' || p.pinyin_full) like :spellingPrefix
                 or (' ' || p.pinyin_initials) like :spellingPrefix or lower(p.email) like :prefix then 1
               else 2 end,
          """;
    }
    if (search.departmentId() != null) {
      params.put("department", search.departmentId());
      where.append(search.subtree() ? """
             and (d.path @> array[:department]::uuid[] or exists (select 1 from org.membership m
               join org.department md on md.id = m.department_id
               where m.person_id = p.id and md.path @> array[:department]::uuid[]))
            """ : """
             and (p.primary_department_id = :department or exists (select 1 from org.membership m
               where m.person_id = p.id and m.department_id = :department))
            """);
    }
    if (search.onlyPersonId() != null) {
      params.put("only", search.onlyPersonId());
      where.append(" and p.id = :only");
    }
    long total = jdbc.sql(
            "select count(*) from org.person p left join org.department d on d.id = p.primary_department_id"
                + where)
        .params(params)
        .query(Long.class)
        .single();
    params.put("offset", search.offset());
    params.put("limit", search.limit());
    List<PersonRow> rows = jdbc.sql(ROW + where + " order by " + rank
            + " p.pinyin_full, p.name, p.id offset :offset limit :limit")
        .params(params)
        .query(PeopleTable::mapRow)
        .list();
    return new Found(rows, total);
  }

  static PersonRef mapRef(ResultSet rs, int row) throws SQLException {
    return new PersonRef(
        rs.getObject("id", UUID.class),
        rs.getString("name"),
        rs.getString("email"),
        rs.getBoolean("guest"),
        rs.getBoolean("suspended"),
        UuidArrays.of(rs.getArray("path")));
  }

  static PersonRow mapRow(ResultSet rs, int row) throws SQLException {
    return new PersonRow(
        rs.getObject("id", UUID.class),
        rs.getString("name"),
        rs.getString("email"),
        rs.getString("phone"),
        rs.getString("employee_no"),
        rs.getString("title"),
        rs.getString("status_text"),
        rs.getObject("primary_department_id", UUID.class),
        rs.getString("department_name"),
        UuidArrays.of(rs.getArray("path")),
        rs.getBoolean("guest"),
        rs.getBoolean("suspended"));
  }
}
