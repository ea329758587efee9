package dev.atrium.auth.web;

import dev.atrium.auth.AccountSecurity;
import dev.atrium.auth.CallerLookup;
import dev.atrium.auth.Me;
import dev.atrium.auth.SignIn;
import dev.atrium.shared.Verbatim;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "auth")
@RestController
@RequestMapping("/api/v1/auth")
class AuthController {

  /** A sign-in form: the e-mail, the password, and a second factor when asked for one. */
  record SignInRequest(
      @NotBlank @Size(max = 320) String login,
      @NotBlank @Size(max = 200) @Verbatim String password,
      @Nullable @Size(max = 10) String totpCode,
      @Nullable @Size(max = 20) String recoveryCode) {}

  private final SignIn signIn;
  private final CallerLookup lookup;
  private final AccountSecurity account;
  private final CsrfTokenRepository csrfTokens;

  AuthController(
      SignIn signIn, CallerLookup lookup, AccountSecurity account, CsrfTokenRepository csrfTokens) {
    this.signIn = signIn;
    this.lookup = lookup;
    this.account = account;
    this.csrfTokens = csrfTokens;
  }

  /** Makes sure the browser holds a CSRF cookie before its first unsafe request. */
  @GetMapping("/csrf")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void csrf(@Parameter(hidden = true) CsrfToken token) {
    token.getToken();
  }

  @PostMapping("/sign-in")
  Me signIn(
      @Valid @RequestBody SignInRequest body,
      HttpServletRequest request,
      HttpServletResponse response) {
    SignIn.Session session = signIn.signIn(new SignIn.Attempt(
        body.login(),
        body.password(),
        body.totpCode(),
        body.recoveryCode(),
        request.getRemoteAddr(),
        request.getHeader(HttpHeaders.USER_AGENT)));
    SessionCookie.write(request, response, session.token());
    // a token known before signing in (one an attacker may have planted) is not valid after it
    csrfTokens.saveToken(csrfTokens.generateToken(request), request, response);
    return account.me(lookup.bySessionToken(session.token()).orElseThrow());
  }

  @PostMapping("/sign-out")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void signOut(HttpServletRequest request, HttpServletResponse response) {
    SessionCookie.read(request).ifPresent(signIn::signOut);
    SessionCookie.clear(request, response);
  }
}
