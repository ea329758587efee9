package dev.atrium.auth.web;

import dev.atrium.access.Access;
import dev.atrium.access.Permission;
import dev.atrium.access.Scope;
import dev.atrium.auth.Caller;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * What a verified caller's credential allows: a token's scopes, and a session's pending steps
 * (password change, MFA enrolment) that confine it to the account endpoints. SecurityConfiguration
 * attaches one rule to each route pattern; Spring Security matches the patterns on the decoded path,
 * as Spring MVC routes it, so a request is judged by the endpoint it reaches, however it is spelled.
 */
final class CallerRules {

  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
  private static final AuthorizationDecision GRANTED = new AuthorizationDecision(true);
  /** Not signed in: Spring Security answers with the entry point's 401. */
  private static final AuthorizationDecision ANONYMOUS = new AuthorizationDecision(false);

  /** A refusal with the code the access-denied handler writes into the problem document. */
  static final class Refusal extends AuthorizationDecision {

    final String code;
    final String detail;

    Refusal(String code, String detail) {
      super(false);
      this.code = code;
      this.detail = detail;
    }
  }

  private static final Refusal TOKEN_SCOPE =
      new Refusal("auth.token-scope", "This token's scopes do not allow this request.");
  private static final Refusal PASSWORD_CHANGE =
      new Refusal("auth.password-change-required", "Choose a new password first.");
  private static final Refusal MFA_ENROLMENT =
      new Refusal("auth.mfa-enrolment-required", "Set up two-step sign-in first.");
  private static final Refusal NOT_SYSTEM_ADMIN =
      new Refusal("access.denied", "You may not do this.");

  private CallerRules() {}

  /** The account endpoints a session with a pending step may still use to complete it. */
  static AuthorizationManager<RequestAuthorizationContext> accountStep() {
    return (authentication, context) -> decide(authentication, context, false, true);
  }

  /** The API: reading needs any scope, changing needs {@code write}. */
  static AuthorizationManager<RequestAuthorizationContext> signedIn() {
    return (authentication, context) -> decide(authentication, context, false, false);
  }

  /** Administration endpoints: a token needs the {@code admin} scope, whatever the method. */
  static AuthorizationManager<RequestAuthorizationContext> administration() {
    return (authentication, context) -> decide(authentication, context, true, false);
  }

  /**
   * The installation's own figures (metrics): administration, and only for a system administrator.
   * Reading them is an installation-wide power, as changing its settings is.
   */
  static AuthorizationManager<RequestAuthorizationContext> systemAdministrator(Access access) {
    return (authentication, context) -> {
      AuthorizationResult caller = decide(authentication, context, true, false);
      if (!caller.isGranted()) {
        return caller;
      }
      var subject = ((CallerAuthentication) authentication.get()).caller().subject();
      return access.can(subject, Permission.SETTINGS_MANAGE, Scope.company())
          ? GRANTED
          : NOT_SYSTEM_ADMIN;
    };
  }

  private static AuthorizationResult decide(
      Supplier<? extends Authentication> authentication,
      RequestAuthorizationContext context,
      boolean administration,
      boolean accountStep) {
    if (!(authentication.get() instanceof CallerAuthentication signedIn)) {
      return ANONYMOUS;
    }
    Caller caller = signedIn.caller();
    if (caller.viaToken()) {
      Set<String> scopes = caller.tokenScopes();
      boolean allowed = scopes.contains("admin")
          || !administration
              && (scopes.contains("write") || SAFE.contains(context.getRequest().getMethod()));
      return allowed ? GRANTED : TOKEN_SCOPE;
    }
    if (!accountStep && caller.passwordChangeRequired()) {
      return PASSWORD_CHANGE;
    }
    if (!accountStep && caller.mfaEnrolmentRequired()) {
      return MFA_ENROLMENT;
    }
    return GRANTED;
  }
}
