package dev.atrium.access;

import dev.atrium.access.internal.ResourceGrantsTable;
import dev.atrium.shared.DomainException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Roles on resources: who holds which role on a space, a page, a channel, and what that allows.
 * Modules declare their {@link ResourceType}s, keep their grants here, and decide with
 * {@link #may} for one resource or {@link Visibility}'s SQL for lists, search and audiences.
 */
@Service
public class ResourceAccess {

  private static final String VIEWER_ATTRIBUTE = ResourceAccess.class.getName() + ".viewer.";

  private final ResourceGrantsTable grants;
  private final Principals principals;
  private final Access access;

  ResourceAccess(ResourceGrantsTable grants, Principals principals, Access access) {
    this.grants = grants;
    this.principals = principals;
    this.access = access;
  }

  /** What deciding the subject's roles needs, read once per HTTP request. */
  public Viewer viewer(Subject subject) {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request == null) {
      return readViewer(subject);
    }
    String key = VIEWER_ATTRIBUTE + subject.personId() + subject.guest();
    Viewer cached = (Viewer) request.getAttribute(key, RequestAttributes.SCOPE_REQUEST);
    if (cached == null) {
      cached = readViewer(subject);
      request.setAttribute(key, cached, RequestAttributes.SCOPE_REQUEST);
    }
    return cached;
  }

  private Viewer readViewer(Subject subject) {
    boolean contentAdmin = access.can(subject, Permission.CONTENT_ADMINISTER, Scope.company());
    return new Viewer(
        subject.personId(),
        subject.guest(),
        contentAdmin,
        principals.affiliation(subject.personId()));
  }

  /** The viewer's rank on a resource: 0 for none, else {@link ResourceType#rank} of their strongest role. */
  public int rank(Viewer viewer, ResourceType type, UUID resourceId) {
    if (viewer.contentAdmin() && type.contentAdministered()) {
      return type.top();
    }
    return grants.on(type.name(), resourceId).stream()
        .filter(grant -> viewer.matches(grant.grantee()) && type.hasRole(grant.role()))
        .mapToInt(grant -> type.rank(grant.role()))
        .max()
        .orElse(0);
  }

  public boolean may(Viewer viewer, String action, ResourceType type, UUID resourceId) {
    return rank(viewer, type, resourceId) >= type.rankFor(action);
  }

  public List<Grant> grantsOn(ResourceType type, UUID resourceId) {
    return grants.on(type.name(), resourceId);
  }

  /** Which of these resources carry grants of their own (for a narrowing type: which are narrowed). */
  public Set<UUID> withGrants(ResourceType type, Collection<UUID> resourceIds) {
    return resourceIds.isEmpty() ? Set.of() : Set.copyOf(grants.granted(type.name(), resourceIds));
  }

  /**
   * Makes {@code wanted} the resource's grants. Refused, with nothing stored, when a role is not one
   * of the type's, a grantee does not exist or is named twice (for a {@link ResourceType#narrowing}
   * type: twice with the same role, as its grants are lists per role), or the grants would leave no
   * one holding the type's {@link ResourceType#keptRole}.
   */
  @Transactional
  public void replace(ResourceType type, UUID resourceId, List<Grant> wanted, UUID by) {
    validate(type, wanted);
    requireKept(type, wanted);
    grants.deleteOn(type.name(), resourceId);
    grants.insert(type.name(), resourceId, wanted, by);
  }

  /** Gives the grantee the role, replacing the role they held on the resource if any. */
  @Transactional
  public void put(ResourceType type, UUID resourceId, Grant grant, UUID by) {
    validate(type, List.of(grant));
    List<Grant> after = new ArrayList<>(grants.on(type.name(), resourceId).stream()
        .filter(g -> !g.grantee().equals(grant.grantee()))
        .toList());
    after.add(grant);
    requireKept(type, after);
    grants.upsert(type.name(), resourceId, grant, by);
  }

  /** Takes away whatever the grantee holds on the resource. */
  @Transactional
  public void remove(ResourceType type, UUID resourceId, Grantee grantee) {
    requireKept(
        type,
        grants.on(type.name(), resourceId).stream()
            .filter(g -> !g.grantee().equals(grantee))
            .toList());
    grants.delete(type.name(), resourceId, grantee);
  }

  /**
   * Gives the grantee the role, like {@link #put}, but leaves the {@link ResourceType#keptRole} to the
   * caller: for grants a module keeps in step with its own records, which enforces the kept role
   * itself with its own errors and exceptions (a channel's members: a direct conversation has no
   * owner, and the last one out of a channel takes the last owner's role with them). {@code by} is
   * null when no one in particular gave it (the org tree).
   */
  @Transactional
  public void hold(ResourceType type, UUID resourceId, Grant grant, @Nullable UUID by) {
    requireRole(type, grant.role());
    grants.upsert(type.name(), resourceId, grant, by);
  }

  /** Takes away whatever the grantee holds, like {@link #remove} without the kept-role check (see {@link #hold}). */
  @Transactional
  public void release(ResourceType type, UUID resourceId, Grantee grantee) {
    grants.delete(type.name(), resourceId, grantee);
  }

  /**
   * Gives each of these people the role where they hold none on the resource, like {@link #hold} for
   * many at once: one statement for a department's channel of thousands.
   */
  @Transactional
  public void holdAll(ResourceType type, UUID resourceId, Collection<UUID> people, String role) {
    requireRole(type, role);
    if (!people.isEmpty()) {
      grants.insertPeople(type.name(), resourceId, people, role);
    }
  }

  /** Takes away whatever each of these people holds on the resource, like {@link #release} for many at once. */
  @Transactional
  public void releaseAll(ResourceType type, UUID resourceId, Collection<UUID> people) {
    if (!people.isEmpty()) {
      grants.deletePeople(type.name(), resourceId, people);
    }
  }

  /**
   * {@link #holdAll} over many resources at once: each person gets the role on the resource they are
   * listed under, where they hold none there; one statement for an org import's thousands of seats
   * in hundreds of channels.
   */
  @Transactional
  public void holdAll(
      ResourceType type, Map<UUID, ? extends Collection<UUID>> peopleByResource, String role) {
    requireRole(type, role);
    if (peopleByResource.values().stream().anyMatch(people -> !people.isEmpty())) {
      grants.insertPeople(type.name(), peopleByResource, role);
    }
  }

  /** {@link #releaseAll} over many resources at once: each person loses what they hold on the resource they are listed under. */
  @Transactional
  public void releaseAll(
      ResourceType type, Map<UUID, ? extends Collection<UUID>> peopleByResource) {
    if (peopleByResource.values().stream().anyMatch(people -> !people.isEmpty())) {
      grants.deletePeople(type.name(), peopleByResource);
    }
  }

  /**
   * The active people holding at least {@code role} on the resource through any grant: who hears of
   * it (a live event, a notice). Narrowing below the resource is the caller's to apply.
   */
  public Set<UUID> people(ResourceType type, UUID resourceId, String role) {
    Set<UUID> people = new java.util.LinkedHashSet<>();
    holders(type, resourceId, role).forEach(grantee -> people.addAll(principals.people(grantee)));
    return people;
  }

  /** The grantees holding at least {@code role} on the resource (a channel's owners). */
  public List<Grantee> holders(ResourceType type, UUID resourceId, String role) {
    return grants
        .withRoles(type.name(), resourceId, type.roles().subList(type.rank(role) - 1, type.top()))
        .stream()
        .map(Grant::grantee)
        .toList();
  }

  /** Forgets every grant on resources that no longer exist. */
  @Transactional
  public void forget(ResourceType type, Collection<UUID> resourceIds) {
    grants.deleteOn(type.name(), resourceIds);
  }

  private static void requireRole(ResourceType type, String role) {
    if (!type.hasRole(role)) {
      throw DomainException.badRequest(
          "access.unknown-role", "There is no role \"" + role + "\" here.");
    }
  }

  private void validate(ResourceType type, List<Grant> wanted) {
    Set<Object> seen = new HashSet<>();
    for (Grant grant : wanted) {
      requireRole(type, grant.role());
      if (!seen.add(type.narrowing() ? grant : grant.grantee())) {
        throw DomainException.badRequest(
            "access.duplicate-grantee", "Each person, department or group may be named once.");
      }
      if (!principals.exists(grant.grantee())) {
        throw DomainException.badRequest(
            "access.unknown-grantee", "No such person, department or group.");
      }
    }
  }

  private static void requireKept(ResourceType type, List<Grant> after) {
    if (type.keptRole() == null) {
      return;
    }
    int kept = type.rank(type.keptRole());
    boolean held =
        after.stream().anyMatch(g -> type.hasRole(g.role()) && type.rank(g.role()) >= kept);
    if (!held) {
      throw DomainException.badRequest(
          "access.no-manager", "Someone must keep the role \"" + type.keptRole() + "\".");
    }
  }
}
