package dev.atrium.org;

import dev.atrium.access.Access;
import dev.atrium.access.Permission;
import dev.atrium.access.Scope;
import dev.atrium.access.Subject;
import dev.atrium.org.internal.DepartmentRow;
import dev.atrium.org.internal.DepartmentsTable;
import dev.atrium.org.internal.GroupsTable;
import dev.atrium.org.internal.MembershipsTable;
import dev.atrium.org.internal.PeopleTable;
import dev.atrium.org.internal.PersonRow;
import dev.atrium.shared.DomainException;
import dev.atrium.shared.Page;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a caller may see of the organisation: the department tree, the people search and profiles.
 * Browsing needs {@link Permission#DIRECTORY_BROWSE}; a guest sees only themselves and the
 * departments above them, and anyone else they ask for is "not found".
 */
@NamedInterface("directory")
@Service
@Transactional(readOnly = true)
public class DirectorySearch {

  private static final List<String> AVATAR_COLORS = List.of(
      "#1677ff", "#13a8a8", "#52c41a", "#fa8c16", "#eb2f96", "#722ed1", "#2f54eb", "#faad14");

  private final Access access;
  private final DepartmentsTable departments;
  private final PeopleTable people;
  private final MembershipsTable memberships;
  private final GroupsTable groups;

  DirectorySearch(
      Access access,
      DepartmentsTable departments,
      PeopleTable people,
      MembershipsTable memberships,
      GroupsTable groups) {
    this.access = access;
    this.departments = departments;
    this.people = people;
    this.memberships = memberships;
    this.groups = groups;
  }

  /** Every department, flat, parents before children; the client builds the tree. */
  public List<Department> departments(Subject subject) {
    List<DepartmentRow> rows = mayBrowse(subject)
        ? departments.all()
        : departments.onPath(
            people.find(subject.personId()).map(PersonRow::departmentPath).orElse(List.of()));
    Set<UUID> parents = new HashSet<>();
    rows.forEach(row -> {
      if (row.parentId() != null) {
        parents.add(row.parentId());
      }
    });
    Map<UUID, String> names = new HashMap<>();
    rows.forEach(row -> names.put(row.id(), row.name()));
    return rows.stream()
        .map(row -> department(subject, row, parents.contains(row.id()), names))
        .toList();
  }

  public Page<PersonSummary> people(Subject subject, PeopleQuery query) {
    int size = Math.clamp(query.size(), 1, PeopleQuery.MAX_SIZE);
    int page = Math.max(query.page(), 0);
    PeopleTable.Found found = people.search(new PeopleTable.Search(
        query.q(),
        query.departmentId(),
        query.subtree(),
        mayBrowse(subject) ? null : subject.personId(),
        page * size,
        size));
    return new Page<>(found.rows().stream().map(DirectorySearch::summary).toList(), found.total());
  }

  /** The caller themself, as a directory list would show them. */
  public PersonSummary self(Subject subject) {
    return summary(people.find(subject.personId()).orElseThrow(DirectorySearch::personNotFound));
  }

  public PersonProfile profile(Subject subject, UUID personId) {
    return profile(subject, visiblePerson(subject, personId));
  }

  /**
   * Of these people, the ones the caller may see in the directory: all of them for whoever may
   * browse it, only themselves for a guest. Unknown ids are not checked here.
   */
  public Set<UUID> visible(Subject subject, Collection<UUID> personIds) {
    if (mayBrowse(subject)) {
      return Set.copyOf(personIds);
    }
    return personIds.contains(subject.personId()) ? Set.of(subject.personId()) : Set.of();
  }

  /** The person, or "not found" when the caller may not see them, which is all a guest can tell apart. */
  PersonRow visiblePerson(Subject subject, UUID personId) {
    if (!personId.equals(subject.personId()) && !mayBrowse(subject)) {
      throw personNotFound();
    }
    return people.find(personId).orElseThrow(DirectorySearch::personNotFound);
  }

  boolean mayBrowse(Subject subject) {
    return access.can(subject, Permission.DIRECTORY_BROWSE, Scope.company());
  }

  PersonProfile profile(Subject subject, PersonRow row) {
    List<Membership> all = new ArrayList<>();
    if (row.primaryDepartmentId() != null) {
      all.add(new Membership(
          row.primaryDepartmentId(), String.valueOf(row.departmentName()), row.title(), true));
    }
    memberships
        .of(row.id())
        .forEach(
            m -> all.add(new Membership(m.departmentId(), m.departmentName(), m.title(), false)));
    Scope scope = Scope.department(row.departmentPath());
    boolean administer =
        access.canOnPerson(subject, Permission.ACCOUNT_ADMINISTER, scope, row.id());
    PersonSummary s = summary(row);
    return new PersonProfile(
        s.id(),
        s.name(),
        s.email(),
        s.title(),
        s.departmentId(),
        s.departmentName(),
        s.status(),
        s.guest(),
        s.avatarColor(),
        row.phone(),
        row.employeeNo(),
        row.statusText(),
        pathOf(row.departmentPath()),
        all,
        groups.of(row.id()).stream().map(g -> new GroupRef(g.id(), g.name())).toList(),
        new PersonCapabilities(
            access.canOnPerson(subject, Permission.ORG_MANAGE, scope, row.id()),
            administer && !row.id().equals(subject.personId()),
            administer));
  }

  Department department(Subject subject, DepartmentRow row) {
    return department(
        subject, row, departments.hasChildren(row.id()), departments.names(row.path()));
  }

  static PersonSummary summary(PersonRow row) {
    return new PersonSummary(
        row.id(),
        row.name(),
        row.email(),
        row.title(),
        row.primaryDepartmentId(),
        row.departmentName(),
        row.suspended() ? PersonStatus.SUSPENDED : PersonStatus.ACTIVE,
        row.guest(),
        AVATAR_COLORS.get(Math.floorMod(row.id().hashCode(), AVATAR_COLORS.size())));
  }

  static DomainException personNotFound() {
    return DomainException.notFound("org.person-not-found", "No such person.");
  }

  /** Who may change a department: administrators of its parent's subtree; of the root, only the company's. */
  static Scope governingScope(DepartmentRow row) {
    return Scope.department(row.parentPath());
  }

  private Department department(
      Subject subject, DepartmentRow row, boolean hasChildren, Map<UUID, String> names) {
    boolean canEdit = access.can(subject, Permission.ORG_MANAGE, governingScope(row));
    List<DepartmentRef> path = row.path().stream()
        .map(id -> new DepartmentRef(id, names.getOrDefault(id, "")))
        .toList();
    return new Department(
        row.id(),
        row.name(),
        row.parentId(),
        row.headId(),
        row.headName(),
        row.memberCount(),
        path,
        new DepartmentCapabilities(
            canEdit, canEdit && !row.isRoot() && !hasChildren && row.memberCount() == 0));
  }

  private List<DepartmentRef> pathOf(List<UUID> path) {
    Map<UUID, String> names = departments.names(path);
    return path.stream()
        .map(id -> new DepartmentRef(id, names.getOrDefault(id, "")))
        .toList();
  }
}
