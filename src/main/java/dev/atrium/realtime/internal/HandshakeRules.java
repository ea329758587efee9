package dev.atrium.realtime.internal;

import dev.atrium.access.SessionId;
import dev.atrium.access.Subject;
import java.net.URI;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;

/**
 * Who may open a socket. The security filter chain has already authenticated the handshake from
 * the session cookie or bearer token (an anonymous one never gets here: 401). A browser always
 * sends {@code Origin}; it must be this server's own scheme://host:port, or a page elsewhere could
 * ride on the user's cookie. A handshake without {@code Origin} is not a browser and must
 * therefore authenticate with a bearer token rather than a cookie. Whether the socket may write
 * (post) is decided here too: a session may, a token only with the {@code write} or {@code admin}
 * scope, as for its HTTP requests.
 */
public final class HandshakeRules implements HandshakeInterceptor {

  public static final String PERSON = "atrium.personId";
  public static final String SUBJECT = "atrium.subject";
  /** The session or API token the handshake was authenticated by. */
  public static final String SESSION = "atrium.sessionId";
  /** Whether requests that write (a post) are accepted on this socket. */
  public static final String WRITES = "atrium.writes";

  private static final java.util.Set<String> WRITE_SCOPES =
      java.util.Set.of("SCOPE_write", "SCOPE_admin");

  @Override
  public boolean beforeHandshake(
      ServerHttpRequest request,
      ServerHttpResponse response,
      WebSocketHandler handler,
      Map<String, Object> attributes) {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !(auth.getPrincipal() instanceof Subject subject)) {
      response.setStatusCode(HttpStatus.UNAUTHORIZED);
      return false;
    }
    String origin = request.getHeaders().getOrigin();
    boolean bearer = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION) != null;
    if (origin == null ? !bearer : !origin.equalsIgnoreCase(ownOrigin(request.getURI()))) {
      response.setStatusCode(HttpStatus.FORBIDDEN);
      return false;
    }
    attributes.put(PERSON, subject.personId());
    attributes.put(SUBJECT, subject);
    if (auth.getDetails() instanceof SessionId session) {
      attributes.put(SESSION, session.value());
    }
    boolean token = auth.getAuthorities().stream().anyMatch(a -> "TOKEN".equals(a.getAuthority()));
    attributes.put(
        WRITES,
        !token
            || auth.getAuthorities().stream()
                .anyMatch(a -> WRITE_SCOPES.contains(a.getAuthority())));
    return true;
  }

  @Override
  public void afterHandshake(
      ServerHttpRequest request,
      ServerHttpResponse response,
      WebSocketHandler handler,
      @Nullable Exception exception) {}

  static String ownOrigin(URI uri) {
    int port = uri.getPort();
    boolean defaultPort = port == -1
        || ("http".equals(uri.getScheme()) && port == 80)
        || ("https".equals(uri.getScheme()) && port == 443);
    return uri.getScheme() + "://" + uri.getHost() + (defaultPort ? "" : ":" + port);
  }
}
