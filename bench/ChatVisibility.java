import dev.atrium.chat.ChannelAccess;
import dev.atrium.chat.internal.ChannelGrants;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
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
 * "Which channels may S see" for a person in thousands of channels: the cost of chat's channel list
 * (ChannelsTable's view of every channel S is in: role, unread and mention counts, member count) and
 * of search's access keys for S (ChatSearch: the ids ChannelGrants.VISIBLE_IDS selects, S's channels
 * and every public one), in PostgreSQL with the plan it picks, and of GET /api/v1/channels for S.
 * Started by bench/chat-visibility.sh; a JDK 22+ runs it from source with the PostgreSQL driver and
 * Atrium's own classes on the class path, so the SQL timed is the SQL chat runs:
 *
 *   java -cp postgresql.jar:spring-jdbc.jar:BOOT-INF/classes bench/ChatVisibility.java --url http://127.0.0.1:8080 \
 *        --data <data dir> --admin-email a@b --admin-password … [--mine 2000] [--others 4000] [--people 3000]
 *
 * S is made through the API; channels, members, grants and S's unread messages are written straight
 * into chat.channel, chat.channel_member, access.resource_grant and chat.message, as chat's write
 * path leaves them (a PERSON grant of the member's role per member, the creator the owner, a few
 * admins; a COMPANY member grant per public channel): a benchmark may load data directly. The other
 * members are a pool of person ids known only to chat and access: nothing in these statements reads
 * org. Of each set of channels about 45 % are public, 30 % private, 17 % direct, 6 % group and 2 %
 * department channels; a channel has 5–25 members, one in ten 100–500, a group 3–20, a direct two.
 */
public class ChatVisibility extends Bench {

  static String adminEmail;
  static String adminPassword;
  static Path data;
  static int mine = 2000;
  static int others = 4000;
  static int people = 3000;
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
        case "--mine" -> mine = Integer.parseInt(v);
        case "--others" -> others = Integer.parseInt(v);
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
    new ChatVisibility().run();
  }

  final SplittableRandom random = new SplittableRandom(seed);
  final Map<String, Object> summary = new LinkedHashMap<>();
  UUID me;
  String myToken;
  UUID[] pool;
  Connection db;

  void run() throws Exception {
    String adminToken = signInAndMakeToken(adminEmail, adminPassword, null, "chat-visibility");
    String run = UUID.randomUUID().toString().substring(0, 8);
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
            rootDepartment(adminToken),
            "guest",
            false),
        adminToken,
        null,
        201);
    me = UUID.fromString((String) s.get("id"));
    Map<?, ?> reset = (Map<?, ?>)
        call("POST", "/api/v1/people/" + me + "/reset-password", null, adminToken, null, 200);
    myToken = signInAndMakeToken(
        email, (String) reset.get("temporaryPassword"), "Bench-password-" + run, "chat-visibility");
    pool = new UUID[people];
    Arrays.setAll(pool, i -> UUID.randomUUID());
    db = connect();
    long t = System.nanoTime();
    load();
    log(
        "load: %d channels S is in and %d S is not, %d memberships, %d grants, %d unread messages in %.1f s",
        mine,
        others,
        count("chat.channel_member"),
        count("access.resource_grant"),
        count("chat.message"),
        secondsSince(t));
    try (var statement = db.createStatement()) {
      statement.execute(
          "vacuum analyze chat.channel, chat.channel_member, chat.message, access.resource_grant");
    }
    int listed = sqlList();
    Set<String> keys = searchKeys();
    int shown = api();
    summary.put("listed", listed);
    summary.put("keys", keys.size());
    if (shown != listed) {
      throw new IllegalStateException(
          "the API listed " + shown + " channels for S, the SQL " + listed);
    }
    if (keys.size() < listed) {
      throw new IllegalStateException(
          "S holds " + keys.size() + " search keys but is in " + listed + " channels");
    }
    StringBuilder line = new StringBuilder(
        "chat-visibility: mine=" + mine + " others=" + others + " people=" + people);
    summary.forEach((k, v) -> line.append(' ').append(k).append('=').append(v));
    System.out.println(line);
    db.close();
  }

  // ---- channels, members, grants and messages straight into the tables --------------------------
  void load() throws Exception {
    db.setAutoCommit(false);
    Timestamp now = Timestamp.from(Instant.now());
    try (PreparedStatement channel = db.prepareStatement("""
             insert into chat.channel (id, kind, name, created_by, created_at, last_seq, direct_pair, department_id)
             values (?, ?, ?, ?, ?, ?, ?, ?)""");
        PreparedStatement member = db.prepareStatement("""
             insert into chat.channel_member (channel_id, person_id, read_seq, joined_at, starred) values (?, ?, ?, ?, ?)""");
        PreparedStatement grant = db.prepareStatement("""
             insert into access.resource_grant (resource_type, resource_id, kind, subject_id, role) values (?, ?, ?, ?, ?)""");
        PreparedStatement message = db.prepareStatement("""
             insert into chat.message (id, channel_id, seq, author_id, client_message_id, body, created_at, mentions)
             values (?, ?, ?, ?, ?, ?, ?, cast(? as uuid[]))""")) {
      Batches batches = new Batches(channel, member, grant, message);
      for (int c = 0; c < mine + others; c++) {
        boolean mineToo = c < mine;
        int r = random.nextInt(100);
        String kind = r < 45
            ? "PUBLIC"
            : r < 75 ? "PRIVATE" : r < 92 ? "DIRECT" : r < 98 ? "GROUP" : "DEPARTMENT";
        int size = switch (kind) {
          case "DIRECT" -> 2;
          case "GROUP" -> 3 + random.nextInt(18);
          default ->
            Math.min(
                people,
                random.nextInt(10) == 0 ? 100 + random.nextInt(401) : 5 + random.nextInt(21));
        };
        List<UUID> members = members(size, mineToo);
        while (kind.equals("DIRECT") && !pairs.add(pair(members.get(0), members.get(1)))) {
          members = members(size, mineToo); // one direct conversation per pair
        }
        UUID id = UUID.randomUUID();
        long lastSeq = random.nextInt(4) == 0 ? random.nextInt(20) : 20 + random.nextInt(2000);
        channel.setObject(1, id);
        channel.setString(2, kind);
        channel.setString(
            3, kind.equals("DIRECT") || kind.equals("GROUP") ? null : kind.toLowerCase() + "-" + c);
        channel.setObject(4, members.getFirst());
        channel.setTimestamp(5, now);
        channel.setLong(6, lastSeq);
        channel.setString(7, kind.equals("DIRECT") ? pair(members.get(0), members.get(1)) : null);
        channel.setObject(8, kind.equals("DEPARTMENT") ? UUID.randomUUID() : null);
        channel.addBatch();
        if (kind.equals("PUBLIC")) {
          grant(grant, id, "COMPANY", null, "member");
        }
        for (int m = 0; m < size; m++) {
          UUID person = members.get(m);
          long unread = person.equals(me) && random.nextInt(10) < 3
              ? Math.min(lastSeq, 1 + random.nextInt(15))
              : 0;
          member.setObject(1, id);
          member.setObject(2, person);
          member.setLong(3, lastSeq - unread);
          member.setTimestamp(4, now);
          member.setBoolean(5, person.equals(me) && random.nextInt(20) == 0);
          member.addBatch();
          String role = kind.equals("DIRECT")
              ? "member"
              : m == 0 ? "owner" : random.nextInt(15) == 0 ? "admin" : "member";
          grant(grant, id, "PERSON", person, role);
          // S's unread messages, by the channel's other members, some mentioning S
          for (long seq = lastSeq - unread + 1; seq <= lastSeq; seq++) {
            message.setObject(1, UUID.randomUUID());
            message.setObject(2, id);
            message.setLong(3, seq);
            message.setObject(4, members.get((m + 1) % size));
            message.setObject(5, UUID.randomUUID());
            message.setString(6, "消息 " + seq);
            message.setTimestamp(7, now);
            message.setString(8, random.nextInt(10) == 0 ? "{" + me + "}" : "{}");
            message.addBatch();
          }
        }
        batches.flushEvery(500, c);
      }
      batches.flush();
    }
    db.commit();
    db.setAutoCommit(true);
  }

  final Set<String> pairs = new HashSet<>();

  /** Distinct people of the pool, S among them (at a random place, so sometimes the owner) in S's channels. */
  List<UUID> members(int size, boolean mineToo) {
    Set<UUID> chosen = new HashSet<>();
    List<UUID> members = new ArrayList<>();
    while (members.size() < size) {
      UUID p = pool[random.nextInt(people)];
      if (chosen.add(p)) {
        members.add(p);
      }
    }
    if (mineToo) {
      members.set(random.nextInt(size), me);
    }
    return members;
  }

  /** Batched inserts sent in order (channels before the rows that reference them), every so many channels. */
  record Batches(PreparedStatement... statements) {
    void flushEvery(int channels, int c) throws Exception {
      if ((c + 1) % channels == 0) {
        flush();
      }
    }

    void flush() throws Exception {
      for (PreparedStatement statement : statements) {
        statement.executeBatch();
      }
    }
  }

  static String pair(UUID a, UUID b) {
    return a.compareTo(b) <= 0 ? a + ":" + b : b + ":" + a;
  }

  static void grant(PreparedStatement grant, UUID channel, String kind, UUID subject, String role)
      throws Exception {
    grant.setString(1, ChannelAccess.TYPE.name());
    grant.setObject(2, channel);
    grant.setString(3, kind);
    grant.setObject(4, subject, java.sql.Types.OTHER);
    grant.setString(5, role);
    grant.addBatch();
  }

  // ---- measuring ------------------------------------------------------------------------------
  /** The channel list: ChannelsTable's view (read from the class, it is private) as ChannelsTable#of filters and orders it. */
  int sqlList() throws Exception {
    Field view = Class.forName("dev.atrium.chat.internal.ChannelsTable").getDeclaredField("VIEW");
    view.setAccessible(true);
    String sql = view.get(null)
        + " where m.person_id is not null order by c.last_seq desc, c.created_at desc";
    explain("list", sql);
    long[] took = new long[rounds];
    int listed = 0;
    for (int i = 0; i < rounds; i++) {
      long t = System.nanoTime();
      listed = 0;
      try (PreparedStatement q = bind(sql);
          ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          listed++;
        }
      }
      took[i] = System.nanoTime() - t;
    }
    Arrays.sort(took);
    log(
        "list: S is in %d channels; p50 %s ms, p95 %s ms over %d runs",
        listed, ms(pct(took, 50)), ms(pct(took, 95)), rounds);
    summary.put("list-p50", ms(pct(took, 50)) + "ms");
    summary.put("list-p95", ms(pct(took, 95)) + "ms");
    return listed;
  }

  /** Search's access keys for S (ChatSearch#accessKeys through SearchRows#readable): the channels a grant lets S see. */
  Set<String> searchKeys() throws Exception {
    String sql = "select distinct ids.resource_id from " + ChannelGrants.VISIBLE_IDS + " ids";
    explain("keys", sql);
    long[] took = new long[rounds];
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < rounds; i++) {
      long t = System.nanoTime();
      keys.clear();
      try (PreparedStatement q = bind(sql);
          ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          keys.add(rs.getString(1));
        }
      }
      took[i] = System.nanoTime() - t;
    }
    Arrays.sort(took);
    log(
        "keys: S may see %d channels (search access keys); p50 %s ms, p95 %s ms",
        keys.size(), ms(pct(took, 50)), ms(pct(took, 95)));
    summary.put("keys-p50", ms(pct(took, 50)) + "ms");
    summary.put("keys-p95", ms(pct(took, 95)) + "ms");
    return keys;
  }

  /** Through the API: S's channel list, as the web client asks for it on every start. */
  int api() throws Exception {
    long[] took = new long[Math.max(2, rounds / 2)];
    int shown = 0;
    for (int i = 0; i < took.length; i++) {
      long t = System.nanoTime();
      shown = ((List<?>) call("GET", "/api/v1/channels", null, myToken, null, 200)).size();
      took[i] = System.nanoTime() - t;
    }
    Arrays.sort(took);
    log(
        "api: GET /api/v1/channels lists %d channels for S; p50 %s ms, p95 %s ms over %d calls",
        shown, ms(pct(took, 50)), ms(pct(took, 95)), took.length);
    summary.put("api-p50", ms(pct(took, 50)) + "ms");
    summary.put("api-p95", ms(pct(took, 95)) + "ms");
    return shown;
  }

  void explain(String name, String sql) throws Exception {
    StringBuilder plan = new StringBuilder();
    try (PreparedStatement q = bind("explain (analyze, buffers) " + sql);
        ResultSet rs = q.executeQuery()) {
      while (rs.next()) {
        plan.append("    ").append(rs.getString(1)).append('\n');
      }
    }
    log("%s plan:%n%s", name, plan);
  }

  /** The statement with the parameters Viewer.byName binds for S (ChannelGrants#bind): no guest, no affiliation. */
  PreparedStatement bind(String sql) throws Exception {
    Map<String, String> values = new LinkedHashMap<>();
    values.put(":v_me", "'" + me + "'::uuid");
    values.put(":v_guest", "false");
    values.put(":v_admin", "false");
    values.put(":v_departments", "'{}'");
    values.put(":v_subtrees", "'{}'");
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
