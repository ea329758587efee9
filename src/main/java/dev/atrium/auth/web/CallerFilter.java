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
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates each API request from its bearer token or session cookie, then applies what the
 * credential allows: a token's scopes, and a session's pending steps (password change, MFA
 * enrolment) that confine it to the account endpoints.
 */
final class CallerFilter extends OncePerRequestFilter {

  private static final String BEARER = "Bearer ";
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

  private final CallerLookup lookup;
  private final ProblemWriter problems;
  private final RequestLimits perPerson;
  private final RequestLimits perAddress;

  CallerFilter(CallerLookup lookup, ProblemWriter problems, RequestLimits perPerson, RequestLimits perAddress) {
    this.lookup = lookup;
    this.problems = problems;
    this.perPerson = perPerson;
    this.perAddress = perAddress;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().startsWith("/api/") && !request.getRequestURI().startsWith("/actuator/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
    Optional<Caller> caller;
    if (authorization != null) {
      if (!authorization.startsWith(BEARER)) {
        problems.write(response, HttpStatus.UNAUTHORIZED, "auth.token-invalid", "Use Authorization: Bearer <token>.");
        return;
      }
      caller = lookup.byApiToken(authorization.substring(BEARER.length()).strip());
      if (caller.isEmpty()) {
        problems.write(response, HttpStatus.UNAUTHORIZED, "auth.token-invalid", "The token is unknown, revoked or expired.");
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
      problems.write(response, HttpStatus.TOO_MANY_REQUESTS, "request.rate-limited", "Too many requests; slow down.");
      return;
    }
    if (caller.isPresent() && !allowed(caller.get(), request, response)) {
      return;
    }
    caller.ifPresent(c -> SecurityContextHolder.getContext().setAuthentication(new CallerAuthentication(c)));
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  private boolean allowed(Caller caller, HttpServletRequest request, HttpServletResponse response) throws IOException {
    String path = request.getRequestURI();
    if (caller.viaToken()) {
      boolean admin = path.startsWith("/api/v1/admin/");
      boolean ok = caller.tokenScopes().contains("admin")
          || (!admin && (caller.tokenScopes().contains("write") || SAFE.contains(request.getMethod())));
      if (!ok) {
        problems.write(response, HttpStatus.FORBIDDEN, "auth.token-scope", "This token's scopes do not allow this request.");
      }
      return ok;
    }
    boolean accountStep = path.equals("/api/v1/me") || path.startsWith("/api/v1/me/password")
        || path.startsWith("/api/v1/me/mfa") || path.startsWith("/api/v1/me/preferences") || path.startsWith("/api/v1/auth/");
    if (caller.passwordChangeRequired() && !accountStep) {
      problems.write(response, HttpStatus.FORBIDDEN, "auth.password-change-required", "Choose a new password first.");
      return false;
    }
    if (caller.mfaEnrolmentRequired() && !accountStep) {
      problems.write(response, HttpStatus.FORBIDDEN, "auth.mfa-enrolment-required", "Set up two-step sign-in first.");
      return false;
    }
    return true;
  }
}
