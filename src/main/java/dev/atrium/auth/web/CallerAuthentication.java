package dev.atrium.auth.web;

import dev.atrium.access.SessionId;
import dev.atrium.auth.Caller;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A verified caller as Spring Security holds it; the principal is the access module's Subject. */
final class CallerAuthentication extends AbstractAuthenticationToken {

  private final Caller caller;

  CallerAuthentication(Caller caller) {
    super(List.of(new SimpleGrantedAuthority(caller.viaToken() ? "TOKEN" : "SESSION")));
    this.caller = caller;
    if (!caller.viaToken()) {
      setDetails(new SessionId(caller.credentialId()));
    }
    setAuthenticated(true);
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
