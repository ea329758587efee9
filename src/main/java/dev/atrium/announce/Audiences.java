package dev.atrium.announce;

import dev.atrium.access.Access;
import dev.atrium.access.ResourceAccess;
import dev.atrium.access.Role;
import dev.atrium.access.RoleGrant;
import dev.atrium.access.Subject;
import dev.atrium.access.Visibility;
import dev.atrium.announce.internal.AnnounceResources;
import dev.atrium.org.OrgDirectory;
import dev.atrium.shared.DomainException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resolves audiences into people, and decides whom an author may address: a system administrator
 * anyone; a department administrator and a holder of the publisher role on a department (the
 * {@code announce.department} grant) the people of that department's subtree. An audience is
 * addressable when every department it names lies in such a subtree and every person it reaches
 * belongs (by primary or secondary department) to one; the whole company takes a subtree at the root.
 */
@Service
public class Audiences {

  private final OrgDirectory directory;
  private final Access access;
  private final ResourceAccess resources;
  private final Authorities authorities;
  private final JdbcClient jdbc;

  Audiences(
      OrgDirectory directory,
      Access access,
      ResourceAccess resources,
      Authorities authorities,
      JdbcClient jdbc) {
    this.directory = directory;
    this.access = access;
    this.resources = resources;
    this.authorities = authorities;
    this.jdbc = jdbc;
  }

  /** Everyone the audience reaches now, each with their primary department. */
  public Map<UUID, Optional<UUID>> resolve(Audience audience) {
    return directory.audience(
        audience.company(),
        audience.departments().stream()
            .filter(d -> !d.subtree())
            .map(Audience.AudienceDepartment::id)
            .toList(),
        audience.departments().stream()
            .filter(Audience.AudienceDepartment::subtree)
            .map(Audience.AudienceDepartment::id)
            .toList(),
        audience.groups(),
        audience.people(),
        audience.excludedPeople());
  }

  /** How many people the audience reaches, when the caller may address it. */
  @Transactional(readOnly = true)
  public AudienceSize size(Subject subject, Audience audience) {
    return new AudienceSize(checked(subject, audience).size());
  }

  /**
   * The people the audience reaches; refused with {@code announce.audience-empty} when it reaches
   * nobody and {@code announce.audience-not-allowed} when the author may not address it.
   */
  Map<UUID, Optional<UUID>> checked(Subject subject, Audience audience) {
    if (audience.namesNobody()) {
      throw empty();
    }
    requireKnownDepartments(audience);
    Map<UUID, Optional<UUID>> people = resolve(audience);
    if (!mayAddress(subject, audience, people.keySet())) {
      throw DomainException.forbidden(
          "announce.audience-not-allowed",
          "You may not publish to part of this audience: choose departments you publish to.");
    }
    if (people.isEmpty()) {
      throw empty();
    }
    return people;
  }

  private static DomainException empty() {
    return DomainException.badRequest("announce.audience-empty", "The audience reaches nobody.");
  }

  private void requireKnownDepartments(Audience audience) {
    for (Audience.AudienceDepartment department : audience.departments()) {
      if (directory.departmentPath(department.id()).isEmpty()) {
        throw DomainException.badRequest(
            "announce.department-not-found", "A department of the audience no longer exists.");
      }
    }
  }

  boolean mayAddress(Subject subject, Audience audience, Collection<UUID> people) {
    if (subject.guest()) {
      return false;
    }
    if (authorities.systemAdmin(subject)) {
      return true;
    }
    Set<UUID> roots = roots(subject);
    if (roots.isEmpty()) {
      return false;
    }
    if (audience.company()
        && roots.stream()
            .noneMatch(root -> directory.departmentPath(root).orElse(List.of()).size() == 1)) {
      return false;
    }
    for (Audience.AudienceDepartment department : audience.departments()) {
      List<UUID> path = directory.departmentPath(department.id()).orElse(List.of());
      if (path.stream().noneMatch(roots::contains)) {
        return false;
      }
    }
    return directory.withinSubtrees(people, roots).containsAll(people);
  }

  /** The departments whose subtrees the subject may address: those they administer or publish to. */
  Set<UUID> roots(Subject subject) {
    Set<UUID> roots = new HashSet<>();
    access.grantsOf(subject.personId()).stream()
        .filter(g -> g.role() == Role.DEPARTMENT_ADMIN)
        .map(RoleGrant::departmentId)
        .filter(Objects::nonNull)
        .forEach(roots::add);
    roots.addAll(resources
        .viewer(subject)
        .bind(jdbc.sql("select resource_id from "
            + Visibility.grantedIds(AnnounceResources.DEPARTMENT, AnnounceResources.PUBLISHER)
            + " as granted (resource_id)"))
        .query(UUID.class)
        .list());
    return roots;
  }
}
