package dev.atrium.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.support.Api;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client of {@code /api/v1/ws} over a real socket, as a browser tab would be: it sends the
 * session cookie and its Origin on the handshake and collects the frames it receives.
 */
public final class TestSocket implements WebSocket.Listener, AutoCloseable {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Duration WAIT = Duration.ofSeconds(15);

  private final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
  private final CompletableFuture<Integer> closed = new CompletableFuture<>();
  private final StringBuilder partial = new StringBuilder();
  private WebSocket socket;

  private TestSocket() {}

  /** Signs in over HTTP like a browser and returns the session cookie, {@code name=value}. */
  public static String sessionCookie(int port, String email, String password) {
    try {
      var cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
      var http = HttpClient.newBuilder().cookieHandler(cookies).build();
      String base = "http://localhost:" + port;
      http.send(
          HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/csrf")).build(),
          HttpResponse.BodyHandlers.discarding());
      String csrf = cookie(cookies, "XSRF-TOKEN");
      var signIn = http.send(
          HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/sign-in"))
              .header("Content-Type", "application/json")
              .header("X-XSRF-TOKEN", csrf)
              .POST(HttpRequest.BodyPublishers.ofString(
                  JSON.writeValueAsString(Map.of("login", email, "password", password))))
              .build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(signIn.statusCode()).as(signIn.body()).isEqualTo(200);
      return "atrium_session=" + cookie(cookies, "atrium_session");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String cookie(CookieManager cookies, String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals(name))
        .map(HttpCookie::getValue)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no cookie " + name));
  }

  /** Connects as a browser page of this server would: the session cookie and the server's own Origin. */
  public static TestSocket connect(int port, String cookie) {
    return connect(port, Map.of("Cookie", cookie, "Origin", "http://localhost:" + port))
        .join();
  }

  /** Connects with exactly these handshake headers; fails with the handshake's refusal. */
  public static CompletableFuture<TestSocket> connect(int port, Map<String, String> headers) {
    TestSocket client = new TestSocket();
    WebSocket.Builder builder =
        HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(WAIT);
    headers.forEach(builder::header);
    return builder
        .buildAsync(URI.create("ws://localhost:" + port + "/api/v1/ws"), client)
        .thenApply(ws -> {
          client.socket = ws;
          return client;
        });
  }

  /**
   * The cursors a real client presents: every stream the person follows at its newest, but those
   * given. A test that resumes one channel would otherwise also get a reset for each of the others
   * everyone is in (the company channel, their department's), as a client that forgot them should.
   * Channels say where they stand over HTTP; the other streams (doc spaces) tell a client in the
   * resets of its first resume, so a first socket asks.
   */
  public static Map<UUID, Long> withTheRestUpToDate(Api person, Map<UUID, Long> cursors) {
    Map<UUID, Long> all = new java.util.HashMap<>();
    person
        .get("/api/v1/channels")
        .body()
        .forEach(channel -> all.put(
            UUID.fromString(channel.path("id").asString()),
            channel.path("lastSeq").asLong()));
    try (TestSocket first = connect(person.port(), person.cookieHeader())) {
      first.resume(all);
      first.untilReady().stream()
          .filter(frame -> frame.path("type").asString().equals("reset"))
          .forEach(reset -> all.putIfAbsent(
              UUID.fromString(reset.path("resourceId").asString()),
              reset.path("lastSeq").asLong()));
    }
    all.putAll(cursors);
    return all;
  }

  public void resume(Map<UUID, Long> cursors) {
    send(Map.of("type", "resume", "cursors", cursors));
  }

  public void send(Object frame) {
    socket.sendText(JSON.writeValueAsString(frame), true).join();
  }

  /** The next frame, waiting up to 15 seconds for it. */
  public JsonNode next() {
    try {
      JsonNode frame = frames.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
      if (frame == null) {
        throw new AssertionError("No frame within " + WAIT);
      }
      return frame;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Every frame up to and excluding {@code ready}. */
  public List<JsonNode> untilReady() {
    List<JsonNode> received = new ArrayList<>();
    for (JsonNode frame = next(); !frame.path("type").asString().equals("ready"); frame = next()) {
      received.add(frame);
    }
    return received;
  }

  /** The events of one channel until its stream reaches {@code seq}. */
  public List<JsonNode> eventsUntil(UUID channelId, long seq) {
    List<JsonNode> received = new ArrayList<>();
    while (true) {
      JsonNode frame = next();
      if (frame.path("resourceId").asString().equals(channelId.toString())) {
        received.add(frame);
        if (frame.path("seq").asLong() >= seq) {
          return received;
        }
      }
    }
  }

  /** The ack of the request sent with this {@code ref}, skipping (and dropping) the frames before it. */
  public JsonNode ack(String ref) {
    while (true) {
      JsonNode frame = next();
      if (frame.path("type").asString().equals("ack")
          && frame.path("ref").asString().equals(ref)) {
        return frame;
      }
    }
  }

  /** True when no frame arrives within a short while. */
  public boolean quiet(Duration wait) throws InterruptedException {
    return frames.poll(wait.toMillis(), TimeUnit.MILLISECONDS) == null;
  }

  /** The close code the server sent, waiting for it. */
  public int closeCode() {
    return closed.orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
  }

  @Override
  public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
    partial.append(data);
    if (last) {
      frames.add(JSON.readTree(partial.toString()));
      partial.setLength(0);
    }
    webSocket.request(1);
    return null;
  }

  @Override
  public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
    closed.complete(statusCode);
    return null;
  }

  @Override
  public void onError(WebSocket webSocket, Throwable error) {
    closed.completeExceptionally(error);
  }

  @Override
  public void close() {
    if (socket != null && !socket.isOutputClosed()) {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").exceptionally(e -> null).join();
    }
  }
}
