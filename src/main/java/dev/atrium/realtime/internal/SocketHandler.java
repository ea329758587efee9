package dev.atrium.realtime.internal;

import dev.atrium.access.Subject;
import dev.atrium.realtime.Frame;
import dev.atrium.realtime.PresenceAudience;
import dev.atrium.realtime.RealtimeGateway;
import dev.atrium.realtime.TypingAudience;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The {@code /api/v1/ws} endpoint: one {@link Socket} per connection. From the client: {@code resume}
 * (once), the ephemeral {@code typing}, {@code presence} (idle or not) and {@code watch} frames, none
 * of which writes to the database, and the requests modules take over the socket ({@link SocketRequests}),
 * each answered by an {@code ack}. A socket's frames are handled one at a time in the order sent, so
 * a tab's posts are stored in the order it sent them.
 */
@Component
class SocketHandler extends TextWebSocketHandler {

  static final String SOCKET = "atrium.socket";
  private static final String PENDING = "atrium.pending";
  /** The largest client frame: a resume with a cursor for each of thousands of channels. */
  static final int MAX_FRAME = 256 * 1024;

  private static final CloseStatus TOO_BIG =
      CloseStatus.TOO_BIG_TO_PROCESS.withReason("Frame too large");
  private static final CloseStatus BAD_FRAME =
      CloseStatus.BAD_DATA.withReason("Unknown or malformed frame");

  private final Sockets sockets;
  private final StreamCatchUp catchUp;
  private final FrameJson frames;
  private final ObjectMapper json;
  private final List<TypingAudience> typingAudiences;
  private final List<PresenceAudience> presenceAudiences;
  private final PresenceTracker presence;
  private final RealtimeGateway gateway;
  private final SocketRequests requests;

  SocketHandler(
      Sockets sockets,
      StreamCatchUp catchUp,
      FrameJson frames,
      ObjectMapper json,
      List<TypingAudience> typingAudiences,
      List<PresenceAudience> presenceAudiences,
      PresenceTracker presence,
      RealtimeGateway gateway,
      SocketRequests requests) {
    this.sockets = sockets;
    this.catchUp = catchUp;
    this.frames = frames;
    this.json = json;
    this.typingAudiences = typingAudiences;
    this.presenceAudiences = presenceAudiences;
    this.presence = presence;
    this.gateway = gateway;
    this.requests = requests;
  }

  @Override
  public void afterConnectionEstablished(WebSocketSession session) {
    // the handshake (HandshakeRules) put these, or the socket would not be open
    UUID personId =
        (UUID) Objects.requireNonNull(session.getAttributes().get(HandshakeRules.PERSON));
    UUID sessionId = (UUID) session.getAttributes().get(HandshakeRules.SESSION);
    Socket socket = new Socket(session, personId, sessionId, catchUp::missed, frames);
    session.getAttributes().put(SOCKET, socket);
    // registered before any catch-up is read, so no entry committed from now on can be missed
    sockets.add(socket);
    socket.start();
  }

  /**
   * Frames arrive in parts of the container's small buffer and are joined here, so a large resume
   * costs memory only while it is read, not a big buffer held by every open socket.
   */
  @Override
  public boolean supportsPartialMessages() {
    return true;
  }

  @Override
  protected void handleTextMessage(WebSocketSession session, TextMessage message) {
    Socket socket = (Socket) Objects.requireNonNull(session.getAttributes().get(SOCKET));
    StringBuilder pending =
        (StringBuilder) session.getAttributes().computeIfAbsent(PENDING, k -> new StringBuilder());
    pending.append(message.getPayload());
    if (pending.length() > MAX_FRAME) {
      pending.setLength(0);
      socket.close(TOO_BIG);
      return;
    }
    if (!message.isLast()) {
      return;
    }
    String text = pending.toString();
    pending.setLength(0);
    try {
      JsonNode frame = json.readTree(text);
      String type = frame.path("type").asString();
      if (requests.handles(type)) {
        request(session, socket, frame);
        return;
      }
      switch (type) {
        case "resume" -> resume(socket, frame);
        case "typing" -> typing(socket, UUID.fromString(frame.path("channelId").asString()));
        case "presence" -> {
          if (!frame.path("idle").isBoolean()) {
            socket.close(BAD_FRAME);
            return;
          }
          sockets.idle(socket, frame.path("idle").asBoolean());
        }
        case "watch" -> {
          if (!frame.path("people").isArray()) {
            socket.close(BAD_FRAME);
            return;
          }
          List<UUID> people = new ArrayList<>();
          frame.path("people").forEach(p -> people.add(UUID.fromString(p.asString())));
          presence.watch(
              socket,
              visible(
                  (Subject)
                      Objects.requireNonNull(session.getAttributes().get(HandshakeRules.SUBJECT)),
                  people));
        }
        default -> socket.close(BAD_FRAME);
      }
    } catch (JacksonException | IllegalArgumentException e) {
      socket.close(BAD_FRAME);
    }
  }

  /**
   * The people the socket's owner may see, themselves always; the rest are dropped from the watch as
   * if never named. Looked up once per watch frame (a client sends one when its list changes).
   */
  private Set<UUID> visible(Subject subject, List<UUID> people) {
    List<UUID> asked =
        people.stream().distinct().limit(PresenceTracker.MAX_WATCHED).toList();
    Set<UUID> visible = new HashSet<>();
    if (asked.contains(subject.personId())) {
      visible.add(subject.personId());
    }
    presenceAudiences.forEach(audience -> visible.addAll(audience.visibleTo(subject, asked)));
    visible.retainAll(asked);
    return visible;
  }

  private void request(WebSocketSession session, Socket socket, JsonNode frame) {
    var attributes = session.getAttributes();
    requests
        .answer(
            (Subject) Objects.requireNonNull(attributes.get(HandshakeRules.SUBJECT)),
            Boolean.TRUE.equals(attributes.get(HandshakeRules.WRITES)),
            frame)
        .ifPresentOrElse(socket::offer, () -> socket.close(BAD_FRAME));
  }

  private void resume(Socket socket, JsonNode frame) {
    if (!frame.path("cursors").isObject()) {
      socket.close(BAD_FRAME);
      return;
    }
    Map<UUID, Long> cursors = new LinkedHashMap<>();
    for (var entry : frame.path("cursors").properties()) {
      if (!entry.getValue().isIntegralNumber()) {
        socket.close(BAD_FRAME);
        return;
      }
      cursors.put(UUID.fromString(entry.getKey()), entry.getValue().asLong());
    }
    socket.resume(cursors);
  }

  /**
   * Relays "I am typing" to the channel's other members (on every node), at most once per
   * {@link Socket#TYPING_EVERY} per socket; the membership lookup runs off the container's thread.
   */
  private void typing(Socket socket, UUID channelId) {
    if (!socket.mayRelayTyping(System.nanoTime())) {
      return;
    }
    Thread.ofVirtual().name("typing").start(() -> {
      var payload = json.createObjectNode();
      payload.put("channelId", channelId.toString());
      payload.put("personId", socket.personId().toString());
      try {
        for (TypingAudience audience : typingAudiences) {
          gateway.send(
              audience.typingAudience(socket.personId(), channelId),
              new Frame.Signal("typing", payload));
        }
      } catch (RuntimeException e) {
        // a lost typing hint is harmless; the next keystroke sends another
        org.slf4j.LoggerFactory.getLogger(SocketHandler.class).debug("Typing relay failed", e);
      }
    });
  }

  @Override
  public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
    if (session.getAttributes().get(SOCKET) instanceof Socket socket) {
      sockets.remove(socket);
      socket.stop();
    }
  }
}
