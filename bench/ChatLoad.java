import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
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
import java.util.concurrent.locks.ReentrantLock;

/**
 * Messaging load generator for a running Atrium: provisions people, channels and one WebSocket per
 * person through the public API (not timed), then posts at a fixed rate (open loop: a message's
 * clock starts at its scheduled send time) and checks that every member's socket receives every
 * message exactly once. Posts go over the author's open socket (a {@code post} frame answered by an
 * {@code ack}, as the web client does), or with {@code --post http} as {@code POST} requests.
 * Started by bench/chat-load.sh; a JDK 22+ runs it straight from source (with bench/Bench.java):
 *
 *   java bench/ChatLoad.java --url http://127.0.0.1:8080 --admin-email a@b --admin-password … \
 *        [--users 1000] [--channels 52] [--rate 100] [--seconds 60] [--pid <server pid>] [--db-pid <postmaster pid>] …
 *
 * `--rate 100,300,1000` runs one step per rate on the same people, channels and sockets, each
 * with its own warm-up, measurement and summary line (`--post socket,http`: all rates one way, then
 * the other); the exit status covers all steps.
 *
 * Channel layout: `--large` channels (default 2) of `--large-size` members (default 200), the rest of
 * `--small-size` members (default 20); members are laid out round-robin over the people, so every
 * person is in about the same number of channels. Each post goes to a uniformly random channel, from
 * a random member of it; the body carries the send time. No dependencies beyond the JDK.
 */
public class ChatLoad extends Bench {

  // ---- arguments --------------------------------------------------------------------------------
  static String adminEmail;
  static String adminPassword;
  static int users = 20;
  static int channels = 4;
  static double rate = 20;
  static double[] rates = {20};
  static int seconds = 5;
  static int warmup = 0;
  static int grace = 10;
  /** Seconds past the planned end of a step after which no more posts are sent (the server fell that far behind). */
  static int backlog = 30;

  static int large = 2;
  static int largeSize = 200;
  static int smallSize = 20;
  static int provisionThreads = 4;
  /** Posts sent and not yet answered, at most. */
  static int inFlight = 8;
  /** How posts travel: "socket" (a post frame on the author's open socket) or "http" (POST); one step per way and rate. */
  static String[] postWays = {"socket"};

  static String postOver = "socket";
  static long pid = -1;
  static long dbPid = -1;
  static final Duration ACK_WAIT = Duration.ofSeconds(30);

  public static void main(String[] args) throws Exception {
    for (int i = 0; i < args.length; i += 2) {
      String v = args[i + 1];
      switch (args[i]) {
        case "--url" -> url = v.replaceAll("/$", "");
        case "--admin-email" -> adminEmail = v;
        case "--admin-password" -> adminPassword = v;
        case "--users" -> users = Integer.parseInt(v);
        case "--channels" -> channels = Integer.parseInt(v);
        case "--rate" ->
          rates = Arrays.stream(v.split(",")).mapToDouble(Double::parseDouble).toArray();
        case "--seconds" -> seconds = Integer.parseInt(v);
        case "--warmup" -> warmup = Integer.parseInt(v);
        case "--grace" -> grace = Integer.parseInt(v);
        case "--backlog" -> backlog = Integer.parseInt(v);
        case "--large" -> large = Integer.parseInt(v);
        case "--large-size" -> largeSize = Integer.parseInt(v);
        case "--small-size" -> smallSize = Integer.parseInt(v);
        case "--provision-threads" -> provisionThreads = Integer.parseInt(v);
        case "--in-flight" -> inFlight = Integer.parseInt(v);
        case "--post" -> postWays = v.split(",");
        case "--pid" -> pid = Long.parseLong(v);
        case "--db-pid" -> dbPid = Long.parseLong(v);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    if (url == null || adminEmail == null || adminPassword == null) {
      throw new IllegalArgumentException("--url, --admin-email and --admin-password are required");
    }
    if (!Arrays.stream(postWays).allMatch(way -> way.equals("socket") || way.equals("http"))) {
      throw new IllegalArgumentException("--post is socket, http or both (socket,http)");
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
    log(
        "target %s: %d people, %d channels (%d of ~%d, the rest of ~%d), %s posts/s for %d s (+%d s warm-up), posted over %s, %d in flight",
        url,
        users,
        channels,
        Math.min(large, channels),
        Math.min(largeSize, users),
        Math.min(smallSize, users),
        Arrays.toString(rates),
        seconds,
        warmup,
        String.join(" then ", postWays),
        inFlight);
    long t = System.nanoTime();
    adminToken = signInAndMakeToken(adminEmail, adminPassword, null, "chat-load");
    String root = rootDepartment(adminToken);
    provisionPeople(root);
    double provisionS = secondsSince(t);
    log(
        "provisioned %d people (create, reset password, sign in, change password, token) in %.1f s",
        users, provisionS);

    t = System.nanoTime();
    provisionChannels();
    log(
        "provisioned %d channels, %d memberships in %.1f s",
        channels, Arrays.stream(members).mapToInt(m -> m.length).sum(), secondsSince(t));

    t = System.nanoTime();
    openSockets();
    log("%d sockets open and ready in %.1f s", users, secondsSince(t));
    Thread.sleep(2000);
    long idleHeap = heapUsed();
    long idleRss = rss();
    log("idle with %d sockets: heap used %s, RSS %s", users, mb(idleHeap), mb(idleRss));
    long live = liveHeap();
    if (live >= 0) {
      log(
          "idle with %d sockets: live heap after a full GC %s (%.1f KB per connected person)",
          users, mb(live), live / 1024.0 / users);
    }

    boolean ok = true;
    for (String way : postWays) {
      postOver = way;
      for (double r : rates) {
        rate = r;
        ok &= step(idleHeap, idleRss, provisionS);
      }
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
    Cpu cpu0 = Cpu.now();
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
    Cpu cpu1 = Cpu.now();
    double wall = (System.nanoTime() - wall0) / 1e9;
    sampler.stop = true;
    sampler.join();
    Thread.sleep(200);
    return report(
        sent, (postEnd - wall0) / 1e9, wall, cpu0, cpu1, idleHeap, idleRss, sampler, provisionS);
  }

  // ---- provisioning -----------------------------------------------------------------------------
  void provisionPeople(String root) throws Exception {
    tokens = signedInPeople(adminToken, root, users, provisionThreads, "chat-load", null);
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
      Map<?, ?> channel = (Map<?, ?>) call(
          "POST",
          "/api/v1/channels",
          Json.obj("name", "load-" + c + "-" + run, "kind", "PUBLIC"),
          tokens[members[c][0]],
          null,
          201);
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
      call(
          "POST",
          "/api/v1/channels/" + channelIds[join[0]] + "/join",
          null,
          tokens[join[1]],
          null,
          -1);
    });
  }

  // ---- sockets ----------------------------------------------------------------------------------
  void openSockets() throws Exception {
    receivers = new Receiver[users];
    // Several clients, so one client-side selector thread does not become the bottleneck.
    HttpClient[] clients =
        new HttpClient[Math.max(2, Runtime.getRuntime().availableProcessors() * 2)];
    for (int i = 0; i < clients.length; i++) {
      clients[i] =
          HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
    }
    CountDownLatch ready = new CountDownLatch(users);
    Semaphore connecting = new Semaphore(64);
    for (int i = 0; i < users; i++) {
      Receiver r = new Receiver(ready);
      receivers[i] = r;
      connecting.acquire();
      int person = i;
      clients[i % clients.length]
          .newWebSocketBuilder()
          .header("Authorization", "Bearer " + tokens[i])
          .connectTimeout(Duration.ofSeconds(30))
          .buildAsync(URI.create(url.replaceFirst("^http", "ws") + "/api/v1/ws"), r)
          .whenComplete((ws, e) -> {
            connecting.release();
            if (e != null) {
              error("socket " + person + ": " + e);
              ready.countDown();
            } else {
              r.ws = ws;
              r.send("{\"type\":\"resume\",\"cursors\":{}}");
            }
          });
    }
    if (!ready.await(300, TimeUnit.SECONDS)) {
      throw new IllegalStateException(ready.getCount() + " sockets not ready after 300 s");
    }
  }

  /**
   * One person's socket: counts each message.posted of this run once per (channel, seq), and
   * completes the posts this person sent over it when their acks arrive.
   */
  final class Receiver implements WebSocket.Listener {
    final CountDownLatch ready;
    volatile WebSocket ws;
    /** The JDK's WebSocket takes one outgoing message at a time. */
    final ReentrantLock sending = new ReentrantLock();

    final Map<String, CompletableFuture<Map<?, ?>>> acks = new ConcurrentHashMap<>();
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

    void send(String text) {
      sending.lock();
      try {
        ws.sendText(text, true).join();
      } finally {
        sending.unlock();
      }
    }

    /** Sends a post frame and waits for its ack: {status, body}. */
    Map<?, ?> post(String ref, Object frame) throws Exception {
      CompletableFuture<Map<?, ?>> ack = new CompletableFuture<>();
      acks.put(ref, ack);
      try {
        send(Json.write(frame));
        return ack.get(ACK_WAIT.toMillis(), TimeUnit.MILLISECONDS);
      } finally {
        acks.remove(ref);
      }
    }

    synchronized void frame(String text, long now) {
      Map<?, ?> f = (Map<?, ?>) Json.parse(text);
      Object type = f.get("type");
      if ("ack".equals(type)) {
        CompletableFuture<Map<?, ?>> ack = acks.get((String) f.get("ref"));
        if (ack != null) {
          ack.complete(f);
        }
        return;
      }
      if ("ready".equals(type)) {
        if (!isReady) {
          isReady = true;
          ready.countDown();
        }
        return;
      }
      Map<?, ?> event = "event".equals(type) ? (Map<?, ?>) f.get("event") : null;
      if (event == null || !"message.posted".equals(event.get("kind"))) {
        return;
      }
      Map<?, ?> message = (Map<?, ?>) event.get("message");
      String body = message == null ? null : (String) message.get("body");
      Integer c = channelIndex.get((String) f.get("resourceId"));
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
  /** Posts at the step's rate; answers how many were sent (fewer than planned when the server fell behind by --backlog). */
  int post() throws Exception {
    int total = planned();
    long interval = (long) (1e9 / rate);
    Semaphore slots = new Semaphore(inFlight);
    AtomicInteger pending = new AtomicInteger();
    long start = System.nanoTime();
    long stopAt = start + (warmup + seconds + backlog) * 1_000_000_000L;
    measureFrom = start - T_ORIGIN + warmup * 1_000_000_000L;
    try (ExecutorService posters = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < total; i++) {
        if (System.nanoTime() > stopAt) {
          return i;
        }
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

  int planned() {
    return (int) Math.round(rate * (warmup + seconds));
  }

  /** One post, tried up to three times with the same clientMessageId: a retry never makes a duplicate. */
  void postOne(int c, int author, long at, int n) {
    String clientMessageId = UUID.randomUUID().toString();
    Map<String, Object> message = Json.obj(
        "clientMessageId", clientMessageId, "body", "bench t=" + (at - T_ORIGIN) + " n=" + n);
    for (int attempt = 1; attempt <= 3; attempt++) {
      try {
        Map<?, ?> stored = postOver.equals("http")
            ? (Map<?, ?>) call(
                "POST",
                "/api/v1/channels/" + channelIds[c] + "/messages",
                message,
                tokens[author],
                null,
                -2)
            : overSocket(c, author, clientMessageId, message);
        long seq = ((Number) stored.get("seq")).longValue();
        posted.add(new long[] {c, seq});
        expected.addAndGet(members[c].length);
        return;
      } catch (Exception e) {
        if (attempt == 3) {
          postErrors.incrementAndGet();
          error("post: " + e);
        }
      }
    }
  }

  /** Posts on the author's socket; the ack's ref is the clientMessageId, unique per post. */
  Map<?, ?> overSocket(int c, int author, String clientMessageId, Map<String, Object> message)
      throws Exception {
    Map<?, ?> ack = receivers[author].post(
        clientMessageId,
        Json.obj(
            "type",
            "post",
            "ref",
            clientMessageId,
            "channelId",
            channelIds[c],
            "message",
            message));
    int status = ((Number) ack.get("status")).intValue();
    if (status != 200 && status != 201) {
      throw new IllegalStateException(
          "post frame -> " + status + " " + Json.write(ack.get("body")));
    }
    return (Map<?, ?>) ack.get("body");
  }

  // ---- the figures ------------------------------------------------------------------------------
  boolean report(
      int sent,
      double postS,
      double wallS,
      Cpu cpu0,
      Cpu cpu1,
      long idleHeap,
      long idleRss,
      HeapSampler sampler,
      double provisionS)
      throws Exception {
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
    double deliveryWindow = Math.max(
        1e-3, (lastDelivery.get() - (measureFrom + T_ORIGIN - warmup * 1_000_000_000L)) / 1e9);
    double deliveredPerS = received.get() / deliveryWindow;
    String serverCpu = Cpu.percent(cpu0.server, cpu1.server, wallS);
    String dbCpu = Cpu.percent(cpu0.db, cpu1.db, wallS);
    String generatorCpu = String.format(
        Locale.ROOT, "%.0f", 100.0 * (cpu1.generatorNanos - cpu0.generatorNanos) / 1e9 / wallS);
    String load = String.format(Locale.ROOT, "%.1f-%.1f", cpu0.load, cpu1.load);
    double achieved = posted.size() / postS;
    long finalHeap = heapUsed();
    long finalRss = rss();
    log("step at %.0f posts/s over %s:", rate, postOver);
    log(
        "posted %d of %d in %.1f s (%.0f/s achieved), %d post errors, %d not sent (more than %d s behind); %d deliveries expected, "
            + "%d received, %d out of order, %d sockets closed",
        posted.size(),
        sent,
        postS,
        achieved,
        postErrors.get(),
        planned() - sent,
        backlog,
        expected.get(),
        received.get(),
        outOfOrder.get(),
        closedSockets.get());
    log(
        "latency (post scheduled -> frame read, %d samples): p50 %s p90 %s p99 %s p99.9 %s max %s ms",
        all.length,
        ms(pct(all, 50)),
        ms(pct(all, 90)),
        ms(pct(all, 99)),
        ms(pct(all, 99.9)),
        ms(all.length == 0 ? -1 : all[all.length - 1]));
    log(
        "server: heap used idle %s, max sampled %s, end %s (committed %s); RSS idle %s, max %s",
        mb(idleHeap),
        mb(sampler.maxHeap),
        mb(finalHeap),
        mb(sampler.committed),
        mb(idleRss),
        mb(Math.max(sampler.maxRss, finalRss)));
    String perPost = String.format(
        Locale.ROOT,
        "%s/%s/%.1f",
        Cpu.perPost(cpu0.server, cpu1.server, posted.size()),
        Cpu.perPost(cpu0.db, cpu1.db, posted.size()),
        (cpu1.generatorNanos - cpu0.generatorNanos) / 1e6 / Math.max(1, posted.size()));
    log(
        "CPU over %.1f s, %% of one core: Atrium %s%%, PostgreSQL %s%%, generator %s%%; per stored post (Atrium/PostgreSQL/generator) %s ms; "
            + "load average (1 min) %s at start and end",
        wallS, serverCpu, dbCpu, generatorCpu, perPost, load);
    // indexing runs after commit: a queue still long here would be work left outside the CPU
    // measured above
    long searchPending = ((Number)
            ((Map<?, ?>) call("GET", "/api/v1/admin/search/index", null, adminToken, null, 200))
                .get("pendingEvents"))
        .longValue();
    log("search: %d changes not yet indexed when the step ended", searchPending);
    if (!firstErrors.isEmpty()) {
      log("first errors: %s", firstErrors.subList(0, Math.min(5, firstErrors.size())));
    }
    System.out.printf(
        Locale.ROOT,
        "chat-load: users=%d channels=%d rate=%.0f seconds=%d p50=%sms p99=%sms max=%sms delivered/s=%.0f "
            + "lost=%d duplicated=%d heap=%sMB rss=%sMB cpu=%s%% provision=%.0fs post=%s achieved=%.0f/s post-errors=%d unsent=%d db-cpu=%s%% "
            + "generator-cpu=%s%% cpu-ms-per-post=%s load=%s search-pending=%d%n",
        users,
        channels,
        rate,
        seconds,
        ms(pct(all, 50)),
        ms(pct(all, 99)),
        ms(all.length == 0 ? -1 : all[all.length - 1]),
        deliveredPerS,
        lost,
        duplicated.get(),
        mbNum(sampler.maxHeap),
        mbNum(Math.max(sampler.maxRss, finalRss)),
        serverCpu,
        provisionS,
        postOver,
        achieved,
        postErrors.get(),
        planned() - sent,
        dbCpu,
        generatorCpu,
        perPost,
        load,
        searchPending);
    return lost == 0 && duplicated.get() == 0 && postErrors.get() == 0 && posted.size() == sent;
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
    Process gc = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.run")
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    if (gc.waitFor() != 0) {
      return -1;
    }
    Thread.sleep(500);
    return heapUsed();
  }

  long heapMetric(String name) {
    try {
      HttpResponse<String> r = HTTP.send(
          HttpRequest.newBuilder(URI.create(url + "/actuator/prometheus"))
              .header("Authorization", "Bearer " + adminToken)
              .header("Accept", "text/plain")
              .build(),
          HttpResponse.BodyHandlers.ofString());
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

  void error(String message) {
    if (firstErrors.size() < 20) {
      firstErrors.add(message);
    }
  }

  /** CPU used so far by the server, its PostgreSQL (with every backend) and this generator, and the load average. */
  record Cpu(long server, long db, long generatorNanos, double load) {

    static Cpu now() {
      var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
      long self =
          os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
      return new Cpu(cpuTicks(pid, false), cpuTicks(dbPid, true), self, loadAverage());
    }

    /** Milliseconds of CPU per post between two readings in clock ticks (1/100 s), or n/a. */
    static String perPost(long from, long to, int posts) {
      return from < 0 || to < 0
          ? "n/a"
          : String.format(Locale.ROOT, "%.1f", (to - from) * 10.0 / Math.max(1, posts));
    }

    /** Percent of one core between two readings in clock ticks (1/100 s), or n/a. */
    static String percent(long from, long to, double wallS) {
      return from < 0 || to < 0 ? "n/a" : String.format(Locale.ROOT, "%.0f", (to - from) / wallS);
    }
  }
}
