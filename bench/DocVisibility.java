import dev.atrium.access.Visibility;
import dev.atrium.doc.internal.DocResources;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * "Which pages may S see" in a company with thousands of pages: the cost of doc's visibility SQL
 * (access's {@code Visibility} fragments for the space role and the narrowing by restricted pages)
 * for one person, through the API (the spaces they hold a grant in and each one's page tree) and
 * straight in PostgreSQL (every page of the company at once, and search's access keys), with the
 * plan PostgreSQL picks. Started by bench/doc-visibility.sh; a JDK 22+ runs it from source with the
 * PostgreSQL driver and Atrium's own classes on the class path, so the SQL timed is the SQL doc runs:
 *
 *   java -cp postgresql.jar:BOOT-INF/classes bench/DocVisibility.java --url http://127.0.0.1:8080 \
 *        --data <data dir> --admin-email a@b --admin-password … [--pages 5000] [--spaces 100] [--people 300]
 *
 * Departments, people and the person S are made through the API; spaces, pages and their grants are
 * written straight into doc.space, doc.page and access.resource_grant, as doc's write path would
 * leave them (each page's path from the top down to itself, grants in doc's kinds and roles): a
 * benchmark may load data directly. Every space has a manager; about half give a department's
 * subtree editing, 60 % let the whole company read, a few name people; 5 % of pages restrict
 * readers and editors (a third of them editors only).
 */
public class DocVisibility extends Bench {

  static String adminEmail;
  static String adminPassword;
  static Path data;
  static int pages = 5000;
  static int spaces = 100;
  static int people = 300;
  static int rounds = 20;
  static long seed = 42;

  public static void main(String[] args) throws Exception {
    for (int i = 0; i < args.length; i += 2) {
      String v = args[i + 1];
      switch (args[i]) {
        case "--url" -> url = v.replaceAll("/$", "");
        case "--admin-email" -> adminEmail = v;
        case "--admin-password" -> adminPassword = v;
        case "--data" -> data = Path.of(v);
        case "--pages" -> pages = Integer.parseInt(v);
        case "--spaces" -> spaces = Integer.parseInt(v);
        case "--people" -> people = Integer.parseInt(v);
        case "--rounds" -> rounds = Integer.parseInt(v);
        case "--seed" -> seed = Long.parseLong(v);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    if (url == null || adminEmail == null || adminPassword == null || data == null) {
      throw new IllegalArgumentException(
          "--url, --data, --admin-email and --admin-password are required");
    }
    new DocVisibility().run();
  }

  /** Six departments under the root, four below each: S sits in the first one's first sub-department. */
  static final int TOP = 6;

  static final int SUB = 4;

  final SplittableRandom random = new SplittableRandom(seed);
  final Map<String, Object> summary = new LinkedHashMap<>();
  String adminToken;
  UUID adminId;
  UUID root;
  final List<UUID> tops = new ArrayList<>();
  final List<UUID> subs = new ArrayList<>();
  UUID[] personIds;
  UUID me;
  String myToken;
  Connection db;

  void run() throws Exception {
    adminToken = signInAndMakeToken(adminEmail, adminPassword, null, "doc-visibility");
    Map<?, ?> adminMe = (Map<?, ?>) call("GET", "/api/v1/me", null, adminToken, null, 200);
    adminId = UUID.fromString((String) ((Map<?, ?>) adminMe.get("person")).get("id"));
    long t = System.nanoTime();
    organise();
    log("org: %d departments, %d people in %.1f s", 1 + TOP + TOP * SUB, people, secondsSince(t));
    db = connect();
    t = System.nanoTime();
    int restricted = load();
    log(
        "load: %d spaces, %d pages (%d restricted), %d grants in %.1f s",
        spaces, pages, restricted, count("access.resource_grant"), secondsSince(t));
    try (var statement = db.createStatement()) {
      statement.execute("analyze doc.page; analyze doc.space; analyze access.resource_grant");
    }
    int seen = sqlAllPages(false);
    sqlAllPages(true);
    searchKeys();
    int seenByApi = api();
    summary.put("seen", seen);
    if (seen != seenByApi) {
      throw new IllegalStateException("the API showed S " + seenByApi + " pages, the SQL " + seen);
    }
    StringBuilder line = new StringBuilder(
        "doc-visibility: pages=" + pages + " spaces=" + spaces + " people=" + people);
    summary.forEach((k, v) -> line.append(' ').append(k).append('=').append(v));
    System.out.println(line);
    db.close();
  }

  // ---- org through the API ----------------------------------------------------------------------
  void organise() throws Exception {
    root = UUID.fromString(rootDepartment(adminToken));
    String run = UUID.randomUUID().toString().substring(0, 8);
    for (int i = 0; i < TOP; i++) {
      tops.add(department("部门" + i + "-" + run, root));
      for (int j = 0; j < SUB; j++) {
        subs.add(department("小组" + i + "." + j + "-" + run, tops.get(i)));
      }
    }
    personIds = new UUID[people];
    parallel(people, 8, i -> {
      UUID department = i % 5 == 0 ? tops.get(i % TOP) : subs.get(i % subs.size());
      Map<?, ?> person = (Map<?, ?>) call(
          "POST",
          "/api/v1/people",
          Json.obj(
              "name",
              "员工" + i + "-" + run,
              "email",
              "p" + i + "-" + run + "@bench.test",
              "primaryDepartmentId",
              department.toString(),
              "guest",
              false),
          adminToken,
          null,
          201);
      personIds[i] = UUID.fromString((String) person.get("id"));
    });
    String email = "s-" + run + "@bench.test";
    Map<?, ?> s = (Map<?, ?>) call(
        "POST",
        "/api/v1/people",
        Json.obj(
            "name",
            "S-" + run,
            "email",
            email,
            "primaryDepartmentId",
            subs.get(0).toString(),
            "guest",
            false),
        adminToken,
        null,
        201);
    me = UUID.fromString((String) s.get("id"));
    Map<?, ?> reset = (Map<?, ?>)
        call("POST", "/api/v1/people/" + me + "/reset-password", null, adminToken, null, 200);
    myToken = signInAndMakeToken(
        email, (String) reset.get("temporaryPassword"), "Bench-password-" + run, "doc-visibility");
  }

  UUID department(String name, UUID parent) throws Exception {
    Map<?, ?> made = (Map<?, ?>) call(
        "POST",
        "/api/v1/departments",
        Json.obj("name", name, "parentId", parent.toString()),
        adminToken,
        null,
        201);
    return UUID.fromString((String) made.get("id"));
  }

  // ---- spaces, pages and grants straight into the tables
  // -----------------------------------------
  int load() throws Exception {
    db.setAutoCommit(false);
    Timestamp now = Timestamp.from(Instant.now());
    int restricted = 0;
    try (PreparedStatement space = db.prepareStatement(
            "insert into doc.space (id, kind, name, created_by, created_at) values (?, 'PROJECT', ?, ?, ?)");
        PreparedStatement page = db.prepareStatement("""
             insert into doc.page (id, space_id, parent_id, path, sort_key, title, created_by, created_at, updated_by, updated_at)
             values (?, ?, ?, cast(? as uuid[]), ?, ?, ?, ?, ?, ?)""");
        PreparedStatement grant = db.prepareStatement("""
             insert into access.resource_grant (resource_type, resource_id, kind, subject_id, role) values (?, ?, ?, ?, ?)""")) {
      for (int s = 0; s < spaces; s++) {
        UUID spaceId = UUID.randomUUID();
        space.setObject(1, spaceId);
        space.setString(2, "空间 " + s);
        space.setObject(3, adminId);
        space.setTimestamp(4, now);
        space.addBatch();
        String type = DocResources.SPACE.name();
        grant(grant, type, spaceId, "PERSON", person(), "manager");
        if (random.nextInt(2) == 0) {
          grant(grant, type, spaceId, "SUBTREE", tops.get(random.nextInt(TOP)), "editor");
        }
        if (random.nextInt(10) < 6) {
          grant(grant, type, spaceId, "COMPANY", null, "viewer");
        }
        for (int k = random.nextInt(4); k > 0; k--) {
          grant(
              grant,
              type,
              spaceId,
              "PERSON",
              person(),
              random.nextInt(3) == 0 ? "editor" : "viewer");
        }
        if (random.nextInt(10) == 0) {
          grant(grant, type, spaceId, "PERSON", me, "editor");
        }
        // the space's pages: each hangs under an earlier one of the same space (or at the top), at
        // most six deep
        int count = pages / spaces + (s < pages % spaces ? 1 : 0);
        List<List<UUID>> paths = new ArrayList<>();
        for (int p = 0; p < count; p++) {
          UUID id = UUID.randomUUID();
          List<UUID> parentPath = paths.isEmpty() || random.nextInt(10) < 3
              ? List.of()
              : paths.get(random.nextInt(paths.size()));
          if (parentPath.size() >= 6) {
            parentPath = List.of();
          }
          List<UUID> path = new ArrayList<>(parentPath);
          path.add(id);
          paths.add(path);
          page.setObject(1, id);
          page.setObject(2, spaceId);
          page.setObject(3, parentPath.isEmpty() ? null : parentPath.getLast());
          page.setString(
              4, "{" + String.join(",", path.stream().map(UUID::toString).toList()) + "}");
          page.setLong(5, (p + 1L) << 20);
          page.setString(6, "页面 " + s + "." + p);
          page.setObject(7, adminId);
          page.setTimestamp(8, now);
          page.setObject(9, adminId);
          page.setTimestamp(10, now);
          page.addBatch();
          if (random.nextInt(20) == 0) {
            restricted++;
            restrict(grant, id);
          }
        }
      }
      space.executeBatch();
      page.executeBatch();
      grant.executeBatch();
    }
    db.commit();
    db.setAutoCommit(true);
    return restricted;
  }

  /** Readers (a few people or a sub-department's subtree) and editors; a third of the time editors only. */
  void restrict(PreparedStatement grant, UUID pageId) throws Exception {
    String type = DocResources.PAGE.name();
    if (random.nextInt(3) != 0) {
      if (random.nextInt(2) == 0) {
        grant(grant, type, pageId, "SUBTREE", subs.get(random.nextInt(subs.size())), "viewer");
      }
      for (int k = 1 + random.nextInt(3); k > 0; k--) {
        grant(grant, type, pageId, "PERSON", person(), "viewer");
      }
    }
    for (int k = 1 + random.nextInt(2); k > 0; k--) {
      grant(grant, type, pageId, "PERSON", person(), "editor");
    }
    if (random.nextInt(4) == 0) {
      grant(grant, type, pageId, "PERSON", me, random.nextInt(2) == 0 ? "viewer" : "editor");
    }
  }

  UUID person() {
    return personIds[random.nextInt(people)];
  }

  /** Who this load has named on which resource already: a space names each grantee once, as doc's write path does. */
  final Set<String> named = new HashSet<>();

  void grant(
      PreparedStatement grant, String type, UUID resource, String kind, UUID subject, String role)
      throws Exception {
    if (!named.add(resource + " " + kind + " " + subject
        + (type.equals(DocResources.PAGE.name()) ? " " + role : ""))) {
      return;
    }
    grant.setString(1, type);
    grant.setObject(2, resource);
    grant.setString(3, kind);
    if (subject == null) {
      grant.setNull(4, Types.OTHER);
    } else {
      grant.setObject(4, subject);
    }
    grant.setString(5, role);
    grant.addBatch();
  }

  // ---- measuring ------------------------------------------------------------------------------
  /** doc's page view (PagesTable): the space role, then the page's rank narrowed by the restrictions on its path. */
  static final String SPACE_RANK = Visibility.rank(DocResources.SPACE, "s.id");

  static final String PAGE_RANK =
      Visibility.narrowed(DocResources.PAGE, "r.role", "p.path", DocResources.SPACE.top());
  static final String FROM =
      " from doc.page p join doc.space s on s.id = p.space_id cross join lateral (select "
          + SPACE_RANK + " as role offset 0) r";

  /** Every live page of the company S may read, in one statement: the widest list doc could ask for. */
  int sqlAllPages(boolean admin) throws Exception {
    String sql =
        "select count(*)" + FROM + " where p.trashed_at is null and " + PAGE_RANK + " >= 1";
    String name = admin ? "sql-all-admin" : "sql-all";
    explain(name, sql, admin);
    long[] took = new long[rounds];
    int seen = 0;
    for (int i = 0; i < rounds; i++) {
      long t = System.nanoTime();
      try (PreparedStatement q = bind(sql, admin);
          ResultSet rs = q.executeQuery()) {
        rs.next();
        seen = rs.getInt(1);
      }
      took[i] = System.nanoTime() - t;
    }
    Arrays.sort(took);
    log(
        "%s: S%s sees %d of %d pages; p50 %s ms, p95 %s ms over %d runs",
        name,
        admin ? " as content administrator" : "",
        seen,
        pages,
        ms(pct(took, 50)),
        ms(pct(took, 95)),
        rounds);
    summary.put(name + "-p50", ms(pct(took, 50)) + "ms");
    summary.put(name + "-p95", ms(pct(took, 95)) + "ms");
    return seen;
  }

  /** Search's access keys for S (DocSearch#accessKeys): the spaces S may read and the read-restricted pages that let S in. */
  void searchKeys() throws Exception {
    String spacesSql = "select s.id from doc.space s where " + SPACE_RANK + " > 0";
    String pagesSql = "select p.id" + FROM + " where p.trashed_at is null and r.role > 0 and "
        + Visibility.narrowsAt(DocResources.PAGE, "p.path", "viewer") + " and " + PAGE_RANK
        + " > 0";
    explain("keys-pages", pagesSql, false);
    long[] took = new long[rounds];
    int keys = 0;
    for (int i = 0; i < rounds; i++) {
      long t = System.nanoTime();
      keys = 0;
      for (String sql : List.of(spacesSql, pagesSql)) {
        try (PreparedStatement q = bind(sql, false);
            ResultSet rs = q.executeQuery()) {
          while (rs.next()) {
            keys++;
          }
        }
      }
      took[i] = System.nanoTime() - t;
    }
    Arrays.sort(took);
    log(
        "keys: S holds %d search access keys; p50 %s ms, p95 %s ms",
        keys, ms(pct(took, 50)), ms(pct(took, 95)));
    summary.put("keys-p95", ms(pct(took, 95)) + "ms");
  }

  /** Through the API: the spaces S holds a grant in, and the page tree of each (what the sidebar shows). */
  int api() throws Exception {
    List<Long> trees = new ArrayList<>();
    long[] whole = new long[Math.max(1, rounds / 4)];
    int seen = 0;
    Set<String> readable = readableSpaces();
    for (int round = 0; round < whole.length; round++) {
      long t = System.nanoTime();
      seen = 0;
      for (String space : readable) {
        long t1 = System.nanoTime();
        seen += ((List<?>)
                call("GET", "/api/v1/spaces/" + space + "/pages", null, myToken, null, 200))
            .size();
        trees.add(System.nanoTime() - t1);
      }
      whole[round] = System.nanoTime() - t;
    }
    long[] tree = trees.stream().mapToLong(Long::longValue).sorted().toArray();
    Arrays.sort(whole);
    log(
        "api: %d spaces S may read, %d pages in their trees; a tree p50 %s ms, p95 %s ms; all of them %s ms (median of %d)",
        readable.size(),
        seen,
        ms(pct(tree, 50)),
        ms(pct(tree, 95)),
        ms(pct(whole, 50)),
        whole.length);
    summary.put("tree-p95", ms(pct(tree, 95)) + "ms");
    summary.put("api-all", ms(pct(whole, 50)) + "ms");
    return seen;
  }

  /** The spaces S may read: those S holds a grant in (GET /api/v1/spaces) and the company-readable ones, by SQL. */
  Set<String> readableSpaces() throws Exception {
    Set<String> ids = new HashSet<>();
    for (Object space : (List<?>) call("GET", "/api/v1/spaces", null, myToken, null, 200)) {
      ids.add((String) ((Map<?, ?>) space).get("id"));
    }
    try (PreparedStatement q =
            bind("select s.id from doc.space s where " + SPACE_RANK + " > 0", false);
        ResultSet rs = q.executeQuery()) {
      while (rs.next()) {
        ids.add(rs.getString(1));
      }
    }
    return ids;
  }

  void explain(String name, String sql, boolean admin) throws Exception {
    StringBuilder plan = new StringBuilder();
    try (PreparedStatement q = bind("explain (analyze, buffers) " + sql, admin);
        ResultSet rs = q.executeQuery()) {
      while (rs.next()) {
        plan.append("    ").append(rs.getString(1)).append('\n');
      }
    }
    log("%s plan:%n%s", name, plan);
  }

  /** The statement with Viewer#bind's parameters for S: their person, departments and the subtrees holding them. */
  PreparedStatement bind(String sql, boolean admin) throws Exception {
    Map<String, String> values = new LinkedHashMap<>();
    values.put(":v_me", "'" + me + "'::uuid");
    values.put(":v_guest", "false");
    values.put(":v_admin", String.valueOf(admin));
    values.put(":v_departments", "'{" + subs.get(0) + "}'");
    values.put(":v_subtrees", "'{" + subs.get(0) + "," + tops.get(0) + "," + root + "}'");
    values.put(":v_groups", "'{}'");
    String bound = sql;
    for (var e : values.entrySet()) {
      bound = bound.replace(e.getKey(), e.getValue());
    }
    return db.prepareStatement(bound);
  }

  long count(String table) throws Exception {
    try (var q = db.createStatement();
        ResultSet rs = q.executeQuery("select count(*) from " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  Connection connect() throws Exception {
    return database(data);
  }
}
