package dev.atrium.auth;

import dev.atrium.auth.internal.AccountsTable;
import dev.atrium.auth.internal.AccountsTable.Account;
import dev.atrium.auth.internal.Passwords;
import dev.atrium.auth.internal.Secrets;
import dev.atrium.auth.internal.SessionsTable;
import dev.atrium.auth.internal.SignInThrottle;
import dev.atrium.auth.internal.Totp;
import dev.atrium.org.OrgDirectory;
import dev.atrium.org.PersonRef;
import dev.atrium.realtime.RealtimeGateway;
import dev.atrium.shared.DomainException;
import dev.atrium.shared.Ids;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Password (and second factor) sign-in, throttled per account and per address. */
@Service
public class SignIn {

  /** How long a session lives without use. */
  public static final Duration SESSION_IDLE = Duration.ofDays(14);

  /** One attempt as the browser sent it. */
  public record Attempt(
      String login,
      String password,
      @Nullable String totpCode,
      @Nullable String recoveryCode,
      String ipAddress,
      @Nullable String userAgent) {}

  /** A new session; {@code token} goes into the cookie and nowhere else. */
  public record Session(String token, UUID personId) {}

  private final OrgDirectory directory;
  private final AccountsTable accounts;
  private final SessionsTable sessions;
  private final SignInThrottle throttle;
  private final Passwords passwords;
  private final Secrets secrets;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final RealtimeGateway realtime;

  SignIn(
      OrgDirectory directory,
      AccountsTable accounts,
      SessionsTable sessions,
      SignInThrottle throttle,
      Passwords passwords,
      Secrets secrets,
      TransactionTemplate tx,
      Clock clock,
      RealtimeGateway realtime) {
    this.realtime = realtime;
    this.directory = directory;
    this.accounts = accounts;
    this.sessions = sessions;
    this.throttle = throttle;
    this.passwords = passwords;
    this.secrets = secrets;
    this.tx = tx;
    this.clock = clock;
  }

  public Session signIn(Attempt attempt) {
    String login = attempt.login().strip();
    OptionalLong wait = throttle.retryAfter(login, attempt.ipAddress());
    if (wait.isPresent()) {
      throw new DomainException(
          HttpStatus.TOO_MANY_REQUESTS,
          "auth.throttled",
          "Too many failed sign-ins; try again later.",
          Map.of("retryAfterSeconds", wait.getAsLong()));
    }
    Optional<PersonRef> person = directory.findByEmail(login);
    Optional<Account> account = person.flatMap(p -> accounts.find(p.id()));
    if (account.isEmpty()) {
      passwords.burnTime(attempt.password());
      throw failed(login, attempt.ipAddress());
    }
    if (!passwords.matches(attempt.password(), account.get().passwordHash())) {
      throw failed(login, attempt.ipAddress());
    }
    if (person.get().suspended()) {
      throw DomainException.forbidden("auth.account-suspended", "This account is suspended.");
    }
    UUID personId = person.get().id();
    try {
      return tx.execute(status -> newSession(personId, attempt, login));
    } catch (DomainException e) {
      if (e.code().equals("auth.mfa-invalid")) {
        throttle.recordFailure(login, attempt.ipAddress());
      }
      throw e;
    }
  }

  private Session newSession(UUID personId, Attempt attempt, String login) {
    Account locked = accounts.findForUpdate(personId).orElseThrow();
    if (locked.mfaEnabled()) {
      checkSecondFactor(locked, attempt);
    }
    throttle.clear(login);
    String token = Secrets.randomToken("", 32);
    sessions.insert(
        Ids.newId(),
        Secrets.sha256(token),
        personId,
        clock.instant().plus(SESSION_IDLE),
        attempt.ipAddress(),
        truncate(attempt.userAgent()));
    return new Session(token, personId);
  }

  private void checkSecondFactor(Account account, Attempt attempt) {
    if (attempt.recoveryCode() != null && !attempt.recoveryCode().isBlank()) {
      String normalised = attempt.recoveryCode().strip().toLowerCase().replace(" ", "");
      if (!accounts.useRecoveryCode(account.personId(), RecoveryCodes.hash(normalised))) {
        throw failedSecondFactor();
      }
      return;
    }
    if (attempt.totpCode() == null || attempt.totpCode().isBlank()) {
      throw new DomainException(
          HttpStatus.UNAUTHORIZED,
          "auth.mfa-required",
          "Enter the code from your authenticator app.");
    }
    String secret =
        secrets.decrypt(Objects.requireNonNull(account.totpSecret(), "checked only with MFA on"));
    OptionalLong step = Totp.matchingStep(secret, attempt.totpCode(), clock.instant());
    if (step.isEmpty() || step.getAsLong() <= account.totpLastStep()) {
      throw failedSecondFactor();
    }
    accounts.markTotpStepUsed(account.personId(), step.getAsLong());
  }

  /** Ends the session this token belongs to, and the sockets it opened; an unknown token is already signed out. */
  public void signOut(String token) {
    sessions
        .deleteByToken(Secrets.sha256(token))
        .ifPresent(ended -> realtime.disconnectSession(ended.personId(), ended.id()));
  }

  private DomainException failed(String login, String address) {
    throttle.recordFailure(login, address);
    return new DomainException(
        HttpStatus.UNAUTHORIZED, "auth.bad-credentials", "The e-mail or password is wrong.");
  }

  /** The caller records the failure once the sign-in transaction has rolled back. */
  private static DomainException failedSecondFactor() {
    return new DomainException(
        HttpStatus.UNAUTHORIZED, "auth.mfa-invalid", "The code is wrong or was used already.");
  }

  private static @Nullable String truncate(@Nullable String userAgent) {
    return userAgent == null || userAgent.length() <= 400 ? userAgent : userAgent.substring(0, 400);
  }
}
