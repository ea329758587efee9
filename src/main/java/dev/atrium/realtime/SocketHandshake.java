package dev.atrium.realtime;

import dev.atrium.realtime.internal.HandshakeRules;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.server.HandshakeInterceptor;

/**
 * The handshake rules of {@code /api/v1/ws} for a module's own WebSocket endpoint (a co-edited
 * page's): authenticated by the security filter chain, same Origin for a browser, a bearer token
 * for anything else. See docs/realtime.md, "Handshake rules".
 */
public final class SocketHandshake {

  private SocketHandshake() {}

  public static HandshakeInterceptor rules() {
    return new HandshakeRules();
  }

  /** The person an accepted handshake was authenticated as. */
  public static UUID personId(WebSocketSession session) {
    return (UUID) Objects.requireNonNull(session.getAttributes().get(HandshakeRules.PERSON));
  }

  /** The session (or API token) the handshake was authenticated by. */
  public static @Nullable UUID sessionId(WebSocketSession session) {
    return (UUID) session.getAttributes().get(HandshakeRules.SESSION);
  }
}
