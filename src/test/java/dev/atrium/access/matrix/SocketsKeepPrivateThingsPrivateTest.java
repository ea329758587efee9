package dev.atrium.access.matrix;

import static dev.atrium.access.matrix.Cast.id;
import static dev.atrium.access.matrix.Cast.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.realtime.TestSocket;
import dev.atrium.support.Api;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The sockets' side of the matrix: an outsider's {@code /api/v1/ws} socket never carries a frame of
 * a private channel (not on resume with a cursor for it, not live while an insider posts and types,
 * not as an answer to a post or a presence watch), and a page's collab socket opens only for those
 * who may read the page.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SocketsKeepPrivateThingsPrivateTest {

  static final List<Actor> OUTSIDERS = List.of(
      Actor.OTHER_DEPARTMENT, Actor.GUEST, Actor.OTHER_DEPARTMENT_ADMIN, Actor.SYSTEM_ADMIN);

  @LocalServerPort
  int port;

  Cast cast;
  UUID privateChannel;
  /** A channel of the owner's with every outsider in it: what they receive there shows their socket is live. */
  UUID sentinel;

  UUID page;
  UUID restrictedPage;
  final Map<Actor, TestSocket> sockets = new EnumMap<>(Actor.class);

  @BeforeAll
  void makeTheObjects() {
    cast = new Cast(port);
    Api owner = cast.owner();
    privateChannel = id(
        owner.post("/api/v1/channels", Map.of("kind", "PRIVATE", "name", ChatFixture.unique("私密"))),
        201);
    ok(
        owner.post(
            "/api/v1/channels/" + privateChannel + "/members",
            Map.of("personId", cast.id(Actor.INSIDER))),
        200);
    ok(
        owner.post(
            "/api/v1/channels/" + privateChannel + "/messages",
            ChatFixture.post("以前的秘密 earlier secret")),
        201);
    sentinel = id(
        owner.post("/api/v1/channels", Map.of("kind", "PRIVATE", "name", ChatFixture.unique("哨兵"))),
        201);
    for (Actor outsider : OUTSIDERS) {
      ok(
          owner.post(
              "/api/v1/channels/" + sentinel + "/members", Map.of("personId", cast.id(outsider))),
          200);
    }
    UUID space = id(
        owner.post("/api/v1/spaces", Map.of("kind", "PROJECT", "name", ChatFixture.unique("矩阵空间"))),
        201);
    ok(
        owner.put(
            "/api/v1/spaces/" + space + "/grants",
            Map.of(
                "grants",
                List.of(
                    Map.of("kind", "PERSON", "id", cast.id(Actor.OWNER), "role", "ADMIN"),
                    Map.of("kind", "DEPARTMENT", "id", cast.departmentA, "role", "EDIT")))),
        200);
    page = id(owner.post("/api/v1/pages", Map.of("spaceId", space, "title", "页面 Page")), 201);
    restrictedPage =
        id(owner.post("/api/v1/pages", Map.of("spaceId", space, "title", "受限 Restricted")), 201);
    var me = List.of(Map.of("kind", "PERSON", "id", cast.id(Actor.OWNER)));
    ok(
        owner.put(
            "/api/v1/pages/" + restrictedPage + "/restrictions",
            Map.of("readers", me, "editors", me)),
        200);
  }

  @AfterAll
  void closeTheSockets() {
    sockets.values().forEach(TestSocket::close);
  }

  @Test
  void anOutsidersSocketNeverCarriesAFrameOfAPrivateChannel() throws Exception {
    for (Actor actor : Actor.values()) {
      TestSocket socket = TestSocket.connect(port, cast.api(actor).cookieHeader());
      sockets.put(actor, socket);
      // a cursor of 0 for the private channel: the whole history, were they let in
      socket.resume(TestSocket.withTheRestUpToDate(cast.api(actor), Map.of(privateChannel, 0L)));
    }
    for (Actor outsider : OUTSIDERS) {
      assertThat(mentioningThePrivateChannel(sockets.get(outsider).untilReady()))
          .as("%s's catch-up", outsider)
          .isEmpty();
    }
    assertThat(sockets.get(Actor.INSIDER).untilReady())
        .as("the insider's catch-up")
        .anySatisfy(frame -> assertThat(frame.toString()).contains("earlier secret"));

    // live: outsiders try to type, post and watch in the private channel over their own socket; the
    // ack of the post says their socket's requests were handled, the typing before it too
    Map<Actor, List<JsonNode>> received = new EnumMap<>(Actor.class);
    for (Actor outsider : OUTSIDERS) {
      TestSocket socket = sockets.get(outsider);
      socket.send(Map.of("type", "typing", "channelId", privateChannel));
      socket.send(Map.of(
          "type",
          "post",
          "ref",
          "try",
          "channelId",
          privateChannel,
          "message",
          ChatFixture.post("让我进去 let me in")));
      received.put(
          outsider, until(socket, frame -> frame.path("type").asString().equals("ack")));
      assertThat(received.get(outsider).getLast().path("status").asInt())
          .as("%s's post over the socket", outsider)
          .isEqualTo(404);
    }
    // the insider types and posts
    sockets.get(Actor.INSIDER).send(Map.of("type", "typing", "channelId", privateChannel));
    long secretSeq = ok(
            cast.insider()
                .post(
                    "/api/v1/channels/" + privateChannel + "/messages",
                    ChatFixture.post("现在的秘密 live secret")),
            201)
        .path("seq")
        .asLong();
    long sentinelSeq = ok(
            cast.owner()
                .post(
                    "/api/v1/channels/" + sentinel + "/messages", ChatFixture.post("哨兵 sentinel")),
            201)
        .path("seq")
        .asLong();

    List<JsonNode> owners =
        until(sockets.get(Actor.OWNER), frame -> isEntry(frame, sentinel, sentinelSeq));
    assertThat(owners)
        .as("the owner hears the insider")
        .anySatisfy(
            frame -> assertThat(isEntry(frame, privateChannel, secretSeq)).isTrue());
    List<String> typists = owners.stream()
        .filter(f -> f.path("kind").asString().equals("typing"))
        .map(f -> f.path("payload").path("personId").asString())
        .toList();
    assertThat(typists)
        .as("who the owner saw typing")
        .containsExactly(cast.id(Actor.INSIDER).toString());

    for (Actor outsider : OUTSIDERS) {
      received
          .get(outsider)
          .addAll(until(sockets.get(outsider), frame -> isEntry(frame, sentinel, sentinelSeq)));
      List<JsonNode> frames = received.get(outsider).stream()
          .filter(f -> !f.path("type").asString().equals("ack"))
          .toList();
      assertThat(mentioningThePrivateChannel(frames))
          .as("%s's live frames", outsider)
          .isEmpty();
      assertThat(frames)
          .as("%s's live frames", outsider)
          .noneSatisfy(
              frame -> assertThat(frame.toString()).containsAnyOf("live secret", "earlier secret"));
    }
  }

  @Test
  void aGuestWatchingSomeoneTheyShareNoConversationWithLearnsNothing() {
    try (TestSocket socket = TestSocket.connect(port, cast.api(Actor.GUEST).cookieHeader())) {
      socket.resume(TestSocket.withTheRestUpToDate(cast.api(Actor.GUEST), Map.of()));
      socket.untilReady();
      socket.send(
          Map.of("type", "watch", "people", List.of(cast.id(Actor.INSIDER), cast.id(Actor.OWNER))));
      List<JsonNode> presence = new ArrayList<>();
      for (JsonNode frame = socket.next(); ; frame = socket.next()) {
        if (frame.path("kind").asString().equals("presence")) {
          presence.add(frame);
          if (frame
              .path("payload")
              .path("personId")
              .asString()
              .equals(cast.id(Actor.OWNER).toString())) {
            break;
          }
        }
      }
      assertThat(presence)
          .as("the guest shares the sentinel channel with the owner, nothing with the insider")
          .noneSatisfy(frame ->
              assertThat(frame.toString()).contains(cast.id(Actor.INSIDER).toString()));
    }
  }

  @Test
  void aPagesCollabSocketOpensOnlyForThoseWhoMayReadIt() {
    Map<Actor, Integer> onPage = new EnumMap<>(Actor.class);
    Map<Actor, Integer> onRestricted = new EnumMap<>(Actor.class);
    for (Actor actor : Actor.values()) {
      onPage.put(actor, handshake(actor, page));
      onRestricted.put(actor, handshake(actor, restrictedPage));
    }
    // 101: switching protocols, the socket opened
    assertThat(onPage)
        .as("the page")
        .isEqualTo(Map.of(
            Actor.OWNER,
            101,
            Actor.INSIDER,
            101,
            Actor.OTHER_DEPARTMENT,
            404,
            Actor.GUEST,
            404,
            Actor.OTHER_DEPARTMENT_ADMIN,
            404,
            Actor.SYSTEM_ADMIN,
            101));
    assertThat(onRestricted)
        .as("the restricted page")
        .isEqualTo(Map.of(
            Actor.OWNER,
            101,
            Actor.INSIDER,
            404,
            Actor.OTHER_DEPARTMENT,
            404,
            Actor.GUEST,
            404,
            Actor.OTHER_DEPARTMENT_ADMIN,
            404,
            Actor.SYSTEM_ADMIN,
            101));
  }

  /** The status of the collab handshake a browser tab of this actor would make: 101 when it opened. */
  private int handshake(Actor actor, UUID pageId) {
    try {
      WebSocket socket = HttpClient.newHttpClient()
          .newWebSocketBuilder()
          .connectTimeout(Duration.ofSeconds(15))
          .header("Cookie", cast.api(actor).cookieHeader())
          .header("Origin", "http://localhost:" + port)
          .buildAsync(
              URI.create("ws://localhost:" + port + "/api/v1/pages/" + pageId + "/collab"),
              new WebSocket.Listener() {})
          .join();
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
      return 101;
    } catch (CompletionException e) {
      if (e.getCause() instanceof WebSocketHandshakeException refused) {
        return refused.getResponse().statusCode();
      }
      throw e;
    }
  }

  /** Every frame up to and including the first that {@code last} accepts. */
  private static List<JsonNode> until(
      TestSocket socket, java.util.function.Predicate<JsonNode> last) {
    List<JsonNode> frames = new ArrayList<>();
    JsonNode frame;
    do {
      frame = socket.next();
      frames.add(frame);
    } while (!last.test(frame));
    return frames;
  }

  private static boolean isEntry(JsonNode frame, UUID channel, long seq) {
    return frame.path("type").asString().equals("event")
        && frame.path("resourceId").asString().equals(channel.toString())
        && frame.path("seq").asLong() >= seq;
  }

  private List<JsonNode> mentioningThePrivateChannel(List<JsonNode> frames) {
    return frames.stream()
        .filter(frame -> frame.toString().contains(privateChannel.toString()))
        .toList();
  }
}
