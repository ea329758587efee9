import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Announcements at a company's size (issue #14's benchmark), three figures:
 *
 * <ol>
 *   <li><b>publish</b>: a must-read to the whole company of --people people in --departments
 *       departments, through the real API (a draft, then POST /publish as the system administrator):
 *       the publish call's answer (the audience is resolved and every recipient row written in its
 *       transaction), and the time until every recipient's announce.published notice is stored
 *       (notify.notification rows that link to it, counted in PostgreSQL every 50 ms);
 *   <li><b>statistics while confirmations arrive</b>: --people confirmations written over
 *       --confirm-seconds straight into announce.recipient (in batches, as Receipts.confirm leaves
 *       them), while the administrator refreshes GET /stats (the whole company, the divisions) and
 *       GET /stats?department=&lt;a division&gt; (its teams) back to back; each refresh timed;
 *   <li><b>the phone list</b>: a person in --inbox published announcements (loaded straight into
 *       the tables, a tenth must-reads, some pinned, a third opened), GET /announcements?box=inbox
 *       &amp;limit=20 as they would open it on a phone, timed over --rounds calls.
 * </ol>
 *
 * Started by bench/announce.sh; a JDK 22+ runs it from source with the PostgreSQL driver on the class
 * path:
 *
 *   java -cp postgresql.jar bench/Announce.java --url http://127.0.0.1:8080 --data &lt;data dir&gt;
 *        --admin-email a@b --admin-password … [--people 10000] [--departments 300] [--inbox 2000]
 *
 * The org (departments, people, a head per department) is written straight into org.department and
 * org.person: importing 10,000 people through the API starts minutes of department-channel and
 * search work that would be measured alongside. Nobody but the administrator and the list's person
 * signs in, so confirmations cannot come through the API as those people.
 */
public class Announce extends Bench {

  static String adminEmail;
  static String adminPassword;
  static Path data;
  static int people = 10_000;
  static int departments = 300;
  static int inbox = 2_000;
  static int confirmSeconds = 60;
  static int rounds = 50;
  static long seed = 42;

  public static void main(String[] args) throws Exception {
    for (int i = 0; i < args.length; i += 2) {
      String v = args[i + 1];
      switch (args[i]) {
        case "--url" -> url = v.replaceAll("/$", "");
        case "--admin-email" -> adminEmail = v;
        case "--admin-password" -> adminPassword = v;
        case "--data" -> data = Path.of(v);
        case "--people" -> people = Integer.parseInt(v);
        case "--departments" -> departments = Integer.parseInt(v);
        case "--inbox" -> inbox = Integer.parseInt(v);
        case "--confirm-seconds" -> confirmSeconds = Integer.parseInt(v);
        case "--rounds" -> rounds = Integer.parseInt(v);
        case "--seed" -> seed = Long.parseLong(v);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    if (url == null || adminEmail == null || adminPassword == null || data == null) {
      throw new IllegalArgumentException(
          "--url, --data, --admin-email and --admin-password are required");
    }
    new Announce().run();
  }

  final SplittableRandom random = new SplittableRandom(seed);
  final Map<String, Object> summary = new LinkedHashMap<>();
  final List<UUID> divisions = new ArrayList<>();
  final List<UUID> staff = new ArrayList<>();
  String adminToken;
  UUID admin;
  Connection db;

  void run() throws Exception {
    adminToken = signInAndMakeToken(adminEmail, adminPassword, null, "announce-bench");
    admin = UUID.fromString((String) ((Map<?, ?>)
            ((Map<?, ?>) call("GET", "/api/v1/me", null, adminToken, null, 200)).get("person"))
        .get("id"));
    db = connect();
    UUID root = UUID.fromString(rootDepartment(adminToken));
    long t = System.nanoTime();
    loadOrg(root);
    log(
        "org: %d departments (%d divisions of teams) and %d people written in %.1f s; load average %.1f",
        departments, divisions.size(), staff.size(), secondsSince(t), loadAverage());
    UUID announcement = publish();
    statisticsWhileConfirming(announcement);
    phoneList(root);
    summary.put("load", String.format(java.util.Locale.ROOT, "%.1f", loadAverage()));
    StringBuilder line = new StringBuilder(
        "announce: people=" + people + " departments=" + departments + " inbox=" + inbox);
    summary.forEach((k, v) -> line.append(' ').append(k).append('=').append(v));
    System.out.println(line);
  }

  /**
   * The root's divisions, each with teams below it, --departments in all; the people spread over the
   * teams (a tenth straight in a division), the first person of each department its head.
   */
  void loadOrg(UUID root) throws Exception {
    int divisionCount = Math.max(1, (int) Math.round(Math.sqrt(departments)));
    String run = UUID.randomUUID().toString().substring(0, 6);
    List<UUID[]> all = new ArrayList<>(); // {id, parent}
    for (int d = 0; d < divisionCount; d++) {
      UUID division = UUID.randomUUID();
      divisions.add(division);
      all.add(new UUID[] {division, root});
    }
    for (int i = divisionCount; i < departments; i++) {
      all.add(new UUID[] {UUID.randomUUID(), divisions.get(i % divisionCount)});
    }
    try (PreparedStatement insert = db.prepareStatement(
        "insert into org.department (id, parent_id, name, path) values (?, ?, ?, ?::uuid[])")) {
      for (int i = 0; i < all.size(); i++) {
        UUID id = all.get(i)[0];
        UUID parent = all.get(i)[1];
        String path = parent.equals(root)
            ? "{" + root + "," + id + "}"
            : "{" + root + "," + parent + "," + id + "}";
        insert.setObject(1, id);
        insert.setObject(2, parent);
        insert.setString(3, (parent.equals(root) ? "事业部" : "小组") + "-" + run + "-" + i);
        insert.setString(4, path);
        insert.addBatch();
      }
      insert.executeBatch();
    }
    List<UUID> heads = new ArrayList<>();
    try (PreparedStatement insert = db.prepareStatement("""
        insert into org.person (id, name, email, primary_department_id, pinyin_full, pinyin_initials)
        values (?, ?, ?, ?, ?, ?)""")) {
      for (int i = 0; i < people; i++) {
        UUID id = UUID.randomUUID();
        // the first people fill every department once (its head); the rest land on teams, a tenth
        // on divisions
        UUID department = i < all.size()
            ? all.get(i)[0]
            : random.nextInt(10) == 0
                ? divisions.get(random.nextInt(divisions.size()))
                : all.get(divisionCount + random.nextInt(Math.max(1, all.size() - divisionCount)))[
                    0];
        if (i < all.size()) {
          heads.add(id);
        }
        staff.add(id);
        insert.setObject(1, id);
        insert.setString(2, "员工" + i);
        insert.setString(3, "p" + i + "-" + run + "@bench.test");
        insert.setObject(4, department);
        insert.setString(5, "yuangong" + i);
        insert.setString(6, "yg" + i);
        insert.addBatch();
        if (i % 1000 == 999) {
          insert.executeBatch();
        }
      }
      insert.executeBatch();
    }
    try (PreparedStatement head =
        db.prepareStatement("update org.department set head_id = ? where id = ?")) {
      for (int i = 0; i < all.size(); i++) {
        head.setObject(1, heads.get(i));
        head.setObject(2, all.get(i)[0]);
        head.addBatch();
      }
      head.executeBatch();
    }
    try (var statement = db.createStatement()) {
      statement.execute("vacuum analyze org.department, org.person");
    }
  }

  /** A must-read to the company: the publish call's answer, then every recipient's notice stored. */
  UUID publish() throws Exception {
    Map<?, ?> draft = (Map<?, ?>) call(
        "POST",
        "/api/v1/announcements",
        Json.obj(
            "title",
            "必读：2027 年信息安全守则",
            "body",
            Json.obj(
                "type",
                "doc",
                "content",
                List.of(Json.obj(
                    "type",
                    "paragraph",
                    "content",
                    List.of(Json.obj("type", "text", "text", "请全体员工阅读并确认。"))))),
            "category",
            "policy",
            "importance",
            "IMPORTANT",
            "mustRead",
            true,
            "attachmentFileIds",
            List.of(),
            "commentsEnabled",
            false,
            "reactionsEnabled",
            false,
            "audience",
            Json.obj(
                "company", true,
                "departments", List.of(),
                "groups", List.of(),
                "people", List.of(),
                "excludedPeople", List.of()),
            "includeLaterJoiners",
            false,
            "reconfirm",
            false),
        adminToken,
        null,
        201);
    UUID id = UUID.fromString((String) draft.get("id"));
    long t = System.nanoTime();
    call("POST", "/api/v1/announcements/" + id + "/publish", Json.obj(), adminToken, null, 200);
    long answered = System.nanoTime() - t;
    long recipients =
        count("select count(*) from announce.recipient where announcement_id = ?", id);
    long expected = recipients - 1; // the author is told nothing of their own announcement
    long told;
    long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
    while ((told = count(
                "select count(*) from notify.notification where link = ?", "/announcements/" + id))
            < expected
        && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    long delivered = System.nanoTime() - t;
    log(
        "publish: %d recipients written when POST /publish answered, %s ms; %d of %d notices stored after %s ms; load average %.1f",
        recipients, ms(answered), told, expected, ms(delivered), loadAverage());
    if (recipients < people) {
      throw new IllegalStateException(
          "the company is " + people + " people, the audience " + recipients);
    }
    if (told < expected) {
      throw new IllegalStateException(
          "only " + told + " of " + expected + " notices within 10 minutes");
    }
    summary.put("recipients", recipients);
    summary.put("publish", ms(answered) + "ms");
    summary.put("notices", ms(delivered) + "ms");
    return id;
  }

  /** Confirmations written in batches over --confirm-seconds while the statistics are refreshed. */
  void statisticsWhileConfirming(UUID announcement) throws Exception {
    List<UUID> toConfirm = new ArrayList<>();
    try (PreparedStatement q = db.prepareStatement(
        "select person_id from announce.recipient where announcement_id = ? and confirmed_at is null")) {
      q.setObject(1, announcement);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          toConfirm.add(rs.getObject(1, UUID.class));
        }
      }
    }
    int batches = Math.max(1, confirmSeconds * 4);
    int perBatch = (toConfirm.size() + batches - 1) / batches;
    AtomicBoolean done = new AtomicBoolean();
    AtomicInteger confirmed = new AtomicInteger();
    Thread writer = Thread.ofPlatform().start(() -> {
      try (Connection own = connect();
          PreparedStatement update = own.prepareStatement("""
              update announce.recipient set opened_at = coalesce(opened_at, now()),
                opened_device = coalesce(opened_device, 'PHONE'), confirmed_at = now(),
                confirmed_version = 1
              where announcement_id = ? and person_id = any(?)""")) {
        long start = System.nanoTime();
        for (int b = 0; b * perBatch < toConfirm.size(); b++) {
          List<UUID> batch =
              toConfirm.subList(b * perBatch, Math.min(toConfirm.size(), (b + 1) * perBatch));
          update.setObject(1, announcement);
          update.setArray(2, own.createArrayOf("uuid", batch.toArray()));
          confirmed.addAndGet(update.executeUpdate());
          long next = start + (b + 1) * 250_000_000L;
          long wait = next - System.nanoTime();
          if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
          }
        }
      } catch (Exception e) {
        throw new IllegalStateException(e);
      } finally {
        done.set(true);
      }
    });
    List<Long> whole = new ArrayList<>();
    List<Long> division = new ArrayList<>();
    Map<?, ?> last = null;
    while (!done.get()) {
      long t = System.nanoTime();
      last = (Map<?, ?>) call(
          "GET", "/api/v1/announcements/" + announcement + "/stats", null, adminToken, null, 200);
      whole.add(System.nanoTime() - t);
      t = System.nanoTime();
      call(
          "GET",
          "/api/v1/announcements/" + announcement + "/stats?department="
              + divisions.get(random.nextInt(divisions.size())),
          null,
          adminToken,
          null,
          200);
      division.add(System.nanoTime() - t);
    }
    writer.join();
    last = (Map<?, ?>) call(
        "GET", "/api/v1/announcements/" + announcement + "/stats", null, adminToken, null, 200);
    long[] a = whole.stream().mapToLong(Long::longValue).sorted().toArray();
    long[] b = division.stream().mapToLong(Long::longValue).sorted().toArray();
    log(
        "statistics: %d confirmations over %d s; GET /stats p50 %s ms, p95 %s ms, max %s ms over %d refreshes;"
            + " ?department=<division> p50 %s ms, p95 %s ms; final %s confirmed; load average %.1f",
        confirmed.get(),
        confirmSeconds,
        ms(pct(a, 50)),
        ms(pct(a, 95)),
        ms(a[a.length - 1]),
        a.length,
        ms(pct(b, 50)),
        ms(pct(b, 95)),
        last.get("confirmed"),
        loadAverage());
    long final_ = ((Number) last.get("confirmed")).longValue();
    if (final_
        != count(
            "select count(*) from announce.recipient where announcement_id = ? and confirmed_at is not null",
            announcement)) {
      throw new IllegalStateException("the statistics' confirmed count differs from the table's");
    }
    summary.put("confirmed", final_);
    summary.put("stats-p50", ms(pct(a, 50)) + "ms");
    summary.put("stats-p95", ms(pct(a, 95)) + "ms");
    summary.put("stats-dept-p50", ms(pct(b, 50)) + "ms");
    summary.put("stats-dept-p95", ms(pct(b, 95)) + "ms");
  }

  /** A person with --inbox announcements opens the list on a phone. */
  void phoneList(UUID root) throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String email = "reader-" + run + "@bench.test";
    Map<?, ?> reader = (Map<?, ?>) call(
        "POST",
        "/api/v1/people",
        Json.obj(
            "name",
            "读者-" + run,
            "email",
            email,
            "primaryDepartmentId",
            root.toString(),
            "guest",
            false),
        adminToken,
        null,
        201);
    UUID me = UUID.fromString((String) reader.get("id"));
    Map<?, ?> reset = (Map<?, ?>)
        call("POST", "/api/v1/people/" + me + "/reset-password", null, adminToken, null, 200);
    String token = signInAndMakeToken(
        email, (String) reset.get("temporaryPassword"), "Bench-password-" + run, "announce-bench");
    Instant now = Instant.now();
    try (PreparedStatement announcement = db.prepareStatement("""
            insert into announce.announcement (id, author_id, state, title, body, body_text, category,
              importance, must_read, audience, include_later_joiners, comments_enabled,
              reactions_enabled, published_at, pinned_until, recipient_count, created_at, updated_at)
            values (?, ?, 'PUBLISHED', ?, ?::jsonb, ?, ?, ?, ?, ?::jsonb, false, false, false, ?, ?, 1, ?, ?)""");
        PreparedStatement recipient = db.prepareStatement("""
            insert into announce.recipient (announcement_id, person_id, department_id, delivered_at,
              opened_at, opened_device, confirmed_at, confirmed_version)
            values (?, ?, ?, ?, ?, ?, ?, ?)""")) {
      String[] categories = {"company-news", "policy", "hr", "it", "administration"};
      for (int i = 0; i < inbox; i++) {
        UUID id = UUID.randomUUID();
        Timestamp published = Timestamp.from(now.minus(Duration.ofMinutes(10L * (inbox - i))));
        boolean mustRead = i % 10 == 0;
        boolean opened = i % 3 == 0;
        announcement.setObject(1, id);
        announcement.setObject(2, admin);
        announcement.setString(3, "公告 " + i);
        announcement.setString(4, "{\"type\":\"doc\",\"content\":[]}");
        announcement.setString(5, "第 " + i + " 号公告的正文");
        announcement.setString(6, categories[i % categories.length]);
        announcement.setString(7, i % 50 == 0 ? "URGENT" : i % 7 == 0 ? "IMPORTANT" : "NORMAL");
        announcement.setBoolean(8, mustRead);
        announcement.setString(
            9,
            "{\"company\":true,\"departments\":[],\"groups\":[],\"people\":[],\"excludedPeople\":[]}");
        announcement.setTimestamp(10, published);
        announcement.setTimestamp(
            11, i % 400 == 0 ? Timestamp.from(now.plus(Duration.ofDays(7))) : null);
        announcement.setTimestamp(12, published);
        announcement.setTimestamp(13, published);
        announcement.addBatch();
        recipient.setObject(1, id);
        recipient.setObject(2, me);
        recipient.setObject(3, root);
        recipient.setTimestamp(4, published);
        recipient.setTimestamp(5, opened ? published : null);
        recipient.setString(6, opened ? "PHONE" : null);
        recipient.setTimestamp(7, opened && mustRead ? published : null);
        recipient.setObject(8, opened && mustRead ? 1 : null);
        recipient.addBatch();
        if (i % 500 == 499) {
          announcement.executeBatch();
          recipient.executeBatch();
        }
      }
      announcement.executeBatch();
      recipient.executeBatch();
    }
    try (var statement = db.createStatement()) {
      statement.execute("vacuum analyze announce.announcement, announce.recipient");
    }
    long[] took = new long[rounds];
    int shown = 0;
    for (int i = 0; i < rounds; i++) {
      long t = System.nanoTime();
      Map<?, ?> page = (Map<?, ?>)
          call("GET", "/api/v1/announcements?box=inbox&limit=20", null, token, null, 200);
      took[i] = System.nanoTime() - t;
      shown = ((List<?>) page.get("items")).size();
    }
    Arrays.sort(took);
    log(
        "phone list: GET /announcements?box=inbox&limit=20 for a person in %d announcements shows %d; p50 %s ms, p95 %s ms over %d calls; load average %.1f",
        inbox, shown, ms(pct(took, 50)), ms(pct(took, 95)), rounds, loadAverage());
    if (shown != Math.min(20, inbox)) {
      throw new IllegalStateException("the inbox showed " + shown + " announcements");
    }
    summary.put("list-p50", ms(pct(took, 50)) + "ms");
    summary.put("list-p95", ms(pct(took, 95)) + "ms");
  }

  long count(String sql, Object parameter) throws Exception {
    try (PreparedStatement q = db.prepareStatement(sql)) {
      q.setObject(1, parameter);
      try (ResultSet rs = q.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  Connection connect() throws Exception {
    return database(data);
  }
}
