import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Org import benchmark for a running Atrium on a fresh data directory: writes a CSV of `--people`
 * people spread over `--departments` departments (divisions of 9 teams below the company, everyone
 * in a team), makes one public channel a default channel, and imports the file through the real
 * import API (`POST /api/v1/admin/org-import`, not a dry run). Department channels are on, as they
 * always are: every department gets its channel, everyone joins the company's, their division's and
 * their team's, and the default channel.
 *
 * Three clocks from sending the file: "answered", the import's answer; "channels", every department
 * has its channel and exactly its people in it, and the default channel everyone (read from chat's
 * tables); "settled", no event publication is waiting or running any more (failed ones, left for a
 * replay, are counted as "failed"), or "no" when that takes more than five minutes after the
 * channels. Statements: PostgreSQL logs every statement (`log_statement = all`, set with ALTER
 * SYSTEM before the import and reset after; the generator's own session sets it off), and the lines
 * of the server's log are counted, BEGIN/COMMIT/ROLLBACK and the pool's empty liveness checks apart:
 * "statements" and "transactions" (COMMITs and ROLLBACKs) from sending the file to the channels
 * being complete, "statements-settled" to the end of the wait. Started by
 * bench/org-import.sh; a JDK 22+ runs it from source with the PostgreSQL driver on the class path:
 *
 *   java -cp postgresql.jar bench/OrgImport.java --url http://127.0.0.1:8080 --data <data dir> \
 *        --admin-email a@b --admin-password … [--people 5000] [--departments 200]
 */
public class OrgImport extends Bench {

  static String adminEmail;
  static String adminPassword;
  static Path data;
  static int people = 5000;
  static int departments = 200;
  static final int TEAMS_PER_DIVISION = 9;
  static final Duration PATIENCE = Duration.ofMinutes(30);
  /** How long after the channels to wait for the other listeners (the people index takes its time). */
  static final Duration SETTLE_PATIENCE = Duration.ofMinutes(5);

  static final Pattern STATEMENT = Pattern.compile("LOG:  (statement|execute [^:]*): (.*)");

  public static void main(String[] args) throws Exception {
    requestTimeout = PATIENCE;
    for (int i = 0; i < args.length; i += 2) {
      String v = args[i + 1];
      switch (args[i]) {
        case "--url" -> url = v.replaceAll("/$", "");
        case "--admin-email" -> adminEmail = v;
        case "--admin-password" -> adminPassword = v;
        case "--data" -> data = Path.of(v);
        case "--people" -> people = Integer.parseInt(v);
        case "--departments" -> departments = Integer.parseInt(v);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    if (url == null || adminEmail == null || adminPassword == null || data == null) {
      throw new IllegalArgumentException(
          "--url, --data, --admin-email and --admin-password are required");
    }
    if (departments % (TEAMS_PER_DIVISION + 1) != 0) {
      throw new IllegalArgumentException(
          "--departments must be a multiple of " + (TEAMS_PER_DIVISION + 1));
    }
    new OrgImport().run();
  }

  void run() throws Exception {
    int divisions = departments / (TEAMS_PER_DIVISION + 1);
    int teams = divisions * TEAMS_PER_DIVISION;
    log(
        "target %s: %,d people into %d departments (%d divisions of %d teams)",
        url, people, departments, divisions, TEAMS_PER_DIVISION);
    String adminToken = signInAndMakeToken(adminEmail, adminPassword, null, "org-import");
    Map<?, ?> channel = (Map<?, ?>) call(
        "POST",
        "/api/v1/channels",
        Json.obj("kind", "PUBLIC", "name", "all-hands", "topic", null),
        adminToken,
        null,
        201);
    call(
        "PUT",
        "/api/v1/admin/default-channels",
        Json.obj("channelIds", List.of(channel.get("id"))),
        adminToken,
        null,
        200);

    StringBuilder csv = new StringBuilder("name,email,department,title,employee_no\n");
    for (int i = 0; i < people; i++) {
      int team = i % teams;
      csv.append(String.format(
          Locale.ROOT,
          "员工%05d,p%05d@bench.test,事业部%02d/小组%02d-%d,工程师,E%05d%n",
          i,
          i,
          team / TEAMS_PER_DIVISION,
          team / TEAMS_PER_DIVISION,
          team % TEAMS_PER_DIVISION,
          i));
    }
    // each imported person is in the company's, their division's and their team's channel; the
    // administrator in the company's; everyone, the administrator (its maker) too, in the default
    // channel
    long wantedDepartmentSeats = 3L * people + 1;
    long wantedDefaultSeats = people + 1L;
    UUID defaultChannel = UUID.fromString((String) channel.get("id"));

    try (Connection db = connect()) {
      execute(db, "set log_statement = 'none'");
      Path pgLog = pgLog();
      execute(db, "alter system set log_statement = 'all'");
      execute(db, "select pg_reload_conf()");
      Thread.sleep(500); // the backends read the new setting at their next command; a reload is not
      // synchronous
      long logFrom = Files.size(pgLog);

      long t0 = System.nanoTime();
      String report = importFile(adminToken, csv.toString());
      double answered = secondsSince(t0);
      log("import answered in %.1f s: %s", answered, report);
      double channels = -1;
      long logAtChannels = -1;
      while (channels < 0 && secondsSince(t0) < PATIENCE.toSeconds()) {
        if (departmentChannelsComplete(db, wantedDepartmentSeats)
            && count(
                    db,
                    "select count(*) from chat.channel_member where channel_id = '" + defaultChannel
                        + "'")
                == wantedDefaultSeats) {
          channels = secondsSince(t0);
          logAtChannels = Files.size(pgLog);
          log("department and default channels complete after %.1f s", channels);
        }
        Thread.sleep(100);
      }
      // settled: no listener still to run or running; a failed one waits for a replay, and is
      // counted
      double settled = -1;
      while (settled < 0 && secondsSince(t0) < channels + SETTLE_PATIENCE.toSeconds()) {
        if (count(
                db,
                "select count(*) from shared.event_publication where completion_date is null "
                    + "and coalesce(status, '') <> 'FAILED'")
            == 0) {
          settled = secondsSince(t0);
          log("every listener finished or failed after %.1f s", settled);
        }
        Thread.sleep(100);
      }
      long failed =
          count(db, "select count(*) from shared.event_publication where completion_date is null");
      execute(db, "alter system reset log_statement");
      execute(db, "select pg_reload_conf()");
      if (channels < 0) {
        throw new IllegalStateException("channels not complete after " + PATIENCE);
      }
      Thread.sleep(500);
      long[] toChannels = countStatements(pgLog, logFrom, logAtChannels);
      long[] toSettled = countStatements(pgLog, logFrom, Files.size(pgLog));
      System.out.printf(
          Locale.ROOT,
          "org-import: people=%d departments=%d answered=%.1fs channels=%.1fs settled=%s "
              + "statements=%d transactions=%d statements-settled=%d failed=%d%n",
          people,
          departments,
          answered,
          channels,
          settled < 0 ? "no" : String.format(Locale.ROOT, "%.1fs", settled),
          toChannels[0],
          toChannels[1],
          toSettled[0],
          failed);
    }
  }

  /** Every department has its channel, and department channels hold as many seats as the org says. */
  boolean departmentChannelsComplete(Connection db, long wantedSeats) throws Exception {
    long channels = count(db, "select count(*) from chat.channel where kind = 'DEPARTMENT'");
    long seats = count(
        db,
        "select count(*) from chat.channel_member m join chat.channel c on c.id = m.channel_id "
            + "where c.kind = 'DEPARTMENT'");
    return channels == departments + 1 && seats == wantedSeats;
  }

  String importFile(String token, String csv) throws Exception {
    String boundary = "bench" + UUID.randomUUID();
    byte[] body = ("--" + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"people.csv\"\r\n"
            + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n")
        .getBytes(StandardCharsets.UTF_8);
    HttpRequest request = HttpRequest.newBuilder(
            URI.create(url + "/api/v1/admin/org-import?dryRun=false"))
        .timeout(requestTimeout)
        .header("Authorization", "Bearer " + token)
        .header("Accept", "application/json")
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
    HttpResponse<String> response =
        HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (response.statusCode() != 200) {
      throw new IllegalStateException("import -> " + response.statusCode() + " " + response.body());
    }
    return response.body();
  }

  /** Statements (BEGIN, COMMIT and ROLLBACK apart) and transactions (COMMITs and ROLLBACKs) logged between two offsets. */
  static long[] countStatements(Path pgLog, long from, long to) throws Exception {
    byte[] all = Files.readAllBytes(pgLog);
    int end = (int) Math.min(to, all.length);
    String text = new String(
        all, (int) Math.min(from, end), (int) Math.max(0, end - from), StandardCharsets.UTF_8);
    long statements = 0;
    long transactions = 0;
    for (String line : text.split("\n")) {
      var m = STATEMENT.matcher(line);
      if (!m.find()) {
        continue;
      }
      String sql = m.group(2).strip().toUpperCase(Locale.ROOT);
      if (sql.isEmpty()) {
        continue; // the pool checking a connection is alive
      } else if (sql.equals("COMMIT") || sql.equals("ROLLBACK")) {
        transactions++;
      } else if (!sql.equals("BEGIN")
          && !sql.startsWith("ALTER SYSTEM")
          && !sql.startsWith("SELECT PG_RELOAD_CONF")) {
        statements++;
      }
    }
    return new long[] {statements, transactions};
  }

  static Path pgLog() throws Exception {
    Path pg = data.resolve("pg").toRealPath().getParent();
    Path log = pg.resolve("pg.log");
    if (!Files.exists(log)) {
      throw new IllegalStateException("no PostgreSQL log at " + log);
    }
    return log;
  }

  static Connection connect() throws Exception {
    return database(data);
  }

  static void execute(Connection db, String sql) throws Exception {
    try (Statement s = db.createStatement()) {
      s.execute(sql);
    }
  }

  static long count(Connection db, String sql) throws Exception {
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
