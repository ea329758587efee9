import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Tasks at a team's size (issue #16's benchmark), three figures:
 *
 * <ol>
 *   <li><b>board</b>: a project of --board top-level tasks in four sections, made through the API;
 *       its owner opens the board (GET /task-projects/{id}/tasks) --rounds times after a warm-up,
 *       each call timed from request to the last byte on 127.0.0.1 (the server's time plus a
 *       loopback's);
 *   <li><b>move</b>: --viewers other people who may view the project, each with a real WebSocket
 *       following its stream; the owner moves a card to another column --moves times, one after the
 *       other, and each viewer's socket is timed from the move's request until its
 *       {@code task.upserted} frame for that card arrives;
 *   <li><b>mine</b>: one of the viewers is assigned --mine open tasks across --projects projects;
 *       GET /my-tasks as they would open it (each group's count and first page), timed over
 *       --rounds calls.
 * </ol>
 *
 * Started by bench/tasks.sh; a JDK 22+ runs it from source with the PostgreSQL driver on the class
 * path:
 *
 *   java -cp postgresql.jar bench/Tasks.java --url http://127.0.0.1:8080 --data &lt;data dir&gt;
 *        --admin-email a@b --admin-password … [--board 2000] [--viewers 50] [--mine 5000]
 *        [--projects 100] [--rounds 50] [--moves 40]
 *
 * People are made and signed in through the API (Bench.signedInPeople), since each viewer needs a
 * token for its socket; the tasks are made through the API too (in parallel), so every row is as
 * the services write it; the tables are analysed before measuring.
 */
public class Tasks extends Bench {

  static int board = 2_000;
  static int viewers = 50;
  static int mine = 5_000;
  static int projects = 100;
  static int rounds = 50;
  static int moves = 40;
  static int threads = 8;
  static long seed = 42;

  public static void main(String[] args) throws Exception {
    options(args, true, (name, v) -> {
      switch (name) {
        case "--board" -> board = Integer.parseInt(v);
        case "--viewers" -> viewers = Integer.parseInt(v);
        case "--mine" -> mine = Integer.parseInt(v);
        case "--projects" -> projects = Integer.parseInt(v);
        case "--rounds" -> rounds = Integer.parseInt(v);
        case "--moves" -> moves = Integer.parseInt(v);
        case "--threads" -> threads = Integer.parseInt(v);
        case "--seed" -> seed = Long.parseLong(v);
        default -> throw new IllegalArgumentException("unknown argument " + name);
      }
    });
    new Tasks().run();
  }

  final SplittableRandom random = new SplittableRandom(seed);
  final Map<String, Object> summary = new LinkedHashMap<>();
  String[] tokens;
  String[] ids;
  String project;
  final List<String> sections = new ArrayList<>();
  /** The board's cards by section, in order; the bench moves their first cards around. */
  final List<List<String>> columns = new ArrayList<>();

  void run() throws Exception {
    String adminToken = signInAndMakeToken(adminEmail, adminPassword, null, "tasks-bench");
    String root = rootDepartment(adminToken);
    long t = System.nanoTime();
    ids = new String[viewers + 1];
    tokens = signedInPeople(adminToken, root, viewers + 1, threads, "tasks-bench", ids);
    log("people: %d signed in in %.1f s", viewers + 1, secondsSince(t));
    t = System.nanoTime();
    makeBoard();
    log("board: %d tasks in %d sections made in %.1f s", board, sections.size(), secondsSince(t));
    t = System.nanoTime();
    makeMine();
    log(
        "mine: %d tasks in %d projects for one person made in %.1f s; load average %.1f",
        mine, projects, secondsSince(t), loadAverage());
    analyse();
    openBoard();
    moveCards();
    openMine();
    summary.put("load", String.format(Locale.ROOT, "%.1f", loadAverage()));
    StringBuilder line = new StringBuilder("tasks: board=" + board + " viewers=" + viewers
        + " mine=" + mine + " projects=" + projects);
    summary.forEach((k, v) -> line.append(' ').append(k).append('=').append(v));
    System.out.println(line);
  }

  // ---- set-up -----------------------------------------------------------------------------------
  /** A team project of the owner's (person 0) that the viewers may view, four sections, --board tasks. */
  void makeBoard() throws Exception {
    project = newProject(tokens[0], "看板压测", 1, viewers);
    Map<?, ?> opened =
        (Map<?, ?>) call("GET", "/api/v1/task-projects/" + project, null, tokens[0], null, 200);
    for (Object s : (List<?>) opened.get("sections")) {
      sections.add((String) ((Map<?, ?>) s).get("id"));
    }
    for (int s = sections.size(); s < 4; s++) {
      Map<?, ?> section = (Map<?, ?>) call(
          "POST",
          "/api/v1/task-projects/" + project + "/sections",
          Json.obj("name", "列 " + s),
          tokens[0],
          null,
          201);
      sections.add((String) section.get("id"));
    }
    String[] made = new String[board];
    int[] columnOf = new int[board];
    parallel(board, threads, i -> {
      int column = i % sections.size();
      columnOf[i] = column;
      made[i] = newTask(
          tokens[0],
          project,
          sections.get(column),
          "看板任务 " + i + " 整理第 " + (i % 97) + " 批客户反馈",
          List.of(ids[1 + i % viewers]));
    });
    for (int s = 0; s < sections.size(); s++) {
      columns.add(new ArrayList<>());
    }
    for (int i = 0; i < board; i++) {
      columns.get(columnOf[i]).add(made[i]);
    }
  }

  /** --projects projects of the owner's where person 1 edits, and --mine tasks assigned to person 1 across them. */
  void makeMine() throws Exception {
    String[] own = new String[projects];
    parallel(projects, threads, p -> own[p] = newProject(tokens[0], "项目 " + p, 1, 1));
    String[] firstSection = new String[projects];
    parallel(projects, threads, p -> {
      Map<?, ?> opened =
          (Map<?, ?>) call("GET", "/api/v1/task-projects/" + own[p], null, tokens[0], null, 200);
      List<?> list = (List<?>) opened.get("sections");
      firstSection[p] = list.isEmpty() ? null : (String) ((Map<?, ?>) list.get(0)).get("id");
    });
    parallel(
        mine,
        threads,
        i -> newTask(
            tokens[0],
            own[i % projects],
            firstSection[i % projects],
            "我的任务 " + i,
            List.of(ids[1])));
  }

  /** A team project of the caller's (its manager) in which people {@code from..to} of this run are editors. */
  String newProject(String token, String name, int from, int to) throws Exception {
    List<Object> grants = new ArrayList<>();
    for (int v = from; v <= to; v++) {
      grants.add(Json.obj("kind", "PERSON", "id", ids[v], "role", "EDITOR"));
    }
    Map<?, ?> created = (Map<?, ?>) call(
        "POST",
        "/api/v1/task-projects",
        Json.obj("name", name, "kind", "TEAM", "grants", grants),
        token,
        null,
        201);
    return (String) created.get("id");
  }

  String newTask(String token, String projectId, String sectionId, String title, List<String> to)
      throws Exception {
    Map<String, Object> body = Json.obj(
        "projectId", projectId,
        "title", title,
        "assigneeIds", to,
        "priority", List.of("NONE", "LOW", "MEDIUM", "HIGH", "URGENT").get(title.length() % 5),
        "dueAt",
            java.time.Instant.now()
                .plus(Duration.ofHours(title.hashCode() % 500))
                .toString());
    if (sectionId != null) {
      body.put("sectionId", sectionId);
    }
    return (String) ((Map<?, ?>) call("POST", "/api/v1/tasks", body, token, null, 201)).get("id");
  }

  void analyse() throws Exception {
    try (var db = database(data);
        var statement = db.createStatement()) {
      statement.execute("analyze task.task, task.task_person, task.project, task.section");
    }
  }

  // ---- figures ----------------------------------------------------------------------------------
  void openBoard() throws Exception {
    long[] times = timed(tokens[0], "/api/v1/task-projects/" + project + "/tasks", map -> {
      int cards = ((List<?>) map.get("cards")).size();
      if (cards != board) {
        throw new IllegalStateException("the board shows " + cards + " cards, not " + board);
      }
    });
    summary.put("board-p50", ms(pct(times, 50)) + "ms");
    summary.put("board-p95", ms(pct(times, 95)) + "ms");
  }

  void openMine() throws Exception {
    // as the web client opens it: every group's count and first page, the days in the reader's zone
    long[] times = timed(tokens[1], "/api/v1/my-tasks?role=assignee&zone=Asia/Shanghai", map -> {
      int counted = 0;
      for (Object group : (List<?>) map.get("groups")) {
        counted += ((Number) ((Map<?, ?>) group).get("count")).intValue();
      }
      if (counted < mine) {
        throw new IllegalStateException(
            "My tasks counts " + counted + " tasks, fewer than " + mine);
      }
    });
    summary.put("mine-p50", ms(pct(times, 50)) + "ms");
    summary.put("mine-p95", ms(pct(times, 95)) + "ms");
  }

  interface Check {
    void check(Map<?, ?> answer);
  }

  /** --rounds timed GETs after five untimed ones, sorted; the first answer is checked. */
  long[] timed(String token, String path, Check check) throws Exception {
    for (int i = 0; i < 5; i++) {
      Map<?, ?> answer = (Map<?, ?>) call("GET", path, null, token, null, 200);
      if (i == 0) {
        check.check(answer);
      }
    }
    long[] times = new long[rounds];
    for (int i = 0; i < rounds; i++) {
      long t = System.nanoTime();
      call("GET", path, null, token, null, 200);
      times[i] = System.nanoTime() - t;
    }
    Arrays.sort(times);
    return times;
  }

  /**
   * The viewers' sockets, then --moves moves of a card to the top of the next column, each waited
   * for on every socket (10 s at most) before the next; the latencies of all deliveries.
   */
  void moveCards() throws Exception {
    HttpClient client =
        HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
    CountDownLatch ready = new CountDownLatch(viewers);
    List<Viewer> sockets = new ArrayList<>();
    for (int v = 1; v <= viewers; v++) {
      Viewer viewer = new Viewer(ready);
      sockets.add(viewer);
      viewer.ws = client
          .newWebSocketBuilder()
          .header("Authorization", "Bearer " + tokens[v])
          .buildAsync(URI.create(url.replaceFirst("^http", "ws") + "/api/v1/ws"), viewer)
          .get(30, TimeUnit.SECONDS);
      viewer.ws.sendText("{\"type\":\"resume\",\"cursors\":{}}", true).join();
    }
    if (!ready.await(60, TimeUnit.SECONDS)) {
      throw new IllegalStateException(ready.getCount() + " sockets not ready after 60 s");
    }
    long[] latencies = new long[moves * viewers];
    int n = 0;
    int missed = 0;
    for (int m = 0; m < moves; m++) {
      int from = m % columns.size();
      int to = (from + 1) % columns.size();
      String card =
          columns.get(from).remove(random.nextInt(Math.min(20, columns.get(from).size())));
      List<String> target = columns.get(to);
      Map<String, Object> body = Json.obj("sectionId", sections.get(to));
      if (!target.isEmpty()) {
        body.put("beforeId", target.get(0));
      }
      CountDownLatch arrived = new CountDownLatch(viewers);
      Move move = new Move(card, System.nanoTime(), arrived);
      sockets.forEach(s -> s.expect(move));
      call("POST", "/api/v1/tasks/" + card + "/move", body, tokens[0], null, 200);
      if (!arrived.await(10, TimeUnit.SECONDS)) {
        missed += (int) arrived.getCount();
      }
      target.add(0, card);
      for (Viewer s : sockets) {
        Long at = s.arrivals.remove(card);
        if (at != null) {
          latencies[n++] = at - move.sentAt;
        }
      }
    }
    sockets.forEach(s -> s.ws.sendClose(WebSocket.NORMAL_CLOSURE, "done"));
    long[] got = Arrays.copyOf(latencies, n);
    Arrays.sort(got);
    summary.put("move-p50", ms(pct(got, 50)) + "ms");
    summary.put("move-p99", ms(pct(got, 99)) + "ms");
    summary.put("move-missed", missed);
    if (missed > 0) {
      throw new IllegalStateException(missed + " deliveries of a move did not arrive within 10 s");
    }
  }

  record Move(String card, long sentAt, CountDownLatch arrived) {}

  /** One viewer's socket: notes when a {@code task.upserted} of the expected card arrives. */
  static final class Viewer implements WebSocket.Listener {
    final CountDownLatch ready;
    final Map<String, Long> arrivals = new ConcurrentHashMap<>();
    final StringBuilder partial = new StringBuilder();
    final AtomicInteger readyFrames = new AtomicInteger();
    volatile WebSocket ws;
    volatile Move expected;

    Viewer(CountDownLatch ready) {
      this.ready = ready;
    }

    void expect(Move move) {
      expected = move;
    }

    @Override
    public void onOpen(WebSocket socket) {
      socket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence text, boolean last) {
      long now = System.nanoTime();
      partial.append(text);
      if (last) {
        String frame = partial.toString();
        partial.setLength(0);
        if (frame.contains("\"type\":\"ready\"") && readyFrames.getAndIncrement() == 0) {
          ready.countDown();
        }
        Move move = expected;
        if (move != null
            && frame.contains("task.upserted")
            && frame.contains(move.card())
            && arrivals.putIfAbsent(move.card(), now) == null) {
          move.arrived().countDown();
        }
      }
      socket.request(1);
      return CompletableFuture.completedFuture(null);
    }
  }
}
