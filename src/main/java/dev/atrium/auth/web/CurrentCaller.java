package dev.atrium.auth.web;

import dev.atrium.auth.Caller;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;

/** The caller the filter authenticated for this request. */
final class CurrentCaller {

  private CurrentCaller() {}

  static Caller get() {
    if (SecurityContextHolder.getContext().getAuthentication()
        instanceof CallerAuthentication auth) {
      return auth.caller();
    }
    throw new AuthenticationCredentialsNotFoundException("Not signed in");
  }
}
