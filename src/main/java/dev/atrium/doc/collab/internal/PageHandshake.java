package dev.atrium.doc.collab.internal;

import dev.atrium.access.Subject;
import dev.atrium.doc.PageAccess;
import dev.atrium.doc.Pages;
import dev.atrium.shared.DomainException;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;

/**
 * After realtime's handshake rules (who, from where): the page must exist and be readable by the
 * caller, or the handshake answers 404 as the page's HTTP endpoints do.
 */
final class PageHandshake implements HandshakeInterceptor {

  static final String PAGE = "atrium.doc.pageId";
  static final String SUBJECT = "atrium.doc.subject";
  static final String ACCESS = "atrium.doc.access";

  private final Pages pages;

  PageHandshake(Pages pages) {
    this.pages = pages;
  }

  @Override
  public boolean beforeHandshake(
      ServerHttpRequest request,
      ServerHttpResponse response,
      WebSocketHandler handler,
      Map<String, Object> attributes) {
    var auth = SecurityContextHolder.getContext().getAuthentication();
    UUID pageId = pageId(request.getURI().getPath());
    if (auth == null || !(auth.getPrincipal() instanceof Subject subject) || pageId == null) {
      response.setStatusCode(HttpStatus.NOT_FOUND);
      return false;
    }
    try {
      PageAccess access = pages.access(subject, pageId);
      attributes.put(PAGE, pageId);
      attributes.put(SUBJECT, subject);
      attributes.put(ACCESS, access);
      return true;
    } catch (DomainException e) {
      response.setStatusCode(HttpStatus.valueOf(e.status().value()));
      return false;
    }
  }

  /** The id in {@code /api/v1/pages/{id}/collab}; null when it is not a UUID. */
  static @Nullable UUID pageId(String path) {
    String[] parts = path.split("/");
    if (parts.length < 2) {
      return null;
    }
    try {
      return UUID.fromString(parts[parts.length - 2]);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  @Override
  public void afterHandshake(
      ServerHttpRequest request,
      ServerHttpResponse response,
      WebSocketHandler handler,
      @Nullable Exception exception) {}
}
