import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * What the load generators in this directory share (ChatLoad, SearchLoad extend it): JSON calls to
 * Atrium's API, signing in to a personal token, parallel provisioning, figures and the log, process
 * CPU from /proc, and a minimal JSON reader and writer, so that a generator needs nothing but the
 * JDK. JDK 22+'s source launcher compiles this file when `java bench/ChatLoad.java` first needs it.
 */
abstract class Bench {

  /** The server, e.g. http://127.0.0.1:8080, set by the generator's arguments. */
  static String url;

  static Duration requestTimeout = Duration.ofSeconds(60);
  static final HttpClient HTTP = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10))
      .build();
  static final long T_ORIGIN = System.nanoTime();

  /** The administrator's sign-in and the server's data directory, when {@link #options} read them. */
  static String adminEmail;

  static String adminPassword;
  static Path data;

  interface Option {
    void read(String name, String value);
  }

  /**
   * Reads a generator's {@code --name value} arguments: --url, --admin-email, --admin-password and
   * --data into the fields above, every other one to {@code own} (which throws on a name it does not
   * know); then requires the first three, and --data when {@code needsData}.
   */
  static void options(String[] args, boolean needsData, Option own) {
    for (int i = 0; i + 1 < args.length; i += 2) {
      String v = args[i + 1];
      switch (args[i]) {
        case "--url" -> url = v.replaceAll("/$", "");
        case "--admin-email" -> adminEmail = v;
        case "--admin-password" -> adminPassword = v;
        case "--data" -> data = Path.of(v);
        default -> own.read(args[i], v);
      }
    }
    if (url == null || adminEmail == null || adminPassword == null || (needsData && data == null)) {
      throw new IllegalArgumentException("--url, --admin-email and --admin-password are required"
          + (needsData ? ", and --data" : ""));
    }
  }

  // ---- HTTP -------------------------------------------------------------------------------------
  /**
   * One JSON request. With a bearer token no CSRF is needed; with a cookie jar the session and the
   * XSRF-TOKEN cookie are kept and echoed as a browser does. expect: a status, -1 any 2xx, -2 200/201.
   */
  static Object call(
      String method, String path, Object body, String bearer, Map<String, String> jar, int expect)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + path))
        .timeout(requestTimeout)
        .header("Accept", "application/json")
        .method(
            method,
            body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(Json.write(body)));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    if (jar != null) {
      if (!jar.isEmpty()) {
        request.header(
            "Cookie",
            String.join(
                "; ",
                jar.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue())
                    .toList()));
      }
      if (!method.equals("GET") && jar.containsKey("XSRF-TOKEN")) {
        request.header("X-XSRF-TOKEN", jar.get("XSRF-TOKEN"));
      }
    }
    HttpResponse<String> response =
        HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (jar != null) {
      for (String cookie : response.headers().allValues("set-cookie")) {
        String pair = cookie.split(";", 2)[0];
        int eq = pair.indexOf('=');
        if (eq > 0) {
          if (pair.length() == eq + 1) {
            jar.remove(pair.substring(0, eq));
          } else {
            jar.put(pair.substring(0, eq), pair.substring(eq + 1));
          }
        }
      }
    }
    int s = response.statusCode();
    boolean ok = expect == -1 ? s / 100 == 2 : expect == -2 ? (s == 200 || s == 201) : s == expect;
    if (!ok) {
      throw new IllegalStateException(method + " " + path + " -> " + s + " " + response.body());
    }
    return response.body().isBlank() ? null : Json.parse(response.body());
  }

  /**
   * Signs in as a browser does (CSRF cookie, session), changes the password when asked to (a
   * person's first sign-in), and makes a personal token with every scope, named after the generator.
   */
  static String signInAndMakeToken(
      String email, String password, String newPassword, String tokenName) throws Exception {
    Map<String, String> jar = new HashMap<>();
    call("GET", "/api/v1/auth/csrf", null, null, jar, -1);
    call(
        "POST",
        "/api/v1/auth/sign-in",
        Json.obj("login", email, "password", password),
        null,
        jar,
        200);
    if (newPassword != null) {
      call(
          "PUT",
          "/api/v1/me/password",
          Json.obj("currentPassword", password, "newPassword", newPassword),
          null,
          jar,
          204);
    }
    Map<?, ?> created = (Map<?, ?>) call(
        "POST",
        "/api/v1/me/tokens",
        Json.obj(
            "name", tokenName, "scopes", List.of("read", "write", "admin"), "expiresInDays", 1),
        null,
        jar,
        201);
    return (String) created.get("secret");
  }

  static String rootDepartment(String adminToken) throws Exception {
    for (Object d : (List<?>) call("GET", "/api/v1/departments", null, adminToken, null, 200)) {
      Map<?, ?> department = (Map<?, ?>) d;
      if (department.get("parentId") == null) {
        return (String) department.get("id");
      }
    }
    throw new IllegalStateException("no root department");
  }

  /**
   * {@code count} people in {@code departmentId} who can sign in, each with a personal token named
   * {@code tokenName}: created by the administrator, given a temporary password, signed in once (which
   * sets their own). Fills {@code ids} (when not null) with their person ids; answers their tokens.
   */
  static String[] signedInPeople(
      String adminToken,
      String departmentId,
      int count,
      int threads,
      String tokenName,
      String[] ids)
      throws Exception {
    String[] tokens = new String[count];
    String run = java.util.UUID.randomUUID().toString().substring(0, 8);
    AtomicInteger done = new AtomicInteger();
    parallel(count, threads, i -> {
      String email = tokenName + "-" + i + "-" + run + "@bench.test";
      Map<?, ?> person = (Map<?, ?>) call(
          "POST",
          "/api/v1/people",
          Json.obj(
              "name",
              "Load " + i,
              "email",
              email,
              "primaryDepartmentId",
              departmentId,
              "guest",
              false),
          adminToken,
          null,
          201);
      String id = (String) person.get("id");
      if (ids != null) {
        ids[i] = id;
      }
      Map<?, ?> reset = (Map<?, ?>)
          call("POST", "/api/v1/people/" + id + "/reset-password", null, adminToken, null, 200);
      tokens[i] = signInAndMakeToken(
          email,
          (String) reset.get("temporaryPassword"),
          "Bench-password-" + run + "-" + i,
          tokenName);
      int n = done.incrementAndGet();
      if (n % 250 == 0) {
        log("  %d people", n);
      }
    });
    return tokens;
  }

  // ---- the database -----------------------------------------------------------------------------
  /**
   * A connection to the embedded PostgreSQL of the Atrium running on data directory {@code data}
   * (its password from atrium.yml, its port from postmaster.pid), for loading rows straight into the
   * tables; inserts are batched into multi-row statements.
   */
  static java.sql.Connection database(Path data) throws Exception {
    String password = null;
    for (String line : Files.readAllLines(data.resolve("atrium.yml"))) {
      if (line.trim().startsWith("database-password:")) {
        password = line.substring(line.indexOf(':') + 1).trim().replace("\"", "");
      }
    }
    String port = Files.readAllLines(data.resolve("pg/postmaster.pid")).get(3).trim();
    java.util.Properties p = new java.util.Properties();
    p.setProperty("user", "atrium");
    p.setProperty("password", password);
    p.setProperty("reWriteBatchedInserts", "true");
    return java.sql.DriverManager.getConnection(
        "jdbc:postgresql://127.0.0.1:" + port + "/atrium", p);
  }

  interface Task {
    void run(int i) throws Exception;
  }

  /** Runs task(0..n-1) on `threads` workers; the first failure fails the run. */
  static void parallel(int n, int threads, Task task) throws Exception {
    AtomicInteger next = new AtomicInteger();
    List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int t = 0; t < threads; t++) {
        pool.execute(() -> {
          for (int i = next.getAndIncrement();
              i < n && failures.isEmpty();
              i = next.getAndIncrement()) {
            try {
              task.run(i);
            } catch (Throwable e) {
              failures.add(e);
            }
          }
        });
      }
    }
    if (!failures.isEmpty()) {
      throw new IllegalStateException(
          "provisioning failed: " + failures.get(0).getMessage(), failures.get(0));
    }
  }

  // ---- processes --------------------------------------------------------------------------------
  /**
   * CPU time in clock ticks (1/100 s) a process has used so far; with its children, also theirs,
   * exited ones included (their time is added to the parent's cutime/cstime when it reaps them): for
   * the embedded PostgreSQL, the postmaster and every backend. -1 when the process is gone or unknown.
   */
  static long cpuTicks(long pid, boolean withChildren) {
    if (pid < 0) {
      return -1;
    }
    long[] own = stat(Path.of("/proc/" + pid + "/stat"));
    if (own == null) {
      return -1;
    }
    if (!withChildren) {
      return own[1] + own[2];
    }
    long ticks = own[1] + own[2] + own[3] + own[4];
    try (Stream<Path> all = Files.list(Path.of("/proc"))) {
      for (Path p : (Iterable<Path>) all::iterator) {
        if (p.getFileName().toString().chars().allMatch(Character::isDigit)) {
          long[] child = stat(p.resolve("stat"));
          if (child != null && child[0] == pid) {
            ticks += child[1] + child[2] + child[3] + child[4];
          }
        }
      }
    } catch (IOException e) {
      return -1;
    }
    return ticks;
  }

  /** {ppid, utime, stime, cutime, cstime} of /proc/<pid>/stat, or null. */
  private static long[] stat(Path file) {
    try {
      String stat = Files.readString(file);
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return new long[] {
        Long.parseLong(f[1]),
        Long.parseLong(f[11]),
        Long.parseLong(f[12]),
        Long.parseLong(f[13]),
        Long.parseLong(f[14])
      };
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** The machine's load average over the last minute, from /proc/loadavg; -1 when unknown. */
  static double loadAverage() {
    try {
      return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  // ---- figures ----------------------------------------------------------------------------------
  static long pct(long[] sorted, double p) {
    if (sorted.length == 0) {
      return -1;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1; // nearest-rank
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
  }

  static String ms(long nanos) {
    return nanos < 0 ? "n/a" : String.format(Locale.ROOT, "%.1f", nanos / 1e6);
  }

  static String mb(long bytes) {
    return bytes < 0 ? "n/a" : String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
  }

  static double secondsSince(long t) {
    return (System.nanoTime() - t) / 1e9;
  }

  static void log(String format, Object... args) {
    System.out.printf(
        Locale.ROOT,
        "[%6.1f s] " + format + "%n",
        Stream.concat(Stream.of(secondsSince(T_ORIGIN)), Arrays.stream(args)).toArray());
  }

  // ---- a minimal JSON reader and writer (no dependencies) ---------------------------------------
  static final class Json {
    private final String s;
    private int i;

    private Json(String s) {
      this.s = s;
    }

    static Map<String, Object> obj(Object... keyValues) {
      Map<String, Object> m = new LinkedHashMap<>();
      for (int k = 0; k < keyValues.length; k += 2) {
        m.put((String) keyValues[k], keyValues[k + 1]);
      }
      return m;
    }

    static Object parse(String text) {
      Json p = new Json(text);
      Object v = p.value();
      p.ws();
      if (p.i != text.length()) {
        throw new IllegalArgumentException("trailing text at " + p.i);
      }
      return v;
    }

    private void ws() {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
    }

    private Object value() {
      ws();
      char c = s.charAt(i);
      switch (c) {
        case '{' -> {
          i++;
          Map<String, Object> m = new LinkedHashMap<>();
          ws();
          if (s.charAt(i) == '}') {
            i++;
            return m;
          }
          while (true) {
            ws();
            String key = string();
            ws();
            expect(':');
            m.put(key, value());
            ws();
            if (s.charAt(i) == ',') {
              i++;
            } else {
              expect('}');
              return m;
            }
          }
        }
        case '[' -> {
          i++;
          List<Object> l = new ArrayList<>();
          ws();
          if (s.charAt(i) == ']') {
            i++;
            return l;
          }
          while (true) {
            l.add(value());
            ws();
            if (s.charAt(i) == ',') {
              i++;
            } else {
              expect(']');
              return l;
            }
          }
        }
        case '"' -> {
          return string();
        }
        case 't' -> {
          i += 4;
          return Boolean.TRUE;
        }
        case 'f' -> {
          i += 5;
          return Boolean.FALSE;
        }
        case 'n' -> {
          i += 4;
          return null;
        }
        default -> {
          int start = i;
          while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
            i++;
          }
          String n = s.substring(start, i);
          return n.contains(".") || n.contains("e") || n.contains("E")
              ? (Object) Double.parseDouble(n)
              : (Object) Long.parseLong(n);
        }
      }
    }

    private void expect(char c) {
      if (s.charAt(i) != c) {
        throw new IllegalArgumentException("expected " + c + " at " + i);
      }
      i++;
    }

    private String string() {
      expect('"');
      StringBuilder out = new StringBuilder();
      while (true) {
        char c = s.charAt(i++);
        if (c == '"') {
          return out.toString();
        }
        if (c == '\\') {
          char e = s.charAt(i++);
          switch (e) {
            case 'n' -> out.append('\n');
            case 't' -> out.append('\t');
            case 'r' -> out.append('\r');
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'u' -> {
              out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
              i += 4;
            }
            default -> out.append(e);
          }
        } else {
          out.append(c);
        }
      }
    }

    static String write(Object v) {
      StringBuilder out = new StringBuilder();
      write(v, out);
      return out.toString();
    }

    private static void write(Object v, StringBuilder out) {
      if (v == null) {
        out.append("null");
      } else if (v instanceof String str) {
        out.append('"');
        for (char c : str.toCharArray()) {
          if (c == '"' || c == '\\') {
            out.append('\\').append(c);
          } else if (c == '\n') {
            out.append("\\n");
          } else if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
        out.append('"');
      } else if (v instanceof Map<?, ?> m) {
        out.append('{');
        boolean first = true;
        for (var e : m.entrySet()) {
          if (!first) {
            out.append(',');
          }
          first = false;
          write(String.valueOf(e.getKey()), out);
          out.append(':');
          write(e.getValue(), out);
        }
        out.append('}');
      } else if (v instanceof List<?> l) {
        out.append('[');
        for (int k = 0; k < l.size(); k++) {
          if (k > 0) {
            out.append(',');
          }
          write(l.get(k), out);
        }
        out.append(']');
      } else {
        out.append(v);
      }
    }
  }
}
