import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Search benchmark for a running Atrium: generates a deterministic corpus (people, channels,
 * memberships, messages of mixed Chinese and English from a Zipf vocabulary), loads it, has the
 * admin rebuild the search index, then times the same queries through Atrium's search API and
 * through PostgreSQL full-text search on the same tables, and measures both engines' recall on the
 * Chinese queries against the messages the query words really occur in. Started by
 * bench/search-load.sh; a JDK 21+ runs it from source with the PostgreSQL driver on the class path:
 *
 *   java -cp postgresql.jar bench/SearchLoad.java --url http://127.0.0.1:8080 --data <data dir> \
 *        --admin-email a@b --admin-password … [--messages 1000000] [--people 5000] [--channels 1000] …
 *
 * The searchers are made through the public API (create, reset password, sign in, change password,
 * personal token), so they search with real sessions and permissions. Everyone and everything else
 * is written straight into the chat and org tables with COPY: a benchmark may load data directly,
 * 1,000,000 posts through the API would take hours here. The load keeps the tables' invariants as
 * the app's write path does: each message is also its channel's stream entry (message.posted with
 * the message, in realtime.stream_entry) at the same position, positions are gap-free per channel, channel.last_seq is
 * the last of them, every author is a member, ids are UUIDv7. A message posted through the API
 * after the load and the history read back check that the app works on the loaded tables.
 */
public class SearchLoad extends Bench {

  // ---- arguments --------------------------------------------------------------------------------
  static String adminEmail;
  static String adminPassword;
  static Path data;
  static int messages = 1_000_000;
  static int people = 5_000;
  static int channels = 1_000;
  static int searchers = 8;
  static long seed = 42;
  static int perCategory = 25;
  static int rounds = 2;
  static int[] concurrency = {1, 8};
  static int recallQueries = 60;
  static boolean atrium = true;
  /** As chat's search source decides: a person reads their channels' messages and every public channel's (not a guest). */
  static boolean publicReadable = true;

  static Path words = Path.of("bench");

  /** Messages are spread over this period, oldest first; filters ask for dates inside it. */
  static final Instant FROM = Instant.parse("2025-01-01T00:00:00Z");

  static final Instant TO = Instant.parse("2026-11-01T00:00:00Z");
  static final String AFTER = "2026-06-01";
  static final int PAGE = 20;

  public static void main(String[] args) throws Exception {
    requestTimeout = Duration.ofSeconds(120);
    for (int i = 0; i < args.length; i += 2) {
      String v = args[i + 1];
      switch (args[i]) {
        case "--url" -> url = v.replaceAll("/$", "");
        case "--admin-email" -> adminEmail = v;
        case "--admin-password" -> adminPassword = v;
        case "--data" -> data = Path.of(v);
        case "--messages" -> messages = Integer.parseInt(v);
        case "--people" -> people = Integer.parseInt(v);
        case "--channels" -> channels = Integer.parseInt(v);
        case "--searchers" -> searchers = Integer.parseInt(v);
        case "--seed" -> seed = Long.parseLong(v);
        case "--per-category" -> perCategory = Integer.parseInt(v);
        case "--rounds" -> rounds = Integer.parseInt(v);
        case "--concurrency" ->
          concurrency = Arrays.stream(v.split(",")).mapToInt(Integer::parseInt).toArray();
        case "--recall-queries" -> recallQueries = Integer.parseInt(v);
        case "--atrium" -> atrium = Boolean.parseBoolean(v);
        case "--public-readable" -> publicReadable = Boolean.parseBoolean(v);
        case "--words" -> words = Path.of(v);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    if (url == null || adminEmail == null || adminPassword == null || data == null) {
      throw new IllegalArgumentException(
          "--url, --data, --admin-email and --admin-password are required");
    }
    if (Arrays.stream(concurrency).max().orElse(1) > searchers) {
      throw new IllegalArgumentException("more concurrent searchers than --searchers");
    }
    new SearchLoad().run();
  }

  // ---- the corpus -------------------------------------------------------------------------------
  final Vocabulary zh;
  final Vocabulary en;
  final UUID[] personIds = new UUID[people];
  final String[] personNames = new String[people];
  final UUID[] channelIds = new UUID[channels];
  final String[] channelNames = new String[channels];
  final boolean[] channelPrivate = new boolean[channels];
  final int[][] members = new int[channels][];
  final long[] lastSeq = new long[channels];
  /** Per searcher, the channels it is a member of. */
  int[][] searcherChannels;

  String adminToken;
  String[] tokens;
  Connection db;
  final Map<String, Object> summary = new LinkedHashMap<>();

  /**
   * Phrases planted into some messages, so that phrase queries have answers that differ from the
   * same words anywhere in a message (the words also occur on their own).
   */
  static final List<String> PHRASES_ZH =
      List.of("灰度发布方案", "数据库迁移计划", "客户满意度调研", "季度目标复盘", "支付接口超时", "权限系统升级");

  static final List<String> PHRASES_EN = List.of(
      "rollback plan approved",
      "quarterly business review",
      "search index rebuild",
      "release candidate build",
      "customer escalation call",
      "database migration window");

  SearchLoad() throws IOException {
    zh = Vocabulary.chinese(words.resolve("search-words-zh.txt"));
    en = Vocabulary.english(words.resolve("search-words-en.txt"));
  }

  void run() throws Exception {
    log(
        "target %s, data %s: %,d messages, %,d people (%d searchers through the API), %,d channels, seed %d; "
            + "vocabulary %,d Chinese and %,d English words",
        url, data, messages, people, searchers, channels, seed, zh.words.length, en.words.length);
    adminToken = signInAndMakeToken(adminEmail, adminPassword, null, "search-load");
    long t = System.nanoTime();
    makeSearchers();
    log("%d searchers made through the API in %.1f s", searchers, secondsSince(t));

    db = connect();
    t = System.nanoTime();
    load();
    double loadS = secondsSince(t);
    summary.put("load", String.format(Locale.ROOT, "%.0fs", loadS));
    t = System.nanoTime();
    try (Statement s = db.createStatement()) {
      s.execute(
          "vacuum (analyze) org.person, chat.channel, chat.channel_member, chat.message, realtime.stream_entry, access.resource_grant");
    }
    log("vacuum analyze in %.1f s", secondsSince(t));
    checkTheAppReadsTheLoad();

    List<List<Query>> queries = queries();
    Recall truth = groundTruth(queries);

    boolean ok = true;
    Pg pg = new Pg();
    pg.buildIndex();
    Map<String, Map<Integer, long[]>> pgLatency = measure("postgres", pg, queries);
    double pgRecall = recall("postgres", pg, truth);

    Map<String, Map<Integer, long[]>> atriumLatency = null;
    double atriumRecall = -1;
    if (atrium) {
      Atrium engine = new Atrium();
      engine.rebuild();
      atriumLatency = measure("atrium", engine, queries);
      atriumRecall = recall("atrium", engine, truth);
      ok = engine.errors.get() == 0;
    }
    table(atriumLatency, pgLatency);
    summary.put(
        "recall-zh", atriumRecall < 0 ? "n/a" : String.format(Locale.ROOT, "%.3f", atriumRecall));
    summary.put("pg-recall-zh", String.format(Locale.ROOT, "%.3f", pgRecall));
    StringBuilder line = new StringBuilder(
        "search-load: messages=" + messages + " people=" + people + " channels=" + channels);
    summary.forEach((k, v) -> line.append(' ').append(k).append('=').append(v));
    System.out.println(line);
    db.close();
    System.exit(ok ? 0 : 1);
  }

  // ---- people, channels, memberships ------------------------------------------------------------
  static final String[] SURNAMES = {
    "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马",
    "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧"
  };
  static final String[] SURNAMES_PINYIN = {
    "wang", "li", "zhang", "liu", "chen", "yang", "zhao", "huang", "zhou", "wu", "xu", "sun", "hu",
    "zhu", "gao", "lin", "he", "guo", "ma", "luo", "liang", "song", "zheng", "xie", "han", "tang",
    "feng", "yu", "dong", "xiao"
  };
  static final String[] GIVEN = {
    "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明", "超", "秀", "霞", "平",
    "刚", "华", "玲", "飞", "鹏", "辉", "波", "宇", "浩", "婷", "欣", "凯", "琳", "晨", "雪", "佳", "鑫", "昊", "梅",
    "颖", "瑞"
  };
  static final String[] GIVEN_PINYIN = {
    "wei", "fang", "na", "min", "jing", "li", "qiang", "lei", "jun", "yang", "yong", "yan", "jie",
    "tao", "ming", "chao", "xiu", "xia", "ping", "gang", "hua", "ling", "fei", "peng", "hui", "bo",
    "yu", "hao", "ting", "xin", "kai", "lin", "chen", "xue", "jia", "xin", "hao", "mei", "ying",
    "rui"
  };

  /** Unique Chinese names (so from:@name names one person), with their pinyin as org stores it. */
  String[][] names() {
    SplittableRandom r = new SplittableRandom(seed);
    Set<String> taken = new HashSet<>();
    String[][] out = new String[people][];
    for (int i = 0; i < people; i++) {
      while (true) {
        int s = r.nextInt(SURNAMES.length);
        int a = r.nextInt(GIVEN.length);
        int b = r.nextInt(3) == 0 ? -1 : r.nextInt(GIVEN.length);
        String name = SURNAMES[s] + GIVEN[a] + (b < 0 ? "" : GIVEN[b]);
        if (taken.add(name)) {
          String full = SURNAMES_PINYIN[s] + GIVEN_PINYIN[a] + (b < 0 ? "" : GIVEN_PINYIN[b]);
          String initials = "" + SURNAMES_PINYIN[s].charAt(0) + GIVEN_PINYIN[a].charAt(0)
              + (b < 0 ? "" : GIVEN_PINYIN[b].charAt(0));
          out[i] = new String[] {name, full, initials};
          break;
        }
      }
    }
    return out;
  }

  void makeSearchers() throws Exception {
    String[][] names = names();
    String root = rootDepartment(adminToken);
    tokens = new String[searchers];
    String run = UUID.randomUUID().toString().substring(0, 8);
    for (int i = 0; i < searchers; i++) {
      String email = "searcher-" + i + "-" + run + "@bench.test";
      Map<?, ?> person = (Map<?, ?>) call(
          "POST",
          "/api/v1/people",
          Json.obj(
              "name", names[i][0], "email", email, "primaryDepartmentId", root, "guest", false),
          adminToken,
          null,
          201);
      personIds[i] = UUID.fromString((String) person.get("id"));
      personNames[i] = names[i][0];
      Map<?, ?> reset = (Map<?, ?>) call(
          "POST",
          "/api/v1/people/" + personIds[i] + "/reset-password",
          null,
          adminToken,
          null,
          200);
      tokens[i] = signInAndMakeToken(
          email,
          (String) reset.get("temporaryPassword"),
          "Bench-password-" + run + "-" + i,
          "search-load");
    }
  }

  /** Zipf-ish channel sizes: the largest has everyone, then 5,000/rank^0.75, at least 3. */
  void layChannels(SplittableRandom r) {
    Set<String> taken = new HashSet<>();
    for (int c = 0; c < channels; c++) {
      int size = Math.max(3, Math.min(people, (int) Math.round(people / Math.pow(c + 1, 0.75))));
      // the big channels are public; of the rest about a third are private
      channelPrivate[c] = c >= 20 && r.nextInt(3) == 0;
      String name;
      do {
        name = r.nextInt(2) == 0
            ? zh.word(r.nextInt(Math.min(600, zh.words.length)))
                + zh.word(r.nextInt(Math.min(600, zh.words.length)))
            : en.words[40 + r.nextInt(Math.min(400, en.words.length - 40))] + "-"
                + en.words[40 + r.nextInt(Math.min(400, en.words.length - 40))];
        if (taken.contains(name)) {
          name = name + "-" + (c + 1);
        }
      } while (!taken.add(name));
      channelNames[c] = name;
      // a partial Fisher-Yates shuffle of the people: a uniform sample of `size`
      int[] pool = new int[people];
      for (int i = 0; i < people; i++) {
        pool[i] = i;
      }
      int[] m = new int[size];
      for (int k = 0; k < size; k++) {
        int j = k + r.nextInt(people - k);
        int tmp = pool[k];
        pool[k] = pool[j];
        pool[j] = tmp;
        m[k] = pool[k];
      }
      members[c] = m;
    }
    searcherChannels = new int[searchers][];
    for (int s = 0; s < searchers; s++) {
      List<Integer> in = new ArrayList<>();
      for (int c = 0; c < channels; c++) {
        for (int p : members[c]) {
          if (p == s) {
            in.add(c);
            break;
          }
        }
      }
      searcherChannels[s] = in.stream().mapToInt(Integer::intValue).toArray();
    }
  }

  // ---- loading ----------------------------------------------------------------------------------
  Connection connect() throws Exception {
    String password = null;
    for (String line : Files.readAllLines(data.resolve("atrium.yml"))) {
      if (line.trim().startsWith("database-password:")) {
        password = line.substring(line.indexOf(':') + 1).trim().replace("\"", "");
      }
    }
    String port = Files.readAllLines(data.resolve("pg/postmaster.pid")).get(3).trim();
    Properties p = new Properties();
    p.setProperty("user", "atrium");
    p.setProperty("password", password);
    return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/atrium", p);
  }

  void load() throws Exception {
    SplittableRandom r = new SplittableRandom(seed * 31 + 7);
    layChannels(r);
    String[][] names = names();
    UUID root;
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("select id from org.department where parent_id is null")) {
      rs.next();
      root = rs.getObject(1, UUID.class);
    }
    Instant peopleSince = FROM.minus(Duration.ofDays(400));
    long t = System.nanoTime();
    try (Copy copy = new Copy(
        db,
        "copy org.person (id, name, email, primary_department_id, pinyin_full, pinyin_initials, created_at, updated_at) from stdin")) {
      for (int i = searchers; i < people; i++) {
        Instant at = peopleSince.plusSeconds(i * 60L);
        personIds[i] = uuid7(at, r);
        personNames[i] = names[i][0];
        copy.row(
            personIds[i],
            names[i][0],
            names[i][1] + "." + i + "@bench.test",
            root,
            names[i][1],
            names[i][2],
            at,
            at);
      }
    }
    log("%,d people loaded in %.1f s", people - searchers, secondsSince(t));

    // Which channel each message goes to, first: the channels' last positions go in with the
    // channels.
    // Activity follows size (bigger channels talk more) with a wide spread.
    double[] weight = new double[channels];
    for (int c = 0; c < channels; c++) {
      weight[c] = Math.pow(members[c].length, 0.8) * Math.exp(r.nextGaussian() * 0.8);
    }
    Sampler byActivity = new Sampler(weight);
    int[] channelOf = new int[messages];
    for (int i = 0; i < messages; i++) {
      channelOf[i] = byActivity.next(r);
      lastSeq[channelOf[i]]++;
    }
    t = System.nanoTime();
    Instant channelsSince = FROM.minus(Duration.ofDays(30));
    try (Copy ch = new Copy(
        db,
        "copy chat.channel (id, kind, name, topic, created_by, created_at, last_seq) from stdin")) {
      for (int c = 0; c < channels; c++) {
        Instant at = channelsSince.plusSeconds(c * 600L);
        channelIds[c] = uuid7(at, r);
        ch.row(
            channelIds[c],
            channelPrivate[c] ? "PRIVATE" : "PUBLIC",
            channelNames[c],
            null,
            personIds[members[c][0]],
            at,
            lastSeq[c]);
      }
    }
    int memberships = 0;
    try (Copy cm = new Copy(
        db, "copy chat.channel_member (channel_id, person_id, read_seq, joined_at) from stdin")) {
      for (int c = 0; c < channels; c++) {
        Instant at = channelsSince.plusSeconds(c * 600L);
        for (int k = 0; k < members[c].length; k++) {
          cm.row(channelIds[c], personIds[members[c][k]], lastSeq[c], at);
          memberships++;
        }
      }
    }
    // roles live in access: each member's grant by name, and the company's on a public channel
    try (Copy grants = new Copy(
        db,
        "copy access.resource_grant (resource_type, resource_id, kind, subject_id, role, granted_at) from stdin")) {
      for (int c = 0; c < channels; c++) {
        Instant at = channelsSince.plusSeconds(c * 600L);
        for (int k = 0; k < members[c].length; k++) {
          grants.row(
              "chat.channel",
              channelIds[c],
              "PERSON",
              personIds[members[c][k]],
              k == 0 ? "owner" : "member",
              at);
        }
        if (!channelPrivate[c]) {
          grants.row("chat.channel", channelIds[c], "COMPANY", null, "member", at);
        }
      }
    }
    log(
        "%,d channels (%d private) and %,d memberships loaded in %.1f s; searchers are in %s channels",
        channels,
        count(channelPrivate),
        memberships,
        secondsSince(t),
        Arrays.toString(Arrays.stream(searcherChannels).mapToInt(a -> a.length).toArray()));

    // The messages and their stream entries, on two connections so both COPYs run side by side.
    t = System.nanoTime();
    long[] seq = new long[channels];
    long span = TO.toEpochMilli() - FROM.toEpochMilli();
    long chars = 0;
    int[] lengths = new int[messages];
    try (Connection second = connect()) {
      try (Copy msg = new Copy(
              db,
              "copy chat.message (id, channel_id, seq, author_id, client_message_id, body, created_at) from stdin");
          Copy stream = new Copy(
              second, "copy realtime.stream_entry (resource_id, seq, event, at) from stdin")) {
        for (int i = 0; i < messages; i++) {
          int c = channelOf[i];
          long s = ++seq[c];
          Instant at =
              Instant.ofEpochMilli(FROM.toEpochMilli() + span * i / messages + r.nextInt(1000));
          UUID id = uuid7(at, r);
          UUID author = personIds[members[c][r.nextInt(members[c].length)]];
          UUID clientId = new UUID(r.nextLong(), r.nextLong());
          String body = body(r);
          lengths[i] = body.length();
          chars += body.length();
          msg.row(id, channelIds[c], s, author, clientId, body, at);
          stream.row(channelIds[c], s, event(id, channelIds[c], s, author, clientId, body, at), at);
          if ((i + 1) % 200_000 == 0) {
            log("  %,d messages", i + 1);
          }
        }
      }
    }
    Arrays.sort(lengths);
    log(
        "%,d messages and stream entries loaded in %.1f s; body length in characters: mean %.0f, p50 %d, p90 %d, p99 %d, max %d",
        messages,
        secondsSince(t),
        (double) chars / messages,
        lengths[messages / 2],
        lengths[(int) (messages * 0.9)],
        lengths[(int) (messages * 0.99)],
        lengths[messages - 1]);
  }

  static int count(boolean[] b) {
    int n = 0;
    for (boolean x : b) {
      n += x ? 1 : 0;
    }
    return n;
  }

  /** The stream entry: chat's MessagePosted, the message as the app's JSON writes it (see chat's Message; nulls left out). */
  static String event(
      UUID id, UUID channel, long seq, UUID author, UUID clientId, String body, Instant at) {
    return "{\"kind\":\"message.posted\",\"message\":{\"id\":\"" + id + "\",\"channelId\":\""
        + channel + "\",\"seq\":" + seq + ",\"authorId\":\"" + author
        + "\",\"clientMessageId\":\"" + clientId + "\",\"body\":" + Json.write(body)
        + ",\"createdAt\":\"" + at
        + "\",\"attachments\":[],\"alsoInChannel\":false,\"mentions\":{\"people\":[],\"all\":false},\"reactions\":[]}}";
  }

  /** A UUIDv7 (time-ordered, as the app's ids) from a given instant, its random bits from the seeded source. */
  static UUID uuid7(Instant at, SplittableRandom r) {
    long ms = at.toEpochMilli();
    long hi = (ms << 16) | 0x7000L | (r.nextLong() & 0x0FFFL);
    long lo = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(hi, lo);
  }

  /**
   * One message body. Lengths: most are a few words, a long tail runs to hundreds. Languages: 45 %
   * Chinese (with an English term now and then), 35 % English, 20 % switching between the two.
   * Words are drawn by Zipf rank; 0.6 % of messages carry one of the planted phrases.
   */
  String body(SplittableRandom r) {
    int roll = r.nextInt(100);
    int n = roll < 60
        ? 2 + r.nextInt(7)
        : roll < 90 ? 8 + r.nextInt(23) : roll < 98 ? 30 + r.nextInt(91) : 120 + r.nextInt(381);
    int mode = r.nextInt(100);
    int planted = r.nextInt(1000) < 6 ? r.nextInt(n) : -1;
    StringBuilder b = new StringBuilder();
    boolean chinese = mode < 45 || (mode >= 80 && r.nextBoolean());
    boolean startOfSentence = true;
    int sinceBreak = 0;
    for (int k = 0; k < n; k++) {
      if (mode >= 80 && r.nextInt(5) == 0) {
        chinese = !chinese;
      }
      String word;
      boolean wordIsChinese = chinese && !(mode < 45 && r.nextInt(100) < 12);
      if (k == planted) {
        word = chinese
            ? PHRASES_ZH.get(r.nextInt(PHRASES_ZH.size()))
            : PHRASES_EN.get(r.nextInt(PHRASES_EN.size()));
        wordIsChinese = chinese;
      } else if (wordIsChinese) {
        word = zh.next(r);
      } else {
        // English inside Chinese text is mostly terms, not "the" or "to"
        word = chinese ? en.nextFrom(r, 40) : en.next(r);
      }
      if (wordIsChinese) {
        if (!b.isEmpty()
            && !Character.isIdeographic(b.codePointBefore(b.length()))
            && b.charAt(b.length() - 1) != '\n'
            && r.nextBoolean()) {
          b.append(' ');
        }
        b.append(word);
      } else {
        if (!b.isEmpty()
            && b.charAt(b.length() - 1) != '\n'
            && (!Character.isIdeographic(b.codePointBefore(b.length())) || r.nextBoolean())) {
          b.append(' ');
        }
        b.append(
            startOfSentence && !chinese
                ? Character.toUpperCase(word.charAt(0)) + word.substring(1)
                : word);
      }
      startOfSentence = false;
      sinceBreak++;
      if (k < n - 1 && sinceBreak >= 4 && r.nextInt(6) == 0) {
        sinceBreak = 0;
        int p = r.nextInt(10);
        if (chinese) {
          b.append(p < 7 ? "，" : "。");
        } else {
          b.append(p < 7 ? "," : ".");
          startOfSentence = p >= 7;
        }
        if (n > 60 && p >= 7 && r.nextInt(3) == 0) {
          b.append('\n');
        }
      }
    }
    int end = r.nextInt(10);
    b.append(
        end < 4
            ? (chinese ? "。" : ".")
            : end == 4 ? (chinese ? "？" : "?") : end == 5 ? (chinese ? "！" : "!") : "");
    return b.toString();
  }

  /** Posts one message as a searcher through the API into a loaded channel and reads its history back. */
  void checkTheAppReadsTheLoad() throws Exception {
    int c = searcherChannels[0][0];
    List<?> history = (List<?>) call(
        "GET",
        "/api/v1/channels/" + channelIds[c] + "/messages?limit=5",
        null,
        tokens[0],
        null,
        200);
    Map<?, ?> posted = (Map<?, ?>) call(
        "POST",
        "/api/v1/channels/" + channelIds[c] + "/messages",
        Json.obj(
            "clientMessageId", UUID.randomUUID().toString(), "body", "部署 check after the load"),
        tokens[0],
        null,
        201);
    long seq = ((Number) posted.get("seq")).longValue();
    if (history.size() != Math.min(5, lastSeq[c]) || seq != lastSeq[c] + 1) {
      throw new IllegalStateException("the app does not read the loaded channel as expected: "
          + history.size() + " messages, posted at " + seq);
    }
    log(
        "the app reads the load: history of #%s has its newest messages; a message posted through the API took position %d",
        channelNames[c], seq);
  }

  // ---- queries ----------------------------------------------------------------------------------
  enum Category {
    WORD("single word"),
    TWO("two words"),
    PHRASE("phrase"),
    FILTERED("filtered"),
    BOX("search box, all kinds");
    final String label;

    Category(String label) {
      this.label = label;
    }
  }

  /**
   * One query as the search box takes it, and its parts for PostgreSQL. {@code chinese}: every
   * word is Chinese, so recall can be measured against substring occurrence.
   */
  record Query(
      Category category,
      String text,
      List<String> words,
      boolean phrase,
      UUID channel,
      UUID author,
      LocalDate after,
      boolean chinese) {}

  /** Per searcher, `perCategory` queries of each category, seeded, interleaved by category. */
  List<List<Query>> queries() {
    List<List<Query>> all = new ArrayList<>();
    for (int s = 0; s < searchers; s++) {
      SplittableRandom r = new SplittableRandom(seed * 1_000 + s);
      List<Query> mine = new ArrayList<>();
      for (int i = 0; i < perCategory; i++) {
        boolean chinese = i % 2 == 0;
        // single words: log-uniform over the ranks, so frequent and rare words alike
        String w = chinese ? zh.logUniform(r, 20) : en.logUniform(r, 60);
        mine.add(new Query(Category.WORD, w, List.of(w), false, null, null, null, chinese));
        String a = chinese ? zh.logUniform(r, 10, 400) : en.logUniform(r, 40, 600);
        String b;
        do {
          b = chinese ? zh.logUniform(r, 10, 400) : en.logUniform(r, 40, 600);
        } while (b.equals(a));
        mine.add(
            new Query(Category.TWO, a + " " + b, List.of(a, b), false, null, null, null, chinese));
        String phrase = chinese
            ? PHRASES_ZH.get(i / 2 % PHRASES_ZH.size())
            : PHRASES_EN.get(i / 2 % PHRASES_EN.size());
        mine.add(new Query(
            Category.PHRASE,
            "\"" + phrase + "\"",
            List.of(phrase),
            true,
            null,
            null,
            null,
            chinese));
        String f = chinese ? zh.logUniform(r, 10, 300) : en.logUniform(r, 40, 400);
        int c = searcherChannels[s][r.nextInt(searcherChannels[s].length)];
        mine.add(
            switch (i % 3) {
              case 0 ->
                new Query(
                    Category.FILTERED,
                    "in:#" + channelNames[c] + " " + f,
                    List.of(f),
                    false,
                    channelIds[c],
                    null,
                    null,
                    chinese);
              case 1 -> {
                int p = members[c][r.nextInt(members[c].length)];
                yield new Query(
                    Category.FILTERED,
                    "from:@" + personNames[p] + " " + f,
                    List.of(f),
                    false,
                    null,
                    personIds[p],
                    null,
                    chinese);
              }
              default ->
                new Query(
                    Category.FILTERED,
                    "after:" + AFTER + " " + f,
                    List.of(f),
                    false,
                    null,
                    null,
                    LocalDate.parse(AFTER),
                    chinese);
            });
        mine.add(new Query(Category.BOX, w, List.of(w), false, null, null, null, chinese));
      }
      all.add(mine);
    }
    return all;
  }

  interface Engine {
    /** Runs one query as searcher s; returns the total the engine reports. */
    long search(int s, Query q) throws Exception;

    /** Every message id the engine finds for the query as searcher s (the truth, for engines that must slice the query). */
    Set<UUID> all(Truth truth) throws Exception;

    /** Whether the engine has an answer for this category of query at all. */
    default boolean answers(Category c) {
      return true;
    }
  }

  /** Latencies in nanoseconds per category and concurrency. */
  Map<String, Map<Integer, long[]>> measure(String name, Engine engine, List<List<Query>> queries)
      throws Exception {
    long t = System.nanoTime();
    for (Query q : queries.get(0)) {
      if (engine.answers(q.category())) {
        engine.search(0, q); // warm-up: JIT, caches, not measured
      }
    }
    log("%s: warm-up pass of %d queries in %.1f s", name, queries.get(0).size(), secondsSince(t));
    Map<String, Map<Integer, long[]>> result = new LinkedHashMap<>();
    for (int n : concurrency) {
      Map<Category, List<Long>> samples = new ConcurrentHashMap<>();
      for (Category c : Category.values()) {
        samples.put(c, Collections.synchronizedList(new ArrayList<>()));
      }
      CountDownLatch start = new CountDownLatch(1);
      List<Thread> threads = new ArrayList<>();
      List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
      AtomicInteger done = new AtomicInteger();
      for (int s = 0; s < n; s++) {
        int searcher = s;
        threads.add(Thread.ofPlatform().start(() -> {
          try {
            start.await();
            for (int round = 0; round < rounds; round++) {
              for (Query q : queries.get(searcher)) {
                if (!engine.answers(q.category())) {
                  continue;
                }
                long q0 = System.nanoTime();
                engine.search(searcher, q);
                samples.get(q.category()).add(System.nanoTime() - q0);
                done.incrementAndGet();
              }
            }
          } catch (Throwable e) {
            failures.add(e);
          }
        }));
      }
      t = System.nanoTime();
      start.countDown();
      for (Thread th : threads) {
        th.join();
      }
      double wall = secondsSince(t);
      if (!failures.isEmpty()) {
        throw new IllegalStateException(name + " failed: " + failures.get(0), failures.get(0));
      }
      List<Long> every = new ArrayList<>();
      List<Long> messageQueries = new ArrayList<>();
      for (Category c : Category.values()) {
        if (!engine.answers(c)) {
          continue;
        }
        long[] l = samples.get(c).stream().mapToLong(Long::longValue).sorted().toArray();
        every.addAll(samples.get(c));
        if (c != Category.BOX) {
          messageQueries.addAll(samples.get(c));
        }
        result.computeIfAbsent(c.name(), k -> new LinkedHashMap<>()).put(n, l);
        log(
            "%s, %d searcher(s), %s: %d queries, p50 %s p95 %s p99 %s max %s ms",
            name,
            n,
            c.label,
            l.length,
            ms(pct(l, 50)),
            ms(pct(l, 95)),
            ms(pct(l, 99)),
            ms(l.length == 0 ? -1 : l[l.length - 1]));
      }
      result
          .computeIfAbsent("MESSAGES", k -> new LinkedHashMap<>())
          .put(n, messageQueries.stream().mapToLong(Long::longValue).sorted().toArray());
      long[] all = every.stream().mapToLong(Long::longValue).sorted().toArray();
      result.computeIfAbsent("ALL", k -> new LinkedHashMap<>()).put(n, all);
      log(
          "%s, %d searcher(s), all: %d queries in %.1f s (%.0f/s), p50 %s p95 %s p99 %s ms",
          name,
          n,
          all.length,
          wall,
          all.length / wall,
          ms(pct(all, 50)),
          ms(pct(all, 95)),
          ms(pct(all, 99)));
      summary.put((name.equals("atrium") ? "" : "pg-") + "p95-" + n, ms(pct(all, 95)) + "ms");
    }
    return result;
  }

  void table(
      Map<String, Map<Integer, long[]>> atriumLatency,
      Map<String, Map<Integer, long[]>> pgLatency) {
    log("| category | searchers | Atrium p50 | p95 | p99 | PostgreSQL FTS p50 | p95 | p99 |");
    log("|---|---|---|---|---|---|---|---|");
    for (String c : (atriumLatency == null ? pgLatency : atriumLatency).keySet()) {
      String label = c.equals("ALL")
          ? "all"
          : c.equals("MESSAGES") ? "all but the search box" : Category.valueOf(c).label;
      for (int n : concurrency) {
        long[] p = pgLatency.getOrDefault(c, Map.of()).getOrDefault(n, new long[0]);
        long[] a = atriumLatency == null ? new long[0] : atriumLatency.get(c).get(n);
        log(
            "| %s | %d | %s | %s | %s | %s | %s | %s |",
            label,
            n,
            ms(pct(a, 50)),
            ms(pct(a, 95)),
            ms(pct(a, 99)),
            ms(pct(p, 50)),
            ms(pct(p, 95)),
            ms(pct(p, 99)));
      }
    }
  }

  // ---- recall -----------------------------------------------------------------------------------
  /** The Chinese queries whose recall is measured, each with its searcher and the ids of its true answers. */
  record Truth(int searcher, Query query, Map<UUID, Integer> days) {
    Set<UUID> ids() {
      return days.keySet();
    }
  }

  record Recall(List<Truth> truths) {}

  /**
   * Ground truth for the Chinese queries (single words, two words, phrases; the first
   * `recallQueries` of them, round-robin over the searchers): the messages the searcher may read
   * whose body contains every query word (a phrase: the whole phrase) as a substring, from one
   * scan of the messages.
   */
  Recall groundTruth(List<List<Query>> queries) throws Exception {
    long t = System.nanoTime();
    List<Truth> truths = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; truths.size() < recallQueries && i < queries.get(0).size(); i++) {
      for (int s = 0; s < searchers && truths.size() < recallQueries; s++) {
        Query q = queries.get(s).get(i);
        if (q.chinese()
            && q.channel() == null
            && q.author() == null
            && q.after() == null
            && q.category() != Category.BOX
            && seen.add(s + "/" + q.text())) {
          truths.add(new Truth(s, q, new HashMap<>()));
        }
      }
    }
    Map<UUID, Integer> channelIndex = new HashMap<>();
    for (int c = 0; c < channels; c++) {
      channelIndex.put(channelIds[c], c);
    }
    boolean[][] readable = new boolean[searchers][channels];
    for (int s = 0; s < searchers; s++) {
      for (int c : searcherChannels[s]) {
        readable[s][c] = true;
      }
      if (publicReadable) {
        for (int c = 0; c < channels; c++) {
          readable[s][c] |= !channelPrivate[c];
        }
      }
    }
    db.setAutoCommit(false); // a cursor, so the scan streams instead of loading every row
    try (PreparedStatement ps = db.prepareStatement(
        "select id, channel_id, body, created_at from chat.message where deleted_at is null")) {
      ps.setFetchSize(10_000);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Integer c = channelIndex.get(rs.getObject(2, UUID.class));
          if (c == null) {
            continue;
          }
          String body = rs.getString(3);
          UUID id = null;
          int day = 0;
          for (Truth truth : truths) {
            if (readable[truth.searcher()][c]
                && truth.query().words().stream().allMatch(body::contains)) {
              if (id == null) {
                id = rs.getObject(1, UUID.class);
                day = (int) rs.getTimestamp(4)
                    .toInstant()
                    .atOffset(ZoneOffset.UTC)
                    .toLocalDate()
                    .toEpochDay();
              }
              truth.days().put(id, day);
            }
          }
        }
      }
    }
    db.commit();
    db.setAutoCommit(true);
    log(
        "ground truth for %d Chinese queries in %.1f s: %s true answers each (median %d)",
        truths.size(),
        secondsSince(t),
        truths.stream().mapToInt(x -> x.ids().size()).summaryStatistics(),
        truths.stream()
            .mapToInt(x -> x.ids().size())
            .sorted()
            .skip(truths.size() / 2)
            .findFirst()
            .orElse(0));
    return new Recall(truths);
  }

  /**
   * Recall = true answers found / true answers, summed over the queries (micro-average), each
   * engine's whole result set compared, not a top-N; precision likewise. Also per category.
   */
  double recall(String name, Engine engine, Recall truth) throws Exception {
    long t = System.nanoTime();
    Map<Category, long[]> byCategory = new LinkedHashMap<>(); // {true, found, returned}
    for (Truth x : truth.truths()) {
      Set<UUID> found = engine.all(x);
      long hit = found.stream().filter(x.ids()::contains).count();
      long[] sums = byCategory.computeIfAbsent(x.query().category(), k -> new long[3]);
      sums[0] += x.ids().size();
      sums[1] += hit;
      sums[2] += found.size();
    }
    long[] total = new long[3];
    for (var e : byCategory.entrySet()) {
      long[] v = e.getValue();
      log(
          "%s recall on Chinese %s: %s (%,d of %,d true answers), precision %s (%,d returned)",
          name, e.getKey().label, ratio(v[1], v[0]), v[1], v[0], ratio(v[1], v[2]), v[2]);
      for (int i = 0; i < 3; i++) {
        total[i] += v[i];
      }
    }
    log(
        "%s recall on %d Chinese queries: %s (%,d of %,d), precision %s, in %.1f s",
        name,
        truth.truths().size(),
        ratio(total[1], total[0]),
        total[1],
        total[0],
        ratio(total[1], total[2]),
        secondsSince(t));
    if (engine instanceof Atrium a) {
      log(
          "atrium: the totals it reported for these queries add up to %,d (true answers %,d); hits beyond the API's depth even in date windows: %,d",
          a.totals.get(), total[0], a.beyondDepth.get());
    }
    return total[0] == 0 ? 1.0 : (double) total[1] / total[0];
  }

  static String ratio(long a, long b) {
    return b == 0 ? "n/a" : String.format(Locale.ROOT, "%.3f", (double) a / b);
  }

  // ---- PostgreSQL full-text search --------------------------------------------------------------
  /**
   * The baseline: to_tsvector('simple', body) with a GIN expression index, permissions as a join
   * on the searcher's memberships, ranked by ts_rank, the first page and the total in one query.
   */
  final class Pg implements Engine {
    final ThreadLocal<Connection> connections = ThreadLocal.withInitial(() -> {
      try {
        return connect();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });

    /** The search box searches every kind at once; PostgreSQL here searches messages only. */
    @Override
    public boolean answers(Category c) {
      return c != Category.BOX;
    }

    void buildIndex() throws Exception {
      long t = System.nanoTime();
      try (Statement s = db.createStatement()) {
        s.execute("set maintenance_work_mem = '256MB'");
        s.execute(
            "create index bench_message_fts on chat.message using gin (to_tsvector('simple', body))");
        s.execute("analyze chat.message");
      }
      double took = secondsSince(t);
      long size;
      try (Statement s = db.createStatement();
          ResultSet rs = s.executeQuery("select pg_relation_size('chat.bench_message_fts')")) {
        rs.next();
        size = rs.getLong(1);
      }
      log("postgres: GIN index on to_tsvector('simple', body) built in %.1f s, %s", took, mb(size));
      summary.put("pg-gin", String.format(Locale.ROOT, "%.0fs", took));
      summary.put("pg-gin-size", (size >> 20) + "MB");
    }

    String where(Query q, List<Object> params) {
      StringBuilder sql = new StringBuilder();
      sql.append(
          publicReadable
              ? " from chat.message m join chat.channel ch on ch.id = m.channel_id"
                  + " where (ch.kind = 'PUBLIC' or exists (select 1 from chat.channel_member cm where cm.channel_id = m.channel_id and cm.person_id = ?))"
              : " from chat.message m join chat.channel_member cm on cm.channel_id = m.channel_id and cm.person_id = ? where true");
      sql.append(" and m.deleted_at is null and to_tsvector('simple', m.body) @@ ")
          .append(q.phrase() ? "phraseto_tsquery" : "plainto_tsquery")
          .append("('simple', ?)");
      params.add(String.join(" ", q.words()));
      if (q.channel() != null) {
        sql.append(" and m.channel_id = ?");
        params.add(q.channel());
      }
      if (q.author() != null) {
        sql.append(" and m.author_id = ?");
        params.add(q.author());
      }
      if (q.after() != null) {
        sql.append(" and m.created_at >= ?");
        // after:D is exclusive of the day D, as Atrium reads it (in UTC, the benchmark sends no
        // time zone)
        params.add(
            Timestamp.from(q.after().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
      }
      return sql.toString();
    }

    @Override
    public long search(int s, Query q) throws Exception {
      List<Object> params = new ArrayList<>();
      params.add(personIds[s]);
      String sql = "select m.id, count(*) over () as total" + where(q, params)
          + " order by ts_rank(to_tsvector('simple', m.body), "
          + (q.phrase() ? "phraseto_tsquery" : "plainto_tsquery") + "('simple', ?)) desc limit "
          + PAGE;
      params.add(String.join(" ", q.words()));
      try (PreparedStatement ps = connections.get().prepareStatement(sql)) {
        bind(ps, params);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? rs.getLong(2) : 0;
        }
      }
    }

    @Override
    public Set<UUID> all(Truth truth) throws Exception {
      Query q = truth.query();
      List<Object> params = new ArrayList<>();
      params.add(personIds[truth.searcher()]);
      Set<UUID> ids = new HashSet<>();
      try (PreparedStatement ps =
          connections.get().prepareStatement("select m.id" + where(q, params))) {
        bind(ps, params);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            ids.add(rs.getObject(1, UUID.class));
          }
        }
      }
      return ids;
    }

    void bind(PreparedStatement ps, List<Object> params) throws Exception {
      for (int i = 0; i < params.size(); i++) {
        ps.setObject(i + 1, params.get(i));
      }
    }
  }

  // ---- Atrium's search API ----------------------------------------------------------------------
  final class Atrium implements Engine {
    final AtomicInteger errors = new AtomicInteger();

    void rebuild() throws Exception {
      Map<?, ?> before =
          (Map<?, ?>) call("GET", "/api/v1/admin/search/index", null, adminToken, null, 200);
      log("atrium: index before the rebuild: %s", Json.write(before));
      long t = System.nanoTime();
      call("POST", "/api/v1/admin/search/index/rebuild", null, adminToken, null, 202);
      Map<?, ?> status;
      long lastLog = 0;
      while (true) {
        Thread.sleep(500);
        status = (Map<?, ?>) call("GET", "/api/v1/admin/search/index", null, adminToken, null, 200);
        Map<?, ?> rebuild = (Map<?, ?>) status.get("rebuild");
        if ("READY".equals(status.get("state"))
            && rebuild != null
            && rebuild.get("finishedAt") != null) {
          break;
        }
        if (System.nanoTime() - lastLog > 30_000_000_000L) {
          lastLog = System.nanoTime();
          log("  rebuilding: %s", rebuild == null ? status : Json.write(rebuild));
        }
      }
      double wall = secondsSince(t);
      Map<?, ?> rebuild = (Map<?, ?>) status.get("rebuild");
      if (rebuild.get("failed") != null) {
        throw new IllegalStateException("the rebuild failed: " + Json.write(status));
      }
      double took =
          Duration.between(Instant.parse((String) rebuild.get("startedAt")), Instant.parse((String)
                      rebuild.get("finishedAt")))
                  .toMillis()
              / 1000.0;
      long documents = ((Number) status.get("documents")).longValue();
      long onDisk = du(data.resolve("index"));
      log(
          "atrium: rebuild of %,d documents (%s) in %.1f s by the server's clock (%.1f s polled): %.0f documents/s; index %s on disk (du), sizeBytes %s",
          documents,
          Json.write(status.get("byKind")),
          took,
          wall,
          documents / took,
          mb(onDisk),
          mb(((Number) status.get("sizeBytes")).longValue()));
      summary.put("rebuild", String.format(Locale.ROOT, "%.0fs", took));
      summary.put("docs/s", String.format(Locale.ROOT, "%.0f", documents / took));
      summary.put("index", (onDisk >> 20) + "MB");
    }

    String path(Query q, boolean box, int page, int size) {
      return "/api/v1/search?q=" + URLEncoder.encode(q.text(), StandardCharsets.UTF_8)
          + (box ? "" : "&kind=message&sort=relevance&page=" + page + "&size=" + size);
    }

    @Override
    public long search(int s, Query q) throws Exception {
      try {
        Map<?, ?> results = (Map<?, ?>)
            call("GET", path(q, q.category() == Category.BOX, 0, PAGE), null, tokens[s], null, 200);
        long total = 0;
        for (Object g : (List<?>) results.get("groups")) {
          total += ((Number) ((Map<?, ?>) g).get("total")).longValue();
        }
        return total;
      } catch (IllegalStateException e) {
        if (errors.incrementAndGet() <= 5) {
          log("atrium: %s", e.getMessage());
        }
        throw e;
      }
    }

    /** A query's hits as far as the API pages them, and the total it reports. */
    record Found(Set<UUID> ids, long total) {}

    /**
     * Every hit of the query. The API pages at most {@value #DEPTH} results deep, so a query with
     * more is cut by date (after:/before:, whole UTC days) into windows of at most 900 true answers
     * each, and the windows' hits are joined; a window still deeper than the API pages is counted
     * in {@code beyondDepth}.
     */
    @Override
    public Set<UUID> all(Truth truth) throws Exception {
      Found whole = pages(truth.searcher(), truth.query().text());
      totals.addAndGet(whole.total());
      if (whole.total() <= DEPTH) {
        return whole.ids();
      }
      Map<Integer, Integer> perDay = new HashMap<>();
      truth.days().values().forEach(d -> perDay.merge(d, 1, Integer::sum));
      int first = (int) FROM.atOffset(ZoneOffset.UTC).toLocalDate().toEpochDay() - 1;
      int last = (int) Math.max(
              LocalDate.now(ZoneOffset.UTC).toEpochDay(),
              perDay.keySet().stream().mapToInt(Integer::intValue).max().orElse(0))
          + 1;
      Set<UUID> ids = new HashSet<>();
      int from = first;
      int inWindow = 0;
      for (int d = first; d <= last + 1; d++) {
        int n = d > last ? Integer.MAX_VALUE : perDay.getOrDefault(d, 0);
        if (d > last || (inWindow > 0 && inWindow + n > 900)) {
          String window = "after:" + LocalDate.ofEpochDay(from - 1) + " before:"
              + LocalDate.ofEpochDay(d) + " ";
          Found part = pages(truth.searcher(), window + truth.query().text());
          ids.addAll(part.ids());
          beyondDepth.addAndGet(Math.max(0, part.total() - DEPTH));
          from = d;
          inWindow = 0;
        }
        inWindow += d > last ? 0 : n;
      }
      return ids;
    }

    static final int DEPTH = 1000;
    static final int PAGE_MAX = 50;
    final java.util.concurrent.atomic.AtomicLong beyondDepth =
        new java.util.concurrent.atomic.AtomicLong();
    final java.util.concurrent.atomic.AtomicLong totals =
        new java.util.concurrent.atomic.AtomicLong();

    Found pages(int s, String text) throws Exception {
      Set<UUID> ids = new LinkedHashSet<>();
      long total = 0;
      for (int page = 0; (page + 1) * PAGE_MAX <= DEPTH; page++) {
        String path = "/api/v1/search?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8)
            + "&kind=message&sort=date&page=" + page + "&size=" + PAGE_MAX;
        Map<?, ?> results = (Map<?, ?>) call("GET", path, null, tokens[s], null, 200);
        List<?> groups = (List<?>) results.get("groups");
        if (groups.isEmpty()) {
          break;
        }
        Map<?, ?> group = (Map<?, ?>) groups.get(0);
        total = ((Number) group.get("total")).longValue();
        List<?> hits = (List<?>) group.get("hits");
        for (Object h : hits) {
          ids.add(UUID.fromString((String) ((Map<?, ?>) h).get("id")));
        }
        if (hits.size() < PAGE_MAX || ids.size() >= total) {
          break;
        }
      }
      return new Found(ids, total);
    }
  }

  static long du(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return 0;
    }
    try (var walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .mapToLong(p -> {
            try {
              return Files.size(p);
            } catch (IOException e) {
              return 0; // a segment merged away while walking
            }
          })
          .sum();
    }
  }

  // ---- vocabulary and sampling ------------------------------------------------------------------
  /** Words ranked by file order, drawn with Zipf probabilities (rank^-1). */
  static final class Vocabulary {
    final String[] words;
    final Sampler zipf;
    final Sampler[] tails = new Sampler[64];

    Vocabulary(List<String> words) {
      this.words = words.toArray(String[]::new);
      double[] w = new double[this.words.length];
      for (int i = 0; i < w.length; i++) {
        w[i] = 1.0 / (i + 1);
      }
      this.zipf = new Sampler(w);
    }

    static Vocabulary chinese(Path file) throws IOException {
      Set<String> out = new LinkedHashSet<>();
      for (String line : lines(file)) {
        for (String w : line.split("\\s+")) {
          if (w.length() >= 2
              && w.length() <= 4
              && w.codePoints().allMatch(Character::isIdeographic)) {
            out.add(w);
          }
        }
      }
      return new Vocabulary(new ArrayList<>(out));
    }

    static Vocabulary english(Path file) throws IOException {
      Set<String> out = new LinkedHashSet<>();
      for (String line : lines(file)) {
        boolean verbs = line.startsWith("v:");
        for (String w : (verbs ? line.substring(2) : line).trim().split("\\s+")) {
          if (w.isEmpty()) {
            continue;
          }
          if (!verbs) {
            out.add(w);
          } else if (w.contains("|")) {
            String[] f = w.split("\\|");
            out.addAll(List.of(f[0], f[0] + "s", f[1], f[2]));
          } else {
            out.addAll(inflections(w));
          }
        }
      }
      return new Vocabulary(new ArrayList<>(out));
    }

    static List<String> inflections(String v) {
      if (v.endsWith("e")) {
        return List.of(v, v + "s", v + "d", v.substring(0, v.length() - 1) + "ing");
      }
      if (v.endsWith("y") && "aeiou".indexOf(v.charAt(v.length() - 2)) < 0) {
        String stem = v.substring(0, v.length() - 1);
        return List.of(v, stem + "ies", stem + "ied", v + "ing");
      }
      String s = v.endsWith("s") || v.endsWith("sh") || v.endsWith("ch") || v.endsWith("x")
          ? v + "es"
          : v + "s";
      return List.of(v, s, v + "ed", v + "ing");
    }

    static List<String> lines(Path file) throws IOException {
      return Files.readAllLines(file).stream()
          .map(l -> l.replaceAll("#.*", "").trim())
          .filter(l -> !l.isEmpty())
          .toList();
    }

    String word(int rank) {
      return words[rank];
    }

    String next(SplittableRandom r) {
      return words[zipf.next(r)];
    }

    /** Zipf over the ranks from `from` on. */
    String nextFrom(SplittableRandom r, int from) {
      Sampler tail = tails[Math.min(from, 63)];
      if (tail == null) {
        double[] w = new double[words.length - from];
        for (int i = 0; i < w.length; i++) {
          w[i] = 1.0 / (i + from + 1);
        }
        tail = tails[Math.min(from, 63)] = new Sampler(w);
      }
      return words[from + tail.next(r)];
    }

    String logUniform(SplittableRandom r, int from) {
      return logUniform(r, from, words.length);
    }

    /** A word whose rank is log-uniform in [from, to): query words from the frequent and the rare end. */
    String logUniform(SplittableRandom r, int from, int to) {
      to = Math.min(to, words.length);
      double x = Math.exp(Math.log(from) + r.nextDouble() * (Math.log(to) - Math.log(from)));
      return words[Math.min(to - 1, (int) x)];
    }
  }

  /** Draws an index with probability proportional to its weight. */
  static final class Sampler {
    final double[] cumulative;

    Sampler(double[] weights) {
      cumulative = new double[weights.length];
      double sum = 0;
      for (int i = 0; i < weights.length; i++) {
        sum += weights[i];
        cumulative[i] = sum;
      }
    }

    int next(SplittableRandom r) {
      double x = r.nextDouble() * cumulative[cumulative.length - 1];
      int i = Arrays.binarySearch(cumulative, x);
      return Math.min(cumulative.length - 1, i >= 0 ? i : -i - 1);
    }
  }

  // ---- COPY -------------------------------------------------------------------------------------
  /** Rows in COPY's text format, sent in chunks of about a megabyte. */
  static final class Copy implements AutoCloseable {
    final CopyIn in;
    final StringBuilder buffer = new StringBuilder(1 << 20);

    Copy(Connection db, String sql) throws Exception {
      in = db.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
    }

    void row(Object... values) throws Exception {
      for (int i = 0; i < values.length; i++) {
        if (i > 0) {
          buffer.append('\t');
        }
        Object v = values[i];
        if (v == null) {
          buffer.append("\\N");
        } else if (v instanceof Instant at) {
          buffer.append(at); // ISO-8601 in UTC: timestamptz reads it as is
        } else {
          String s = v.toString();
          for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            switch (c) {
              case '\\' -> buffer.append("\\\\");
              case '\t' -> buffer.append("\\t");
              case '\n' -> buffer.append("\\n");
              case '\r' -> buffer.append("\\r");
              default -> buffer.append(c);
            }
          }
        }
      }
      buffer.append('\n');
      if (buffer.length() > (1 << 20)) {
        flush();
      }
    }

    void flush() throws Exception {
      byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
      in.writeToCopy(bytes, 0, bytes.length);
      buffer.setLength(0);
    }

    @Override
    public void close() throws Exception {
      flush();
      in.endCopy();
    }
  }
}
