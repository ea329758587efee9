package dev.atrium.auth;

import dev.atrium.access.Subject;
import dev.atrium.auth.internal.ApiTokensTable;
import dev.atrium.auth.internal.Secrets;
import dev.atrium.auth.internal.SessionsTable;
import dev.atrium.org.OrgDirectory;
import dev.atrium.org.PersonRef;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Turns a session cookie or a bearer token into a {@link Caller}. A suspended person is nobody:
 * every credential of theirs stops working on the next request, on every node.
 */
@Service
public class CallerLookup {

  /** Sliding the expiry once a minute is enough, and keeps reads from writing on every request. */
  private static final java.time.Duration TOUCH_EVERY = java.time.Duration.ofMinutes(1);

  private final SessionsTable sessions;
  private final ApiTokensTable tokens;
  private final OrgDirectory directory;
  private final Clock clock;

  CallerLookup(SessionsTable sessions, ApiTokensTable tokens, OrgDirectory directory, Clock clock) {
    this.sessions = sessions;
    this.tokens = tokens;
    this.directory = directory;
    this.clock = clock;
  }

  public Optional<Caller> bySessionToken(String token) {
    return sessions
        .findLiveWithSteps(Secrets.sha256(token))
        .flatMap(live -> activePerson(live.session().personId()).map(person -> {
          var session = live.session();
          if (session.lastSeenAt().isBefore(clock.instant().minus(TOUCH_EVERY))) {
            sessions.touch(session.id(), clock.instant().plus(SignIn.SESSION_IDLE));
          }
          return new Caller(
              subject(person),
              session.id(),
              false,
              Set.of(),
              live.passwordChangeRequired(),
              live.mfaEnrolmentDue());
        }));
  }

  public Optional<Caller> byApiToken(String token) {
    return tokens
        .findLive(Secrets.sha256(token))
        .flatMap(t -> activePerson(t.personId()).map(person -> {
          if (t.lastUsedAt() == null
              || t.lastUsedAt().isBefore(clock.instant().minus(TOUCH_EVERY))) {
            tokens.touch(t.id());
          }
          return new Caller(subject(person), t.id(), true, Set.copyOf(t.scopes()), false, false);
        }));
  }

  private Optional<PersonRef> activePerson(UUID personId) {
    return directory.find(personId).filter(p -> !p.suspended());
  }

  private static Subject subject(PersonRef person) {
    return new Subject(person.id(), person.guest());
  }
}
