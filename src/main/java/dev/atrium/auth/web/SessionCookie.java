package dev.atrium.auth.web;

import dev.atrium.auth.SignIn;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/** The session cookie: {@code __Host-} prefixed over TLS, always HttpOnly and SameSite=Lax. */
final class SessionCookie {

  static final String PLAIN = "atrium_session";
  static final String SECURE = "__Host-atrium_session";

  private SessionCookie() {}

  static Optional<String> read(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return Optional.empty();
    }
    return Arrays.stream(cookies)
        .filter(c -> c.getName().equals(SECURE) || c.getName().equals(PLAIN))
        .map(Cookie::getValue)
        .filter(v -> !v.isBlank())
        .findFirst();
  }

  static void write(HttpServletRequest request, HttpServletResponse response, String token) {
    response.addHeader(
        HttpHeaders.SET_COOKIE,
        cookie(request, token, SignIn.SESSION_IDLE.toSeconds()).toString());
  }

  static void clear(HttpServletRequest request, HttpServletResponse response) {
    response.addHeader(HttpHeaders.SET_COOKIE, cookie(request, "", 0).toString());
  }

  private static ResponseCookie cookie(HttpServletRequest request, String value, long maxAge) {
    boolean secure = request.isSecure();
    return ResponseCookie.from(secure ? SECURE : PLAIN, value)
        .httpOnly(true)
        .secure(secure)
        .sameSite("Lax")
        .path("/")
        .maxAge(maxAge)
        .build();
  }
}
