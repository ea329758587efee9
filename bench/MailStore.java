import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The mailbox store at a company's size (issue #17's benchmark), three figures:
 *
 * <ol>
 *   <li><b>list</b>: a department of --list people (written into org.person) and a mailing list
 *       following it; one person sends a mail to the list through the API (draft, then send),
 *       timed from the send's request to its answer, which comes after every member's copy is
 *       filed. The first send also makes every member's mailbox (they never opened mail); the
 *       following --sends find them made. Each send is checked: one content, --list + 1 messages.
 *   <li><b>page</b>: a person's inbox holding --messages mails (written into mail.content and
 *       mail.message, three to a conversation), its first page of 50 conversations and a page ten
 *       pages deep (GET /mail/folders/{id}/threads), each timed over --rounds calls.
 *   <li><b>search</b>: the index rebuilt from the database; the same person searches a word that
 *       one mail in a hundred holds (GET /search?kind=mail.message), timed over --rounds calls.
 * </ol>
 *
 * Started by bench/mail-store.sh; a JDK 22+ runs it from source with the PostgreSQL driver on the
 * class path.
 */
public class MailStore extends Bench {

  static int list = 2_000;
  static int messages = 100_000;
  static int sends = 5;
  static int rounds = 30;

  public static void main(String[] args) throws Exception {
    options(args, true, (name, v) -> {
      switch (name) {
        case "--list" -> list = Integer.parseInt(v);
        case "--messages" -> messages = Integer.parseInt(v);
        case "--sends" -> sends = Integer.parseInt(v);
        case "--rounds" -> rounds = Integer.parseInt(v);
        default -> throw new IllegalArgumentException("unknown argument " + name);
      }
    });
    new MailStore().run();
  }

  final Map<String, Object> summary = new LinkedHashMap<>();

  void run() throws Exception {
    String adminToken = signInAndMakeToken(adminEmail, adminPassword, null, "mail-bench");
    String root = rootDepartment(adminToken);
    String[] ids = new String[2];
    String[] tokens = signedInPeople(adminToken, root, 2, 2, "mail-bench", ids);
    Map<?, ?> department = (Map<?, ?>) call(
        "POST",
        "/api/v1/departments",
        Json.obj("name", "邮件压测 " + UUID.randomUUID(), "parentId", root),
        adminToken,
        null,
        201);
    String sender = mailbox(tokens[0]);
    String reader = mailbox(tokens[1]);
    String address;
    long t = System.nanoTime();
    try (Connection db = database(data)) {
      address = loadList(db, (String) department.get("id"));
      loadInbox(db, reader);
      try (Statement s = db.createStatement()) {
        s.execute("vacuum analyze org.person, mail.content, mail.message, mail.folder");
      }
      log(
          "data: %d list members, %d mails in one inbox written in %.1f s; load average %.1f",
          list, messages, secondsSince(t), loadAverage());
      sendToList(db, tokens[0], sender, address);
    }
    String inbox = inbox(tokens[1], reader);
    pages(tokens[1], inbox);
    search(adminToken, tokens[1]);
    summary.put("load", String.format(Locale.ROOT, "%.1f", loadAverage()));
    StringBuilder line = new StringBuilder("mail-store: list=" + list + " messages=" + messages);
    summary.forEach((k, v) -> line.append(' ').append(k).append('=').append(v));
    System.out.println(line);
  }

  static String mailbox(String token) throws Exception {
    List<?> boxes = (List<?>) call("GET", "/api/v1/mail/mailboxes", null, token, null, 200);
    return (String) ((Map<?, ?>) boxes.getFirst()).get("id");
  }

  static String inbox(String token, String mailbox) throws Exception {
    for (Object f : (List<?>)
        call("GET", "/api/v1/mail/mailboxes/" + mailbox + "/folders", null, token, null, 200)) {
      if ("INBOX".equals(((Map<?, ?>) f).get("role"))) {
        return (String) ((Map<?, ?>) f).get("id");
      }
    }
    throw new IllegalStateException("no inbox");
  }

  /** --list people in the department, none of whom has opened mail, and a list following it. */
  String loadList(Connection db, String department) throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 6);
    String address = "all-" + run + "@atrium.local";
    try (Statement s = db.createStatement()) {
      s.execute("""
          insert into org.person (id, name, email, primary_department_id, pinyin_full, pinyin_initials)
          select gen_random_uuid(), '邮件员工' || n, 'mail' || n || '-%s@bench.test', '%s',
            'youjianyuangong' || n, 'yjyg'
          from generate_series(1, %d) n""".formatted(run, department, list));
      String listId = UUID.randomUUID().toString();
      s.execute("insert into mail.list (id, name, source_kind, source_id, posting, created_at)"
          + " values ('" + listId + "', '全员', 'DEPARTMENT', '" + department
          + "', 'ANYONE', now())");
      s.execute("insert into mail.address (address, domain, list_id, created_at)" + " values ('"
          + address + "', 'atrium.local', '" + listId + "', now())");
    }
    return address;
  }

  /** --messages mails in the reader's inbox, three to a conversation; one in a hundred says 鲸落. */
  void loadInbox(Connection db, String mailbox) throws Exception {
    try (Statement s = db.createStatement()) {
      s.execute("""
          create temp table bench_mail as
          select n, gen_random_uuid() as content_id, gen_random_uuid() as message_id,
            now() - make_interval(secs => n * 60) as at
          from generate_series(1, %d) n""".formatted(messages));
      s.execute("""
          insert into mail.content (id, message_id, subject, thread_subject, from_address, from_name,
            sent_at, body_text, snippet, created_at)
          select content_id, content_id || '@bench.test', '周报 第' || (n / 3) || '期',
            '周报 第' || (n / 3) || '期', 'colleague' || (n % 500) || '@atrium.local', '同事',
            at, '本周进展' || n || case when n % 100 = 0 then ' 鲸落 ' else ' ' end || '下周计划',
            '本周进展' || n, at
          from bench_mail""");
      s.execute("""
          insert into mail.message (id, mailbox_id, content_id, folder_id, thread_id, seen,
            received_at)
          select b.message_id, '%s', b.content_id, f.id,
            uuid_in(md5('%s' || (b.n / 3))::cstring), b.n %% 7 <> 0, b.at
          from bench_mail b join mail.folder f on f.mailbox_id = '%s' and f.role = 'INBOX'""".formatted(mailbox, mailbox, mailbox));
    }
  }

  /** Sends --sends + 1 mails to the list; the first makes the members' mailboxes. */
  void sendToList(Connection db, String token, String mailbox, String address) throws Exception {
    long[] times = new long[sends];
    for (int i = 0; i <= sends; i++) {
      Map<?, ?> draft = (Map<?, ?>) call(
          "POST",
          "/api/v1/mail/mailboxes/" + mailbox + "/drafts",
          Json.obj("to", List.of(Json.obj("address", address)), "subject", "全员通知 " + i),
          token,
          null,
          201);
      long t = System.nanoTime();
      Map<?, ?> sent = (Map<?, ?>)
          call("POST", "/api/v1/mail/drafts/" + draft.get("id") + "/send", null, token, null, 200);
      long took = System.nanoTime() - t;
      if (i == 0) {
        summary.put("first-send", ms(took) + "ms");
      } else {
        times[i - 1] = took;
      }
      try (Statement s = db.createStatement()) {
        var copies = s.executeQuery("select count(*) from mail.message where content_id ="
            + " (select content_id from mail.message where id = '" + sent.get("id") + "')");
        copies.next();
        if (copies.getLong(1) != list + 1) {
          throw new IllegalStateException(
              "a list mail reached " + copies.getLong(1) + " mailboxes");
        }
      }
    }
    Arrays.sort(times);
    summary.put("send-p50", ms(pct(times, 50)) + "ms");
    summary.put("send-max", ms(times[times.length - 1]) + "ms");
  }

  void pages(String token, String inbox) throws Exception {
    String path = "/api/v1/mail/folders/" + inbox + "/threads?limit=50";
    String deep = path;
    for (int p = 0; p < 10; p++) {
      Map<?, ?> page = (Map<?, ?>) call("GET", deep, null, token, null, 200);
      if (((List<?>) page.get("items")).size() != 50) {
        throw new IllegalStateException("a page held " + ((List<?>) page.get("items")).size());
      }
      deep =
          path + "&before=" + URLEncoder.encode((String) page.get("next"), StandardCharsets.UTF_8);
    }
    long[] first = timed(path, token);
    summary.put("page-p50", ms(pct(first, 50)) + "ms");
    summary.put("page-p95", ms(pct(first, 95)) + "ms");
    summary.put("deep-p50", ms(pct(timed(deep, token), 50)) + "ms");
  }

  void search(String adminToken, String token) throws Exception {
    call("POST", "/api/v1/admin/search/index/rebuild", null, adminToken, null, 202);
    long t = System.nanoTime();
    while (true) {
      Map<?, ?> status =
          (Map<?, ?>) call("GET", "/api/v1/admin/search/index", null, adminToken, null, 200);
      if ("READY".equals(status.get("state"))) {
        break;
      }
      Thread.sleep(500);
    }
    log("search: index rebuilt in %.1f s", secondsSince(t));
    String path =
        "/api/v1/search?kind=mail.message&q=" + URLEncoder.encode("鲸落", StandardCharsets.UTF_8);
    if (!call("GET", path, null, token, null, 200).toString().contains("mail.message")) {
      throw new IllegalStateException("the search found no mail");
    }
    long[] searches = timed(path, token);
    summary.put("search-p50", ms(pct(searches, 50)) + "ms");
    summary.put("search-p95", ms(pct(searches, 95)) + "ms");
  }

  /** One series of timed calls after three untimed ones, sorted, so its percentiles agree. */
  static long[] timed(String path, String token) throws Exception {
    List<Long> times = new ArrayList<>();
    for (int i = 0; i < rounds + 3; i++) {
      long t = System.nanoTime();
      call("GET", path, null, token, null, 200);
      if (i >= 3) {
        times.add(System.nanoTime() - t);
      }
    }
    return times.stream().mapToLong(Long::longValue).sorted().toArray();
  }
}
