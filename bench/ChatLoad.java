import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Messaging load generator for a running Atrium: provisions people, channels and one WebSocket per
 * person through the public API (not timed), then posts at a fixed rate (open loop: a message's
 * clock starts at its scheduled send time) and checks that every member's socket receives every
 * message exactly once. Started by bench/chat-load.sh; a JDK 21+ runs it straight from source:
 *
 *   java bench/ChatLoad.java --url http://127.0.0.1:8080 --admin-email a@b --admin-password … \
 *        [--users 1000] [--channels 52] [--rate 100] [--seconds 60] [--pid <server pid>] …
 *
 * `--rate 100,300,1000` runs one step per rate on the same people, channels and sockets, each
 * with its own warm-up, measurement and summary line; the exit status covers all steps.
 *
 * Channel layout: `--large` channels (default 2) of `--large-size` members (default 200), the rest of
 * `--small-size` members (default 20); members are laid out round-robin over the people, so every
 * person is in about the same number of channels. Each post goes to a uniformly random channel, from
 * a random member of it; the body carries the send time. No dependencies beyond the JDK.
 */
public class ChatLoad {

  // ---- arguments --------------------------------------------------------------------------------
  static String url;
  static String adminEmail;
  static String adminPassword;
  static int users = 20;
  static int channels = 4;
  static double rate = 20;
  static double[] rates = {20};
  static int seconds = 5;
  static int warmup = 0;
  static int grace = 10;
  static int large = 2;
  static int largeSize = 200;
  static int smallSize = 20;
  static int provisionThreads = 4;
  /**
   * Posts in flight at once. Kept below half of Atrium's connection pool (atrium.db.pool-size, 20):
   * at 20 concurrent posts the server deadlocks on its pool (each post's after-commit push asks for
   * a second connection through Spring Modulith's publication registry); see BENCHMARKS.md.
   */
  static int inFlight = 8;
  static long pid = -1;

  static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();
  static final long T_ORIGIN = System.nanoTime();

  public static void main(String[] args) throws Exception {
    for (int i = 0; i < args.length; i += 2) {
      String v = args[i + 1];
      switch (args[i]) {
        case "--url" -> url = v.replaceAll("/$", "");
        case "--admin-email" -> adminEmail = v;
        case "--admin-password" -> adminPassword = v;
        case "--users" -> users = Integer.parseInt(v);
        case "--channels" -> channels = Integer.parseInt(v);
        case "--rate" -> rates = Arrays.stream(v.split(",")).mapToDouble(Double::parseDouble).toArray();
        case "--seconds" -> seconds = Integer.parseInt(v);
        case "--warmup" -> warmup = Integer.parseInt(v);
        case "--grace" -> grace = Integer.parseInt(v);
        case "--large" -> large = Integer.parseInt(v);
        case "--large-size" -> largeSize = Integer.parseInt(v);
        case "--small-size" -> smallSize = Integer.parseInt(v);
        case "--provision-threads" -> provisionThreads = Integer.parseInt(v);
        case "--in-flight" -> inFlight = Integer.parseInt(v);
        case "--pid" -> pid = Long.parseLong(v);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    if (url == null || adminEmail == null || adminPassword == null) {
      throw new IllegalArgumentException("--url, --admin-email and --admin-password are required");
    }
    new ChatLoad().run();
  }

  // ---- state ------------------------------------------------------------------------------------
  String adminToken;
  String[] tokens;
  int[][] members; // channel index -> person indexes
  String[] channelIds;
  final Map<String, Integer> channelIndex = new ConcurrentHashMap<>();
  Receiver[] receivers;
  final ConcurrentLinkedQueue<long[]> posted = new ConcurrentLinkedQueue<>(); // {channel, seq}
  final AtomicLong expected = new AtomicLong();
  final AtomicLong received = new AtomicLong();
  final AtomicLong duplicated = new AtomicLong();
  final AtomicLong outOfOrder = new AtomicLong();
  final AtomicLong postErrors = new AtomicLong();
  final AtomicLong lastDelivery = new AtomicLong();
  final AtomicInteger closedSockets = new AtomicInteger();
  volatile long measureFrom = Long.MAX_VALUE;
  final List<String> firstErrors = java.util.Collections.synchronizedList(new ArrayList<>());

  void run() throws Exception {
    log("target %s: %d people, %d channels (%d of ~%d, the rest of ~%d), %s posts/s for %d s (+%d s warm-up)",
        url, users, channels, Math.min(large, channels), Math.min(largeSize, users), Math.min(smallSize, users), Arrays.toString(rates), seconds, warmup);
    long t = System.nanoTime();
    adminToken = signInAndMakeToken(adminEmail, adminPassword, null);
    String root = rootDepartment();
    provisionPeople(root);
    double provisionS = secondsSince(t);
    log("provisioned %d people (create, reset password, sign in, change password, token) in %.1f s", users, provisionS);

    t = System.nanoTime();
    provisionChannels();
    log("provisioned %d channels, %d memberships in %.1f s", channels, Arrays.stream(members).mapToInt(m -> m.length).sum(), secondsSince(t));

    t = System.nanoTime();
    openSockets();
    log("%d sockets open and ready in %.1f s", users, secondsSince(t));
    Thread.sleep(2000);
    long idleHeap = heapUsed();
    long idleRss = rss();
    log("idle with %d sockets: heap used %s, RSS %s", users, mb(idleHeap), mb(idleRss));
    long live = liveHeap();
    if (live >= 0) {
      log("idle with %d sockets: live heap after a full GC %s (%.1f KB per connected person)", users, mb(live), live / 1024.0 / users);
    }

    boolean ok = true;
    for (double r : rates) {
      rate = r;
      ok &= step(idleHeap, idleRss, provisionS);
    }
    System.exit(ok ? 0 : 1);
  }

  /** One rate: post, wait for the deliveries, report; true if nothing was lost, duplicated or failed. */
  boolean step(long idleHeap, long idleRss, double provisionS) throws Exception {
    posted.clear();
    expected.set(0);
    received.set(0);
    duplicated.set(0);
    outOfOrder.set(0);
    postErrors.set(0);
    closedSockets.set(0);
    for (Receiver r : receivers) {
      r.resetLatencies();
    }
    long[] cpu0 = serverCpuTicks();
    long self0 = selfCpuNanos();
    long wall0 = System.nanoTime();
    HeapSampler sampler = new HeapSampler();
    sampler.start();
    int sent = post();
    long postEnd = System.nanoTime();
    // Wait for the stragglers: every expected delivery, or the grace period.
    long deadline = System.nanoTime() + grace * 1_000_000_000L;
    while (received.get() < expected.get() && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    long[] cpu1 = serverCpuTicks();
    long self1 = selfCpuNanos();
    double wall = (System.nanoTime() - wall0) / 1e9;
    sampler.stop = true;
    sampler.join();
    Thread.sleep(200);
    return report(sent, (postEnd - wall0) / 1e9, wall, cpu0, cpu1, self1 - self0, idleHeap, idleRss, sampler, provisionS);
  }

  // ---- provisioning -----------------------------------------------------------------------------
  String signInAndMakeToken(String email, String password, String newPassword) throws Exception {
    Map<String, String> jar = new HashMap<>();
    call("GET", "/api/v1/auth/csrf", null, null, jar, -1);
    call("POST", "/api/v1/auth/sign-in", Json.obj("login", email, "password", password), null, jar, 200);
    if (newPassword != null) {
      call("PUT", "/api/v1/me/password", Json.obj("currentPassword", password, "newPassword", newPassword), null, jar, 204);
    }
    Map<?, ?> created = (Map<?, ?>) call("POST", "/api/v1/me/tokens",
        Json.obj("name", "chat-load", "scopes", List.of("read", "write", "admin"), "expiresInDays", 1), null, jar, 201);
    return (String) created.get("secret");
  }

  String rootDepartment() throws Exception {
    for (Object d : (List<?>) call("GET", "/api/v1/departments", null, adminToken, null, 200)) {
      Map<?, ?> department = (Map<?, ?>) d;
      if (department.get("parentId") == null) {
        return (String) department.get("id");
      }
    }
    throw new IllegalStateException("no root department");
  }

  void provisionPeople(String root) throws Exception {
    tokens = new String[users];
    String run = UUID.randomUUID().toString().substring(0, 8);
    AtomicInteger done = new AtomicInteger();
    parallel(users, provisionThreads, i -> {
      String email = "load-" + i + "-" + run + "@bench.test";
      Map<?, ?> person = (Map<?, ?>) call("POST", "/api/v1/people",
          Json.obj("name", "Load " + i, "email", email, "primaryDepartmentId", root, "guest", false), adminToken, null, 201);
      String id = (String) person.get("id");
      Map<?, ?> reset = (Map<?, ?>) call("POST", "/api/v1/people/" + id + "/reset-password", null, adminToken, null, 200);
      tokens[i] = signInAndMakeToken(email, (String) reset.get("temporaryPassword"), "Bench-password-" + run + "-" + i);
      int n = done.incrementAndGet();
      if (n % 250 == 0) {
        log("  %d people", n);
      }
    });
  }

  void provisionChannels() throws Exception {
    int bigOnes = Math.min(large, channels);
    members = new int[channels][];
    channelIds = new String[channels];
    for (int c = 0; c < channels; c++) {
      boolean big = c < bigOnes;
      int size = Math.min(big ? largeSize : smallSize, users);
      // Large channels start at spread-out offsets, small ones tile the people in order.
      int start = big ? (int) ((long) c * users / Math.max(1, bigOnes)) : (c - bigOnes) * size;
      int[] m = new int[size];
      for (int k = 0; k < size; k++) {
        m[k] = (start + k) % users;
      }
      members[c] = m;
    }
    String run = UUID.randomUUID().toString().substring(0, 8);
    parallel(channels, provisionThreads * 2, c -> {
      Map<?, ?> channel = (Map<?, ?>) call("POST", "/api/v1/channels",
          Json.obj("name", "load-" + c + "-" + run, "kind", "PUBLIC"), tokens[members[c][0]], null, 201);
      channelIds[c] = (String) channel.get("id");
      channelIndex.put(channelIds[c], c);
    });
    List<int[]> joins = new ArrayList<>();
    for (int c = 0; c < channels; c++) {
      for (int k = 1; k < members[c].length; k++) {
        joins.add(new int[] {c, members[c][k]});
      }
    }
    parallel(joins.size(), provisionThreads * 4, j -> {
      int[] join = joins.get(j);
      call("POST", "/api/v1/channels/" + channelIds[join[0]] + "/join", null, tokens[join[1]], null, -1);
    });
  }

  // ---- sockets ----------------------------------------------------------------------------------
  void openSockets() throws Exception {
    receivers = new Receiver[users];
    // Several clients, so one client-side selector thread does not become the bottleneck.
    HttpClient[] clients = new HttpClient[Math.max(2, Runtime.getRuntime().availableProcessors() * 2)];
    for (int i = 0; i < clients.length; i++) {
      clients[i] = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
    }
    CountDownLatch ready = new CountDownLatch(users);
    Semaphore connecting = new Semaphore(64);
    for (int i = 0; i < users; i++) {
      Receiver r = new Receiver(ready);
      receivers[i] = r;
      connecting.acquire();
      int person = i;
      clients[i % clients.length].newWebSocketBuilder().header("Authorization", "Bearer " + tokens[i])
          .connectTimeout(Duration.ofSeconds(30))
          .buildAsync(URI.create(url.replaceFirst("^http", "ws") + "/api/v1/ws"), r)
          .whenComplete((ws, e) -> {
            connecting.release();
            if (e != null) {
              error("socket " + person + ": " + e);
              ready.countDown();
            } else {
              ws.sendText("{\"type\":\"resume\",\"cursors\":{}}", true);
            }
          });
    }
    if (!ready.await(300, TimeUnit.SECONDS)) {
      throw new IllegalStateException(ready.getCount() + " sockets not ready after 300 s");
    }
  }

  /** One person's socket: counts each message.posted of this run once per (channel, seq). */
  final class Receiver implements WebSocket.Listener {
    final CountDownLatch ready;
    final StringBuilder partial = new StringBuilder();
    final Map<Integer, BitSet> seen = new HashMap<>();
    final Map<Integer, Long> lastSeq = new HashMap<>();
    long[] latencies = new long[256];
    int latencyCount;
    boolean isReady;

    Receiver(CountDownLatch ready) {
      this.ready = ready;
    }

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        String text = partial.toString();
        partial.setLength(0);
        long now = System.nanoTime();
        try {
          frame(text, now);
        } catch (RuntimeException e) {
          error("frame " + text + ": " + e);
        }
      }
      ws.request(1);
      return null;
    }

    synchronized void frame(String text, long now) {
      Map<?, ?> f = (Map<?, ?>) Json.parse(text);
      Object type = f.get("type");
      if ("ready".equals(type)) {
        if (!isReady) {
          isReady = true;
          ready.countDown();
        }
        return;
      }
      if (!"event".equals(type) || !"message.posted".equals(f.get("kind"))) {
        return;
      }
      Map<?, ?> payload = (Map<?, ?>) f.get("payload");
      String body = payload == null ? null : (String) payload.get("body");
      Integer c = channelIndex.get((String) f.get("channelId"));
      if (c == null || body == null || !body.startsWith("bench t=")) {
        return;
      }
      long seq = ((Number) f.get("seq")).longValue();
      BitSet bits = seen.computeIfAbsent(c, k -> new BitSet());
      if (bits.get((int) seq)) {
        duplicated.incrementAndGet();
        return;
      }
      bits.set((int) seq);
      Long previous = lastSeq.put(c, seq);
      if (previous != null && previous > seq) {
        outOfOrder.incrementAndGet();
      }
      received.incrementAndGet();
      lastDelivery.accumulateAndGet(now, Math::max);
      long sentAt = Long.parseLong(body.substring(8, body.indexOf(' ', 8)));
      if (sentAt >= measureFrom) {
        if (latencyCount == latencies.length) {
          latencies = Arrays.copyOf(latencies, latencyCount * 2);
        }
        latencies[latencyCount++] = now - (T_ORIGIN + sentAt);
      }
    }

    synchronized void resetLatencies() {
      latencyCount = 0;
    }

    synchronized boolean saw(int c, long seq) {
      BitSet bits = seen.get(c);
      return bits != null && bits.get((int) seq);
    }

    @Override
    public CompletionStage<?> onClose(WebSocket ws, int code, String reason) {
      closedSockets.incrementAndGet();
      error("socket closed " + code + " " + reason);
      return null;
    }

    @Override
    public void onError(WebSocket ws, Throwable error) {
      error("socket error " + error);
    }
  }

  // ---- posting ----------------------------------------------------------------------------------
  int post() throws Exception {
    int total = (int) Math.round(rate * (warmup + seconds));
    long interval = (long) (1e9 / rate);
    Semaphore slots = new Semaphore(inFlight);
    AtomicInteger pending = new AtomicInteger();
    long start = System.nanoTime();
    measureFrom = start - T_ORIGIN + warmup * 1_000_000_000L;
    try (ExecutorService posters = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < total; i++) {
        long at = start + i * interval;
        long wait = at - System.nanoTime();
        if (wait > 0) {
          LockSupport.parkNanos(wait);
        }
        int c = ThreadLocalRandom.current().nextInt(channels);
        int author = members[c][ThreadLocalRandom.current().nextInt(members[c].length)];
        slots.acquire();
        pending.incrementAndGet();
        int n = i;
        posters.execute(() -> {
          try {
            postOne(c, author, at, n);
          } finally {
            slots.release();
            pending.decrementAndGet();
          }
        });
      }
    }
    return total;
  }

  void postOne(int c, int author, long at, int n) {
    String clientMessageId = UUID.randomUUID().toString();
    Object body = Json.obj("clientMessageId", clientMessageId, "body", "bench t=" + (at - T_ORIGIN) + " n=" + n);
    for (int attempt = 1; attempt <= 3; attempt++) {
      try {
        Map<?, ?> message = (Map<?, ?>) call("POST", "/api/v1/channels/" + channelIds[c] + "/messages", body, tokens[author], null, -2);
        long seq = ((Number) message.get("seq")).longValue();
        posted.add(new long[] {c, seq});
        expected.addAndGet(members[c].length);
        return;
      } catch (Exception e) {
        // The same clientMessageId: a retry never makes a duplicate.
        if (attempt == 3) {
          postErrors.incrementAndGet();
          error("post: " + e);
        }
      }
    }
  }

  // ---- the figures ------------------------------------------------------------------------------
  boolean report(int sent, double postS, double wallS, long[] cpu0, long[] cpu1, long selfCpu, long idleHeap, long idleRss,
              HeapSampler sampler, double provisionS) throws Exception {
    long lost = 0;
    for (long[] p : posted) {
      for (int m : members[(int) p[0]]) {
        if (!receivers[m].saw((int) p[0], p[1])) {
          lost++;
        }
      }
    }
    int count = 0;
    for (Receiver r : receivers) {
      count += r.latencyCount;
    }
    long[] all = new long[count];
    int at = 0;
    for (Receiver r : receivers) {
      System.arraycopy(r.latencies, 0, all, at, r.latencyCount);
      at += r.latencyCount;
    }
    Arrays.sort(all);
    double deliveryWindow = Math.max(1e-3, (lastDelivery.get() - (measureFrom + T_ORIGIN - warmup * 1_000_000_000L)) / 1e9);
    double deliveredPerS = received.get() / deliveryWindow;
    double serverCpu = cpu0 == null ? -1 : 100.0 * (cpu1[0] - cpu0[0]) / cpu1[1] / wallS;
    long finalHeap = heapUsed();
    long finalRss = rss();
    log("step at %.0f posts/s:", rate);
    log("posted %d of %d in %.1f s (%.0f/s achieved), %d post errors; %d deliveries expected, %d received, %d out of order, %d sockets closed",
        posted.size(), sent, postS, posted.size() / postS, postErrors.get(), expected.get(), received.get(), outOfOrder.get(), closedSockets.get());
    log("latency (post scheduled -> frame read, %d samples): p50 %s p90 %s p99 %s p99.9 %s max %s ms", all.length,
        ms(pct(all, 50)), ms(pct(all, 90)), ms(pct(all, 99)), ms(pct(all, 99.9)), ms(all.length == 0 ? -1 : all[all.length - 1]));
    log("server: heap used idle %s, max sampled %s, end %s (committed %s); RSS idle %s, max %s; CPU %.0f%% of one core over %.1f s; generator CPU %.0f%%",
        mb(idleHeap), mb(sampler.maxHeap), mb(finalHeap), mb(sampler.committed), mb(idleRss), mb(Math.max(sampler.maxRss, finalRss)),
        serverCpu, wallS, 100.0 * selfCpu / 1e9 / wallS);
    if (!firstErrors.isEmpty()) {
      log("first errors: %s", firstErrors.subList(0, Math.min(5, firstErrors.size())));
    }
    System.out.printf(Locale.ROOT, "chat-load: users=%d channels=%d rate=%.0f seconds=%d p50=%sms p99=%sms max=%sms delivered/s=%.0f "
            + "lost=%d duplicated=%d heap=%sMB rss=%sMB cpu=%.0f%% provision=%.0fs%n",
        users, channels, rate, seconds, ms(pct(all, 50)), ms(pct(all, 99)), ms(all.length == 0 ? -1 : all[all.length - 1]),
        deliveredPerS, lost, duplicated.get(), mbNum(sampler.maxHeap), mbNum(Math.max(sampler.maxRss, finalRss)), serverCpu, provisionS);
    return lost == 0 && duplicated.get() == 0 && postErrors.get() == 0 && posted.size() == sent;
  }

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
    return bytes < 0 ? "n/a" : mbNum(bytes) + " MB";
  }

  static String mbNum(long bytes) {
    return bytes < 0 ? "n/a" : Long.toString(bytes >> 20);
  }

  /** Samples the server's heap (Prometheus endpoint, admin token) and RSS every two seconds. */
  final class HeapSampler extends Thread {
    volatile boolean stop;
    volatile long maxHeap = -1;
    volatile long maxRss = -1;
    volatile long committed = -1;

    HeapSampler() {
      setDaemon(true);
    }

    @Override
    public void run() {
      while (!stop) {
        maxHeap = Math.max(maxHeap, heapUsed());
        maxRss = Math.max(maxRss, rss());
        committed = Math.max(committed, heapMetric("jvm_memory_committed_bytes"));
        try {
          Thread.sleep(2000);
        } catch (InterruptedException e) {
          return;
        }
      }
    }
  }

  long heapUsed() {
    return heapMetric("jvm_memory_used_bytes");
  }

  /** Heap in use right after a full GC of the server (jcmd GC.run): what the open sockets really hold. */
  long liveHeap() throws Exception {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    if (pid < 0 || !Files.isExecutable(jcmd)) {
      return -1;
    }
    Process gc = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.run").redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    if (gc.waitFor() != 0) {
      return -1;
    }
    Thread.sleep(500);
    return heapUsed();
  }

  long heapMetric(String name) {
    try {
      HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url + "/actuator/prometheus"))
          .header("Authorization", "Bearer " + adminToken).header("Accept", "text/plain").build(), HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        return -1;
      }
      double sum = 0;
      for (String line : r.body().split("\n")) {
        if (line.startsWith(name + "{") && line.contains("area=\"heap\"")) {
          sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
        }
      }
      return (long) sum;
    } catch (Exception e) {
      return -1;
    }
  }

  long rss() {
    if (pid < 0) {
      return -1;
    }
    try {
      for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
        }
      }
    } catch (IOException e) {
      return -1;
    }
    return -1;
  }

  /** {utime + stime in clock ticks, ticks per second} of the server, or null without a pid. */
  long[] serverCpuTicks() {
    if (pid < 0) {
      return null;
    }
    try {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return new long[] {Long.parseLong(f[11]) + Long.parseLong(f[12]), 100};
    } catch (IOException e) {
      return null;
    }
  }

  static long selfCpuNanos() {
    var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
  }

  // ---- HTTP -------------------------------------------------------------------------------------
  /**
   * One JSON request. With a bearer token no CSRF is needed; with a cookie jar the session and the
   * XSRF-TOKEN cookie are kept and echoed as a browser does. expect: a status, -1 any 2xx, -2 200/201.
   */
  static Object call(String method, String path, Object body, String bearer, Map<String, String> jar, int expect) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(60))
        .header("Accept", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(Json.write(body)));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    if (jar != null) {
      if (!jar.isEmpty()) {
        request.header("Cookie", String.join("; ", jar.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
      }
      if (!method.equals("GET") && jar.containsKey("XSRF-TOKEN")) {
        request.header("X-XSRF-TOKEN", jar.get("XSRF-TOKEN"));
      }
    }
    HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
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

  interface Task {
    void run(int i) throws Exception;
  }

  /** Runs task(0..n-1) on `threads` workers; the first failure fails the run. */
  static void parallel(int n, int threads, Task task) throws Exception {
    AtomicInteger next = new AtomicInteger();
    List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int t = 0; t < threads; t++) {
        pool.execute(() -> {
          for (int i = next.getAndIncrement(); i < n && failures.isEmpty(); i = next.getAndIncrement()) {
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
      throw new IllegalStateException("provisioning failed: " + failures.get(0).getMessage(), failures.get(0));
    }
  }

  void error(String message) {
    if (firstErrors.size() < 20) {
      firstErrors.add(message);
    }
  }

  static double secondsSince(long t) {
    return (System.nanoTime() - t) / 1e9;
  }

  static void log(String format, Object... args) {
    System.out.printf(Locale.ROOT, "[%6.1f s] " + format + "%n",
        java.util.stream.Stream.concat(java.util.stream.Stream.of(secondsSince(T_ORIGIN)), Arrays.stream(args)).toArray());
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
          return n.contains(".") || n.contains("e") || n.contains("E") ? (Object) Double.parseDouble(n) : (Object) Long.parseLong(n);
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
