package dev.atrium.auth.web;

import dev.atrium.access.SessionId;
import dev.atrium.auth.Caller;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A verified caller as Spring Security holds it; the principal is the access module's Subject. A
 * token's scopes are its {@code SCOPE_…} authorities, and the details name the session or token, so
 * a socket it opens knows whether it may write and can be closed when that credential is revoked.
 */
final class CallerAuthentication extends AbstractAuthenticationToken {

  private final Caller caller;

  CallerAuthentication(Caller caller) {
    super(authorities(caller));
    this.caller = caller;
    setDetails(new SessionId(caller.credentialId()));
    setAuthenticated(true);
  }

  private static List<SimpleGrantedAuthority> authorities(Caller caller) {
    List<SimpleGrantedAuthority> granted = new java.util.ArrayList<>();
    granted.add(new SimpleGrantedAuthority(caller.viaToken() ? "TOKEN" : "SESSION"));
    caller
        .tokenScopes()
        .forEach(scope -> granted.add(new SimpleGrantedAuthority("SCOPE_" + scope)));
    return granted;
  }

  Caller caller() {
    return caller;
  }

  @Override
  public Object getCredentials() {
    return "";
  }

  @Override
  public Object getPrincipal() {
    return caller.subject();
  }
}
