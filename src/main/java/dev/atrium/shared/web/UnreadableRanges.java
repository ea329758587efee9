package dev.atrium.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRange;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Hides a {@code Range} header that cannot be read (bad syntax, another unit, no range, too many), so
 * the resource is served whole: RFC 9110 lets a server ignore such a header, and every handler that
 * serves ranges would otherwise refuse the request with a bare 416.
 */
@Component
class UnreadableRanges extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String range = request.getHeader(HttpHeaders.RANGE);
    chain.doFilter(
        range == null || readable(range) ? request : new WithoutRange(request), response);
  }

  private static boolean readable(String range) {
    try {
      return !HttpRange.parseRanges(range).isEmpty();
    } catch (IllegalArgumentException unreadable) {
      return false;
    }
  }

  private static final class WithoutRange extends HttpServletRequestWrapper {

    WithoutRange(HttpServletRequest request) {
      super(request);
    }

    @Override
    public @Nullable String getHeader(String name) {
      return isRange(name) ? null : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      return isRange(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
    }

    @Override
    public Enumeration<String> getHeaderNames() {
      return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
          .filter(n -> !isRange(n))
          .toList());
    }

    private static boolean isRange(String name) {
      return HttpHeaders.RANGE.equalsIgnoreCase(name)
          || HttpHeaders.IF_RANGE.equalsIgnoreCase(name);
    }
  }
}
