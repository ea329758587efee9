package dev.atrium.access;

import dev.atrium.access.internal.RoleGrants;
import dev.atrium.shared.DomainException;
import dev.atrium.shared.Ids;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Decides whether a subject may do something, and keeps the role grants those decisions rest on.
 * Every module asks here, inside its own service, so every caller is checked the same way.
 */
@Service
public class Access {

  private static final String GRANTS_ATTRIBUTE = Access.class.getName() + ".grants.";

  private final RoleGrants grants;
  private final DepartmentTree tree;
  private final ApplicationEventPublisher events;

  Access(RoleGrants grants, DepartmentTree tree, ApplicationEventPublisher events) {
    this.grants = grants;
    this.tree = tree;
    this.events = events;
  }

  public boolean can(Subject subject, Permission permission, Scope scope) {
    if (subject.guest()) {
      return false;
    }
    List<RoleGrant> held = held(subject.personId());
    if (held.stream().anyMatch(g -> g.role() == Role.SYSTEM_ADMIN)) {
      return true;
    }
    return switch (permission) {
      case DIRECTORY_BROWSE -> true;
      case ORG_MANAGE, ACCOUNT_ADMINISTER ->
        !scope.isCompany()
            && held.stream()
                .anyMatch(g -> g.role() == Role.DEPARTMENT_ADMIN
                    && g.departmentId() != null
                    && scope.within(g.departmentId()));
      case GROUP_MANAGE,
          ORG_IMPORT,
          ROLES_MANAGE,
          SETTINGS_MANAGE,
          AUDIT_VIEW,
          CONTENT_ADMINISTER -> false;
    };
  }

  /** Refuses with 403 {@code access.denied} unless {@link #can} allows it. */
  public void check(Subject subject, Permission permission, Scope scope) {
    if (!can(subject, permission, scope)) {
      throw DomainException.forbidden("access.denied", "You may not do this.");
    }
  }

  /**
   * May the actor do this to the person's account or directory entry? The permission must hold on
   * the person's scope, and the actor's power must cover the person's ({@link #covers}). Every
   * operation on a person (password reset, suspension, edits, moves, memberships) asks this.
   */
  public boolean canOnPerson(
      Subject actor, Permission permission, Scope personScope, UUID personId) {
    return can(actor, permission, personScope) && covers(actor, personId);
  }

  /**
   * Refuses with 403 {@code access.denied} when the permission does not hold on the person's scope,
   * and with 403 {@code access.outranked} when the person holds power the actor does not.
   */
  public void checkOnPerson(
      Subject actor, Permission permission, Scope personScope, UUID personId) {
    check(actor, permission, personScope);
    if (!covers(actor, personId)) {
      throw outranked();
    }
  }

  /**
   * True when the actor's power covers the person's: nobody acts on an account that holds more power
   * than they do. A department administrator never covers a system administrator, nor a department
   * administrator of a department outside their own subtrees; peers of one scope cover each other.
   */
  public boolean covers(Subject actor, UUID personId) {
    return power(actor.personId()).covers(power(personId));
  }

  private Power power(UUID personId) {
    return Power.of(held(personId), tree);
  }

  private static DomainException outranked() {
    return DomainException.forbidden("access.outranked", "This person holds power you do not.");
  }

  public Capabilities capabilities(Subject subject) {
    if (subject.guest()) {
      return new Capabilities(false, false, false, false, false);
    }
    List<RoleGrant> held = held(subject.personId());
    boolean system = held.stream().anyMatch(g -> g.role() == Role.SYSTEM_ADMIN);
    boolean department = held.stream().anyMatch(g -> g.role() == Role.DEPARTMENT_ADMIN);
    return new Capabilities(system || department, system || department, system, system, system);
  }

  public List<RoleGrant> grantsOf(UUID personId) {
    return held(personId);
  }

  /**
   * The person's grants, read once per HTTP request: a list screen asks about every row
   * (a department tree of 500 would otherwise read the same grants 1,000 times).
   */
  @SuppressWarnings("unchecked")
  private List<RoleGrant> held(UUID personId) {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request == null) {
      return grants.of(personId);
    }
    String key = GRANTS_ATTRIBUTE + personId;
    var cached = (List<RoleGrant>) request.getAttribute(key, RequestAttributes.SCOPE_REQUEST);
    if (cached == null) {
      cached = grants.of(personId);
      request.setAttribute(key, cached, RequestAttributes.SCOPE_REQUEST);
    }
    return cached;
  }

  private static void forget(UUID personId) {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request != null) {
      request.removeAttribute(GRANTS_ATTRIBUTE + personId, RequestAttributes.SCOPE_REQUEST);
    }
  }

  /**
   * The people holding a role anywhere, without an access check: for a module to tell its reviewers
   * or auditors of something (announcements waiting for approval), never to show who they are.
   */
  public List<UUID> holders(Role role) {
    return grants.all().stream()
        .filter(g -> g.role() == role)
        .map(RoleGrant::personId)
        .distinct()
        .toList();
  }

  public List<RoleGrant> allGrants(Subject subject) {
    check(subject, Permission.ROLES_MANAGE, Scope.company());
    return grants.all();
  }

  @Transactional
  public RoleGrant grant(Subject subject, UUID personId, Role role, @Nullable UUID departmentId) {
    check(subject, Permission.ROLES_MANAGE, Scope.company());
    if ((role == Role.DEPARTMENT_ADMIN) != (departmentId != null)) {
      throw DomainException.badRequest(
          "access.scope-required",
          "A department administrator needs a department; a system administrator has none.");
    }
    // the person's power with the new role must still be covered by the granter's
    Power after =
        power(personId).plus(role, departmentId == null ? List.of() : tree.pathOf(departmentId));
    if (!power(subject.personId()).covers(after)) {
      throw outranked();
    }
    if (grants.exists(personId, role, departmentId)) {
      throw DomainException.conflict("access.grant-exists", "This person already holds this role.");
    }
    RoleGrant grant = grants.insert(Ids.newId(), personId, role, departmentId, subject.personId());
    forget(personId);
    events.publishEvent(new RoleGranted(grant.id(), personId, role, departmentId));
    return grant;
  }

  @Transactional
  public void revoke(Subject subject, UUID grantId) {
    check(subject, Permission.ROLES_MANAGE, Scope.company());
    RoleGrant grant = grants
        .find(grantId)
        .orElseThrow(
            () -> DomainException.notFound("access.grant-not-found", "No such role grant."));
    if (!covers(subject, grant.personId())) {
      throw outranked();
    }
    if (grant.role() == Role.SYSTEM_ADMIN && grants.countSystemAdmins() <= 1) {
      throw new DomainException(
          HttpStatus.CONFLICT,
          "access.last-system-admin",
          "The last system administrator cannot be removed.");
    }
    grants.delete(grantId);
    forget(grant.personId());
    events.publishEvent(
        new RoleRevoked(grant.id(), grant.personId(), grant.role(), grant.departmentId()));
  }

  /** Makes the very first administrator of a new installation; refuses once anyone holds the role. */
  @Transactional
  public void grantFirstSystemAdmin(UUID personId) {
    if (grants.countSystemAdmins() > 0) {
      throw new IllegalStateException("A system administrator exists already");
    }
    RoleGrant grant = grants.insert(Ids.newId(), personId, Role.SYSTEM_ADMIN, null, null);
    events.publishEvent(new RoleGranted(grant.id(), personId, Role.SYSTEM_ADMIN, null));
  }

  /** Drops the grants of a department that no longer exists. */
  @Transactional
  public void forgetDepartment(UUID departmentId) {
    grants.deleteForDepartment(departmentId);
  }
}
