package dev.atrium.auth.web;

import dev.atrium.access.Subject;
import dev.atrium.auth.AccountSecurity;
import dev.atrium.auth.AccountSecurity.CreatedToken;
import dev.atrium.auth.AccountSecurity.Reauthentication;
import dev.atrium.auth.AccountSecurity.SessionView;
import dev.atrium.auth.AccountSecurity.TokenView;
import dev.atrium.auth.AccountSecurity.TotpEnrolment;
import dev.atrium.auth.Me;
import dev.atrium.shared.Verbatim;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "me")
@RestController
@RequestMapping("/api/v1/me")
class MeController {

  record Preferences(@NotBlank String locale) {}

  /** {@code keepApiTokens}: keep the personal API tokens working; absent or false revokes them all. */
  record PasswordChange(
      @NotBlank @Size(max = 200) @Verbatim String currentPassword,
      @NotBlank @Size(max = 200) @Verbatim String newPassword,
      @Nullable Boolean keepApiTokens) {}

  record TotpCode(@NotBlank @Size(max = 10) String code) {}

  record RecoveryCodeList(List<String> recoveryCodes) {}

  record NewToken(
      @NotBlank @Size(max = 100) String name,
      @NotEmpty List<@NotBlank String> scopes,
      @NotNull @Min(1) @Max(365) Integer expiresInDays) {}

  private final AccountSecurity account;

  MeController(AccountSecurity account) {
    this.account = account;
  }

  @GetMapping
  Me me() {
    return account.me(CurrentCaller.get());
  }

  @PatchMapping("/preferences")
  Me preferences(@AuthenticationPrincipal Subject subject, @Valid @RequestBody Preferences body) {
    account.setLocale(subject, body.locale());
    return account.me(CurrentCaller.get());
  }

  @PutMapping("/password")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void changePassword(@Valid @RequestBody PasswordChange body, HttpServletRequest request) {
    account.changePassword(
        CurrentCaller.get(),
        request.getRemoteAddr(),
        body.currentPassword(),
        body.newPassword(),
        Boolean.TRUE.equals(body.keepApiTokens()));
  }

  @GetMapping("/sessions")
  List<SessionView> sessions() {
    return account.sessions(CurrentCaller.get());
  }

  @DeleteMapping("/sessions/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void revokeSession(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    account.revokeSession(subject, id);
  }

  /** A first enrolment needs no body; replacing an active authenticator needs the password or a current code. */
  @PostMapping("/mfa/totp")
  TotpEnrolment startTotp(
      @Valid @RequestBody(required = false) @Nullable Reauthentication body,
      HttpServletRequest request) {
    return account.startTotp(
        CurrentCaller.get(),
        request.getRemoteAddr(),
        body == null ? new Reauthentication(null, null) : body);
  }

  @PostMapping("/mfa/totp/confirm")
  RecoveryCodeList confirmTotp(@Valid @RequestBody TotpCode body) {
    return new RecoveryCodeList(account.confirmTotp(CurrentCaller.get(), body.code()));
  }

  @DeleteMapping("/mfa/totp")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void disableTotp(@Valid @RequestBody Reauthentication body, HttpServletRequest request) {
    account.disableTotp(CurrentCaller.get(), request.getRemoteAddr(), body);
  }

  @GetMapping("/tokens")
  List<TokenView> tokens(@AuthenticationPrincipal Subject subject) {
    return account.tokens(subject);
  }

  @PostMapping("/tokens")
  @ResponseStatus(HttpStatus.CREATED)
  CreatedToken createToken(@Valid @RequestBody NewToken body) {
    return account.createToken(
        CurrentCaller.get(), body.name(), body.scopes(), body.expiresInDays());
  }

  @DeleteMapping("/tokens/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void revokeToken(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    account.revokeToken(subject, id);
  }
}
