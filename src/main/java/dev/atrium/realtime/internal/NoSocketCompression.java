package dev.atrium.realtime.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Hides a WebSocket handshake's offer of extensions from the container, so that no socket of
 * Atrium's (chat's or a page's) negotiates permessage-deflate, which every browser offers and
 * Tomcat accepts whatever the application says (docs/adr/0007).
 */
@Component
class NoSocketCompression extends OncePerRequestFilter {

  static final String EXTENSIONS = "Sec-WebSocket-Extensions";

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return request.getHeader(EXTENSIONS) == null
        || !"websocket".equalsIgnoreCase(request.getHeader("Upgrade"));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    chain.doFilter(
        new HttpServletRequestWrapper(request) {
          @Override
          public @Nullable String getHeader(String name) {
            return EXTENSIONS.equalsIgnoreCase(name) ? null : super.getHeader(name);
          }

          @Override
          public Enumeration<String> getHeaders(String name) {
            return EXTENSIONS.equalsIgnoreCase(name)
                ? Collections.emptyEnumeration()
                : super.getHeaders(name);
          }

          @Override
          public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                .filter(name -> !EXTENSIONS.equalsIgnoreCase(name))
                .toList());
          }
        },
        response);
  }
}
