package dev.atrium.auth;

import dev.atrium.access.Access;
import dev.atrium.access.Subject;
import dev.atrium.auth.internal.AccountsTable;
import dev.atrium.auth.internal.AccountsTable.Account;
import dev.atrium.auth.internal.ApiTokensTable;
import dev.atrium.auth.internal.Passwords;
import dev.atrium.auth.internal.PolicyTable;
import dev.atrium.auth.internal.QrCodes;
import dev.atrium.auth.internal.Secrets;
import dev.atrium.auth.internal.SessionsTable;
import dev.atrium.auth.internal.SignInThrottle;
import dev.atrium.auth.internal.Totp;
import dev.atrium.org.DirectorySearch;
import dev.atrium.org.OrgDirectory;
import dev.atrium.org.PersonRef;
import dev.atrium.org.PersonSummary;
import dev.atrium.realtime.RealtimeGateway;
import dev.atrium.shared.AfterCommit;
import dev.atrium.shared.DomainException;
import dev.atrium.shared.Ids;
import dev.atrium.shared.Verbatim;
import jakarta.validation.constraints.Size;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a person manages about their own sign-in: password, TOTP, sessions, API tokens, language. */
@Service
public class AccountSecurity {

  public static final Set<String> TOKEN_SCOPES = Set.of("read", "write", "admin");
  private static final Set<String> LOCALES = Set.of("zh-CN", "en");

  /** A session as its owner sees it in the list. */
  public record SessionView(
      UUID id,
      boolean current,
      @Nullable String userAgent,
      @Nullable String ipAddress,
      Instant createdAt,
      Instant lastSeenAt) {}

  /** A started TOTP enrolment: the secret as text, as an otpauth URI and as a QR code. */
  public record TotpEnrolment(String secret, String otpauthUri, String qrSvg) {}

  /** A personal API token without its secret. */
  public record TokenView(
      UUID id,
      String name,
      List<String> scopes,
      Instant createdAt,
      Instant expiresAt,
      @Nullable Instant lastUsedAt) {}

  /** A token just created; {@code secret} is shown this once. */
  public record CreatedToken(TokenView token, String secret) {}

  /** Proof that the person at the keyboard is the account's owner: the password, or else a current TOTP code. */
  public record Reauthentication(
      @Nullable @Size(max = 200) @Verbatim String password,
      @Nullable @Size(max = 10) String code) {}

  private final AccountsTable accounts;
  private final SessionsTable sessions;
  private final ApiTokensTable tokens;
  private final PolicyTable policy;
  private final Passwords passwords;
  private final Secrets secrets;
  private final OrgDirectory directory;
  private final DirectorySearch search;
  private final Access access;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final RealtimeGateway realtime;
  private final SignInThrottle throttle;

  AccountSecurity(
      AccountsTable accounts,
      SessionsTable sessions,
      ApiTokensTable tokens,
      PolicyTable policy,
      Passwords passwords,
      Secrets secrets,
      OrgDirectory directory,
      DirectorySearch search,
      Access access,
      ApplicationEventPublisher events,
      Clock clock,
      RealtimeGateway realtime,
      SignInThrottle throttle) {
    this.accounts = accounts;
    this.sessions = sessions;
    this.tokens = tokens;
    this.policy = policy;
    this.passwords = passwords;
    this.secrets = secrets;
    this.directory = directory;
    this.search = search;
    this.access = access;
    this.events = events;
    this.clock = clock;
    this.realtime = realtime;
    this.throttle = throttle;
  }

  public Me me(Caller caller) {
    PersonSummary person = search.self(caller.subject());
    Account account = accounts.find(person.id()).orElse(null);
    List<Me.RoleHeld> roles = access.grantsOf(person.id()).stream()
        .map(g -> new Me.RoleHeld(
            g.role(),
            g.departmentId(),
            g.departmentId() == null
                ? null
                : directory.departmentName(g.departmentId()).orElse(null)))
        .toList();
    return new Me(
        person,
        roles,
        account == null ? null : account.locale(),
        caller.passwordChangeRequired(),
        account != null && account.mfaEnabled(),
        caller.mfaEnrolmentRequired(),
        access.capabilities(caller.subject()));
  }

  @Transactional
  public void setLocale(Subject subject, String locale) {
    if (!LOCALES.contains(locale)) {
      throw DomainException.badRequest(
          "auth.locale-unsupported", "Supported languages: zh-CN, en.");
    }
    accounts.setLocale(subject.personId(), locale);
  }

  /**
   * Changes the password and ends every other session of the person. Their API tokens are revoked too
   * unless they choose to keep them: a password changed because it leaked should take with it what
   * was made with it, while a routine change need not break every integration.
   */
  @Transactional
  public void changePassword(
      Caller caller, String address, String current, String next, boolean keepApiTokens) {
    PersonRef person = person(caller.subject());
    Account account = accounts.find(person.id()).orElseThrow();
    checkPassword(person, address, account, current);
    passwords.checkStrength(next, person.email());
    if (passwords.matches(next, account.passwordHash())) {
      throw DomainException.badRequest(
          "auth.password-unchanged", "Choose a password different from the current one.");
    }
    accounts.setPassword(person.id(), passwords.hash(next), false);
    endOtherSessions(caller);
    if (!keepApiTokens) {
      revokeAllTokens(person.id());
    }
    events.publishEvent(new AccountEvent(
        "auth.password.changed",
        person.id(),
        person.name(),
        Map.of("apiTokensKept", keepApiTokens)));
  }

  /**
   * Starts enrolling an authenticator. Replacing an active one needs the password or a current code,
   * so a borrowed session cannot take the second factor over; a first enrolment (also the one a
   * required-MFA policy forces at sign-in) needs neither. The row lock orders this against a
   * confirmation, so a secret is pending while TOTP is active only if this check passed.
   */
  @Transactional
  public TotpEnrolment startTotp(Caller caller, String address, Reauthentication proof) {
    refuseToken(caller);
    PersonRef person = person(caller.subject());
    Account account = accounts.findForUpdate(person.id()).orElseThrow();
    if (account.mfaEnabled()) {
      reauthenticate(person, address, account, proof);
    }
    String secret = Totp.newSecret();
    accounts.setPendingTotp(person.id(), secrets.encrypt(secret));
    String label =
        URLEncoder.encode("Atrium:" + person.email(), StandardCharsets.UTF_8).replace("+", "%20");
    String uri = "otpauth://totp/" + label + "?secret=" + secret
        + "&issuer=Atrium&algorithm=SHA1&digits=6&period=30";
    return new TotpEnrolment(secret, uri, QrCodes.svg(uri));
  }

  /**
   * Activates TOTP once a code from the new secret checks out; answers the recovery codes, shown once.
   * A replacement ends the person's other sessions, as a password change does.
   */
  @Transactional
  public List<String> confirmTotp(Caller caller, String code) {
    refuseToken(caller);
    PersonRef person = person(caller.subject());
    Account account = accounts.findForUpdate(person.id()).orElseThrow();
    if (account.totpPendingSecret() == null) {
      throw DomainException.conflict("auth.mfa-not-started", "Start the enrolment first.");
    }
    OptionalLong step =
        Totp.matchingStep(secrets.decrypt(account.totpPendingSecret()), code, clock.instant());
    if (step.isEmpty()) {
      throw DomainException.badRequest(
          "auth.mfa-invalid", "The code is wrong or was used already.");
    }
    accounts.enableTotp(person.id(), account.totpPendingSecret(), step.getAsLong());
    List<String> codes = RecoveryCodes.generate();
    accounts.replaceRecoveryCodes(
        person.id(), codes.stream().map(RecoveryCodes::hash).toList());
    if (account.mfaEnabled()) {
      endOtherSessions(caller);
    }
    events.publishEvent(AccountEvent.of(
        account.mfaEnabled() ? "auth.mfa.replaced" : "auth.mfa.enabled",
        person.id(),
        person.name()));
    return codes;
  }

  /** Turns TOTP off with the password or a current code, and ends the person's other sessions. */
  @Transactional
  public void disableTotp(Caller caller, String address, Reauthentication proof) {
    refuseToken(caller);
    PersonRef person = person(caller.subject());
    Account account = accounts.findForUpdate(person.id()).orElseThrow();
    reauthenticate(person, address, account, proof);
    if (policy.mfaRequired()) {
      throw DomainException.conflict(
          "auth.mfa-required-by-policy", "Your organisation requires two-step sign-in.");
    }
    accounts.disableTotp(person.id());
    endOtherSessions(caller);
    events.publishEvent(AccountEvent.of("auth.mfa.disabled", person.id(), person.name()));
  }

  public List<SessionView> sessions(Caller caller) {
    return sessions.ofPerson(caller.subject().personId()).stream()
        .map(s -> new SessionView(
            s.id(),
            !caller.viaToken() && s.id().equals(caller.credentialId()),
            s.userAgent(),
            s.ipAddress(),
            s.createdAt(),
            s.lastSeenAt()))
        .toList();
  }

  @Transactional
  public void revokeSession(Subject subject, UUID sessionId) {
    if (!sessions.delete(sessionId, subject.personId())) {
      throw DomainException.notFound("auth.session-not-found", "No such session.");
    }
    // the sockets that session opened close too (4001), on every node; the person's others stay
    AfterCommit.run(() -> realtime.disconnectSession(subject.personId(), sessionId));
  }

  public List<TokenView> tokens(Subject subject) {
    return tokens.ofPerson(subject.personId()).stream()
        .map(AccountSecurity::view)
        .toList();
  }

  /**
   * Makes a personal API token. Only a signed-in session may: a token that could mint tokens would
   * let whoever leaked it outlive its revocation by minting fresh ones, each good for a year.
   */
  @Transactional
  public CreatedToken createToken(
      Caller caller, String name, List<String> scopes, int expiresInDays) {
    refuseToken(caller);
    Subject subject = caller.subject();
    if (scopes.isEmpty() || !TOKEN_SCOPES.containsAll(scopes)) {
      throw DomainException.badRequest(
          "auth.token-scope-invalid", "Scopes are read, write and admin.");
    }
    if (expiresInDays < 1 || expiresInDays > 365) {
      throw DomainException.badRequest("auth.token-expiry-invalid", "A token lives 1 to 365 days.");
    }
    PersonRef person = person(subject);
    String secret = Secrets.randomToken("atr_", 32);
    var token = tokens.insert(
        Ids.newId(),
        Secrets.sha256(secret),
        person.id(),
        name.strip(),
        List.copyOf(scopes),
        clock.instant().plus(Duration.ofDays(expiresInDays)));
    events.publishEvent(new AccountEvent(
        "auth.token.created",
        person.id(),
        person.name(),
        Map.of("tokenName", token.name(), "scopes", token.scopes())));
    return new CreatedToken(view(token), secret);
  }

  @Transactional
  public void revokeToken(Subject subject, UUID tokenId) {
    if (!tokens.delete(tokenId, subject.personId())) {
      throw DomainException.notFound("auth.token-not-found", "No such token.");
    }
    events.publishEvent(new AccountEvent(
        "auth.token.revoked", subject.personId(), null, Map.of("tokenId", tokenId)));
    // a socket the token opened may post: it closes too (4001), on every node
    AfterCommit.run(() -> realtime.disconnectSession(subject.personId(), tokenId));
  }

  /** Ends the person's sessions other than the caller's (all of them when the caller is a token), sockets included. */
  private void endOtherSessions(Caller caller) {
    UUID personId = caller.subject().personId();
    List<UUID> others = sessions.ofPerson(personId).stream()
        .map(SessionsTable.Session::id)
        .filter(id -> !id.equals(caller.credentialId()))
        .toList();
    sessions.deleteAllOfExcept(personId, caller.credentialId());
    // the other sessions' sockets close too, on every node; this tab's stays open
    AfterCommit.run(() -> others.forEach(id -> realtime.disconnectSession(personId, id)));
  }

  private void revokeAllTokens(UUID personId) {
    List<UUID> revoked =
        tokens.ofPerson(personId).stream().map(ApiTokensTable.ApiToken::id).toList();
    tokens.deleteAllOf(personId);
    AfterCommit.run(() -> revoked.forEach(id -> realtime.disconnectSession(personId, id)));
  }

  /** Managing credentials and factors needs a person at a browser who signed in with them, never a token. */
  private static void refuseToken(Caller caller) {
    if (caller.viaToken()) {
      throw DomainException.forbidden(
          "auth.session-required", "Sign in to do this; an API token cannot.");
    }
  }

  /**
   * Checks the password, or else a current TOTP code (which is then used up). Failures count with
   * failed sign-ins, so a borrowed session cannot guess the password faster than the sign-in form can.
   */
  private void reauthenticate(
      PersonRef person, String address, Account account, Reauthentication proof) {
    if (proof.password() != null && !proof.password().isEmpty()) {
      checkPassword(person, address, account, proof.password());
      return;
    }
    if (proof.code() != null && !proof.code().isBlank() && account.totpSecret() != null) {
      refuseWhileThrottled(person, address);
      OptionalLong step =
          Totp.matchingStep(secrets.decrypt(account.totpSecret()), proof.code(), clock.instant());
      if (step.isEmpty() || step.getAsLong() <= account.totpLastStep()) {
        throttle.recordFailure(person.email(), address);
        throw DomainException.badRequest(
            "auth.mfa-invalid", "The code is wrong or was used already.");
      }
      accounts.markTotpStepUsed(account.personId(), step.getAsLong());
      return;
    }
    throw DomainException.forbidden(
        "auth.reauthentication-required",
        "Confirm with your password or a code from your authenticator app.");
  }

  private void checkPassword(PersonRef person, String address, Account account, String password) {
    refuseWhileThrottled(person, address);
    if (!passwords.matches(password, account.passwordHash())) {
      throttle.recordFailure(person.email(), address);
      throw DomainException.badRequest("auth.bad-credentials", "The password is wrong.");
    }
  }

  private void refuseWhileThrottled(PersonRef person, String address) {
    OptionalLong wait = throttle.retryAfter(person.email(), address);
    if (wait.isPresent()) {
      throw new DomainException(
          HttpStatus.TOO_MANY_REQUESTS,
          "auth.throttled",
          "Too many wrong passwords or codes; try again later.",
          Map.of("retryAfterSeconds", wait.getAsLong()));
    }
  }

  private PersonRef person(Subject subject) {
    return directory
        .find(subject.personId())
        .orElseThrow(() -> DomainException.notFound("org.person-not-found", "No such person."));
  }

  private static TokenView view(ApiTokensTable.ApiToken t) {
    return new TokenView(
        t.id(), t.name(), t.scopes(), t.createdAt(), t.expiresAt(), t.lastUsedAt());
  }
}
