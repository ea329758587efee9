package dev.atrium.admin;

import dev.atrium.access.Access;
import dev.atrium.access.Role;
import dev.atrium.access.RoleGrant;
import dev.atrium.access.Subject;
import dev.atrium.org.OrgDirectory;
import dev.atrium.org.PersonRef;
import dev.atrium.shared.DomainException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Role grants as the console shows them: with the names of the people and departments. */
@Service
public class RoleAdministration {

  /** A grant, labelled. */
  public record GrantView(
      UUID id,
      UUID personId,
      String personName,
      Role role,
      @Nullable UUID departmentId,
      @Nullable String departmentName,
      Instant grantedAt) {}

  private final Access access;
  private final OrgDirectory directory;

  RoleAdministration(Access access, OrgDirectory directory) {
    this.access = access;
    this.directory = directory;
  }

  public List<GrantView> grants(Subject subject) {
    return access.allGrants(subject).stream().map(this::view).toList();
  }

  @Transactional
  public GrantView grant(Subject subject, UUID personId, Role role, @Nullable UUID departmentId) {
    directory
        .find(personId)
        .orElseThrow(() -> DomainException.notFound("org.person-not-found", "No such person."));
    if (departmentId != null && directory.departmentName(departmentId).isEmpty()) {
      throw DomainException.notFound("org.department-not-found", "No such department.");
    }
    return view(access.grant(subject, personId, role, departmentId));
  }

  @Transactional
  public void revoke(Subject subject, UUID grantId) {
    access.revoke(subject, grantId);
  }

  private GrantView view(RoleGrant g) {
    String person = directory.find(g.personId()).map(PersonRef::name).orElse("?");
    String department = g.departmentId() == null
        ? null
        : directory.departmentName(g.departmentId()).orElse(null);
    return new GrantView(
        g.id(), g.personId(), person, g.role(), g.departmentId(), department, g.grantedAt());
  }
}
