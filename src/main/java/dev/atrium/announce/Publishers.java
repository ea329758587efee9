package dev.atrium.announce;

import dev.atrium.access.Access;
import dev.atrium.access.Grant;
import dev.atrium.access.Grantee;
import dev.atrium.access.Permission;
import dev.atrium.access.ResourceAccess;
import dev.atrium.access.Scope;
import dev.atrium.access.Subject;
import dev.atrium.announce.internal.AnnounceResources;
import dev.atrium.org.OrgDirectory;
import dev.atrium.shared.DomainException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The publisher role on departments ({@code announce.department}, the platform's grants): its
 * holders publish to everyone in the department's subtree. Whoever manages the department (a system
 * administrator, an administrator of it or of a department above) reads and changes who holds it.
 */
@Service
public class Publishers {

  private final ResourceAccess resources;
  private final Access access;
  private final OrgDirectory directory;
  private final AnnouncementViews views;

  Publishers(
      ResourceAccess resources, Access access, OrgDirectory directory, AnnouncementViews views) {
    this.resources = resources;
    this.access = access;
    this.directory = directory;
    this.views = views;
  }

  @Transactional(readOnly = true)
  public PublisherGrants of(Subject subject, UUID departmentId) {
    check(subject, departmentId);
    return grants(departmentId);
  }

  @Transactional
  public PublisherGrants replace(Subject subject, UUID departmentId, ReplacePublishers command) {
    check(subject, departmentId);
    List<Grant> grants = new LinkedHashSet<>(command.personIds())
        .stream()
            .map(person -> new Grant(new Grantee.Person(person), AnnounceResources.PUBLISHER))
            .toList();
    resources.replace(AnnounceResources.DEPARTMENT, departmentId, grants, subject.personId());
    return grants(departmentId);
  }

  private void check(Subject subject, UUID departmentId) {
    List<UUID> path = directory
        .departmentPath(departmentId)
        .orElseThrow(() -> DomainException.notFound(
            "announce.department-not-found", "There is no such department."));
    access.check(subject, Permission.ORG_MANAGE, Scope.department(path));
  }

  private PublisherGrants grants(UUID departmentId) {
    List<UUID> people = resources.grantsOn(AnnounceResources.DEPARTMENT, departmentId).stream()
        .map(Grant::grantee)
        .filter(g -> g instanceof Grantee.Person)
        .map(Grantee::id)
        .filter(java.util.Objects::nonNull)
        .toList();
    var names = views.names(people);
    return new PublisherGrants(
        departmentId,
        people.stream()
            .map(p -> new AnnouncementPerson(p, names.getOrDefault(p, "")))
            .toList());
  }
}
