package dev.atrium.auth;

import dev.atrium.access.Access;
import dev.atrium.access.Permission;
import dev.atrium.access.Scope;
import dev.atrium.access.Subject;
import dev.atrium.auth.internal.AccountsTable;
import dev.atrium.auth.internal.ApiTokensTable;
import dev.atrium.auth.internal.Passwords;
import dev.atrium.auth.internal.PolicyTable;
import dev.atrium.auth.internal.SessionsTable;
import dev.atrium.org.OrgDirectory;
import dev.atrium.org.PersonRef;
import dev.atrium.org.PersonSuspended;
import dev.atrium.realtime.RealtimeGateway;
import dev.atrium.shared.AfterCommit;
import dev.atrium.shared.DomainException;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What administrators do to other people's sign-in: reset passwords, end access, set the MFA policy. */
@Service
public class AccountAdministration {

  /** The installation-wide sign-in policy. */
  public record Policy(boolean mfaRequired) {}

  private final AccountsTable accounts;
  private final SessionsTable sessions;
  private final ApiTokensTable tokens;
  private final PolicyTable policy;
  private final Passwords passwords;
  private final OrgDirectory directory;
  private final Access access;
  private final ApplicationEventPublisher events;
  private final RealtimeGateway realtime;

  AccountAdministration(
      AccountsTable accounts,
      SessionsTable sessions,
      ApiTokensTable tokens,
      PolicyTable policy,
      Passwords passwords,
      OrgDirectory directory,
      Access access,
      ApplicationEventPublisher events,
      RealtimeGateway realtime) {
    this.accounts = accounts;
    this.sessions = sessions;
    this.tokens = tokens;
    this.policy = policy;
    this.passwords = passwords;
    this.directory = directory;
    this.access = access;
    this.events = events;
    this.realtime = realtime;
  }

  /**
   * Gives the person a one-time password they must change at their next sign-in, and ends their
   * sessions and API tokens: whoever held the account before the reset keeps no way in. Also how a
   * newly created person gets their first password.
   */
  @Transactional
  public String resetPassword(Subject actor, UUID personId) {
    PersonRef person = visiblePerson(actor, personId);
    access.checkOnPerson(
        actor,
        Permission.ACCOUNT_ADMINISTER,
        Scope.department(person.departmentPath()),
        person.id());
    String temporary = Passwords.temporary();
    accounts.setPassword(person.id(), passwords.hash(temporary), true);
    sessions.deleteAllOf(person.id());
    tokens.deleteAllOf(person.id());
    events.publishEvent(AccountEvent.of("auth.password.reset", person.id(), person.name()));
    return temporary;
  }

  /**
   * A suspended person's sessions and tokens end in the suspending transaction, so no request
   * of theirs is served after it commits.
   */
  @EventListener
  void endAllAccess(PersonSuspended suspended) {
    sessions.deleteAllOf(suspended.personId());
    tokens.deleteAllOf(suspended.personId());
  }

  /** Open sockets close once the suspension has committed, on every node. */
  @EventListener
  void closeSockets(PersonSuspended suspended) {
    AfterCommit.run(() -> realtime.disconnect(suspended.personId()));
  }

  /** A reset password signs the person out everywhere, sockets (of sessions and tokens) included. */
  @EventListener(condition = "#event.action() == 'auth.password.reset'")
  void closeSockets(AccountEvent event) {
    AfterCommit.run(() -> realtime.disconnect(event.personId()));
  }

  public Policy policy(Subject actor) {
    access.check(actor, Permission.SETTINGS_MANAGE, Scope.company());
    return new Policy(policy.mfaRequired());
  }

  @Transactional
  public Policy setPolicy(Subject actor, Policy next) {
    access.check(actor, Permission.SETTINGS_MANAGE, Scope.company());
    policy.setMfaRequired(next.mfaRequired());
    events.publishEvent(new AccountEvent(
        "auth.policy.changed", actor.personId(), null, Map.of("mfaRequired", next.mfaRequired())));
    return next;
  }

  private PersonRef visiblePerson(Subject actor, UUID personId) {
    return directory
        .find(personId)
        .filter(p ->
            access.can(actor, Permission.DIRECTORY_BROWSE, Scope.department(p.departmentPath())))
        .orElseThrow(() -> DomainException.notFound("org.person-not-found", "No such person."));
  }
}
