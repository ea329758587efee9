package dev.atrium.auth.web;

import dev.atrium.auth.Caller;
import dev.atrium.auth.CallerLookup;
import dev.atrium.shared.RequestLimits;
import dev.atrium.shared.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatchers;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates each API request from its bearer token or session cookie and applies the request
 * budgets. What the credential then allows is decided by route, in {@link CallerRules}.
 */
final class CallerFilter extends OncePerRequestFilter {

  private static final String BEARER = "Bearer ";
  private static final RequestMatcher AUTHENTICATED = RequestMatchers.anyOf(
      PathPatternRequestMatcher.pathPattern("/api/**"),
      PathPatternRequestMatcher.pathPattern("/actuator/**"));

  private final CallerLookup lookup;
  private final ProblemWriter problems;
  private final RequestLimits perPerson;
  private final RequestLimits perAddress;

  CallerFilter(
      CallerLookup lookup,
      ProblemWriter problems,
      RequestLimits perPerson,
      RequestLimits perAddress) {
    this.lookup = lookup;
    this.problems = problems;
    this.perPerson = perPerson;
    this.perAddress = perAddress;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !AUTHENTICATED.matches(request);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
    Optional<Caller> caller;
    if (authorization != null) {
      if (!authorization.startsWith(BEARER)) {
        problems.write(
            response,
            HttpStatus.UNAUTHORIZED,
            "auth.token-invalid",
            "Use Authorization: Bearer <token>.");
        return;
      }
      caller = lookup.byApiToken(authorization.substring(BEARER.length()).strip());
      if (caller.isEmpty()) {
        problems.write(
            response,
            HttpStatus.UNAUTHORIZED,
            "auth.token-invalid",
            "The token is unknown, revoked or expired.");
        return;
      }
    } else {
      caller = SessionCookie.read(request).flatMap(lookup::bySessionToken);
    }
    OptionalLong wait = caller.isPresent()
        ? perPerson.take(caller.get().subject().personId().toString())
        : perAddress.take(request.getRemoteAddr());
    if (wait.isPresent()) {
      response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait.getAsLong()));
      problems.write(
          response,
          HttpStatus.TOO_MANY_REQUESTS,
          "request.rate-limited",
          "Too many requests; slow down.");
      return;
    }
    caller.ifPresent(
        c -> SecurityContextHolder.getContext().setAuthentication(new CallerAuthentication(c)));
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }
}
