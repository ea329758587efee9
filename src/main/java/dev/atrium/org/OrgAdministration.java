package dev.atrium.org;

import dev.atrium.access.Access;
import dev.atrium.access.Permission;
import dev.atrium.access.Scope;
import dev.atrium.access.Subject;
import dev.atrium.org.internal.DepartmentRow;
import dev.atrium.org.internal.DepartmentsTable;
import dev.atrium.org.internal.MembershipsTable;
import dev.atrium.org.internal.PeopleTable;
import dev.atrium.org.internal.PersonFields;
import dev.atrium.org.internal.PersonRow;
import dev.atrium.shared.DomainException;
import dev.atrium.shared.Ids;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the organisation: departments, people, their memberships and standing. Each method
 * checks access, writes and publishes its event in one transaction. A department is governed from
 * above: changing it needs {@link Permission#ORG_MANAGE} on its parent's subtree, so a department
 * administrator runs what lies below their department, not the department itself.
 */
@Service
public class OrgAdministration {

  private final Access access;
  private final DirectorySearch directory;
  private final DepartmentsTable departments;
  private final PeopleTable people;
  private final MembershipsTable memberships;
  private final ApplicationEventPublisher events;

  OrgAdministration(
      Access access,
      DirectorySearch directory,
      DepartmentsTable departments,
      PeopleTable people,
      MembershipsTable memberships,
      ApplicationEventPublisher events) {
    this.access = access;
    this.directory = directory;
    this.departments = departments;
    this.people = people;
    this.memberships = memberships;
    this.events = events;
  }

  @Transactional
  public Department createDepartment(Subject subject, CreateDepartment command) {
    DepartmentRow parent = department(command.parentId());
    access.check(subject, Permission.ORG_MANAGE, Scope.department(parent.path()));
    String name = command.name().strip();
    if (departments.nameTaken(parent.id(), name, null)) {
      throw nameTaken();
    }
    return directory.department(subject, insertDepartment(parent, name, false));
  }

  @Transactional
  public Department updateDepartment(Subject subject, UUID departmentId, UpdateDepartment command) {
    DepartmentRow current = department(departmentId);
    access.check(subject, Permission.ORG_MANAGE, DirectorySearch.governingScope(current));
    String name = command.name() == null ? current.name() : command.name().strip();
    DepartmentRow parent = null;
    if (command.parentId() != null && !command.parentId().equals(current.parentId())) {
      if (current.isRoot()) {
        throw DomainException.conflict(
            "org.department-root", "The company itself cannot be moved.");
      }
      parent = department(command.parentId());
      if (parent.path().contains(departmentId)) {
        throw DomainException.conflict(
            "org.department-cycle", "A department cannot move below itself.");
      }
      access.check(subject, Permission.ORG_MANAGE, Scope.department(parent.path()));
    }
    UUID parentId = parent == null ? current.parentId() : parent.id();
    if (departments.nameTaken(parentId, name, departmentId)) {
      throw nameTaken();
    }
    if (!name.equals(current.name())) {
      departments.rename(departmentId, name);
      events.publishEvent(new DepartmentRenamed(departmentId, name, current.name()));
    }
    if (parent != null) {
      departments.move(departmentId, parent.id(), parent.path());
      List<UUID> path = new ArrayList<>(parent.path());
      path.add(departmentId);
      events.publishEvent(new DepartmentMoved(
          departmentId, name, Objects.requireNonNull(current.parentId()), parent.id(), path));
    }
    if (Boolean.TRUE.equals(command.clearHead())) {
      assignHead(departmentId, name, current.headId(), null);
    } else if (command.headId() != null) {
      people.find(command.headId()).orElseThrow(DirectorySearch::personNotFound);
      assignHead(departmentId, name, current.headId(), command.headId());
    }
    return directory.department(subject, department(departmentId));
  }

  @Transactional
  public void deleteDepartment(Subject subject, UUID departmentId) {
    DepartmentRow current = department(departmentId);
    if (current.isRoot()) {
      throw DomainException.conflict(
          "org.department-root", "The company itself cannot be deleted.");
    }
    access.check(subject, Permission.ORG_MANAGE, DirectorySearch.governingScope(current));
    if (departments.hasChildren(departmentId) || people.anyInDepartment(departmentId)) {
      throw DomainException.conflict(
          "org.department-not-empty",
          "Move the people and departments out of this department before deleting it.");
    }
    departments.delete(departmentId);
    access.forgetDepartment(departmentId);
    events.publishEvent(new DepartmentDeleted(
        departmentId, current.name(), Objects.requireNonNull(current.parentId())));
  }

  @Transactional
  public PersonProfile createPerson(Subject subject, CreatePerson command) {
    DepartmentRow department = department(command.primaryDepartmentId());
    access.check(subject, Permission.ORG_MANAGE, Scope.department(department.path()));
    PersonFields fields = new PersonFields(
        command.name().strip(),
        command.email().strip(),
        blankToNull(command.phone()),
        blankToNull(command.employeeNo()),
        blankToNull(command.title()),
        department.id());
    refuseTaken(fields, null);
    UUID id = insertPerson(fields, Boolean.TRUE.equals(command.guest()), false);
    return directory.profile(subject, id);
  }

  @Transactional
  public PersonProfile updatePerson(Subject subject, UUID personId, UpdatePerson command) {
    PersonRow current = directory.visiblePerson(subject, personId);
    access.checkOnPerson(
        subject, Permission.ORG_MANAGE, Scope.department(current.departmentPath()), personId);
    UUID departmentId = current.primaryDepartmentId();
    if (command.primaryDepartmentId() != null
        && !command.primaryDepartmentId().equals(departmentId)) {
      DepartmentRow department = department(command.primaryDepartmentId());
      access.check(subject, Permission.ORG_MANAGE, Scope.department(department.path()));
      departmentId = department.id();
    }
    if (departmentId == null) {
      throw DomainException.badRequest(
          "org.department-required", "Choose a primary department for this person.");
    }
    PersonFields fields = new PersonFields(
        command.name() == null ? current.name() : command.name().strip(),
        command.email() == null ? current.email() : command.email().strip(),
        command.phone() == null ? current.phone() : blankToNull(command.phone()),
        command.employeeNo() == null ? current.employeeNo() : blankToNull(command.employeeNo()),
        command.title() == null ? current.title() : blankToNull(command.title()),
        departmentId);
    refuseTaken(fields, personId);
    changePerson(current, fields, false);
    return directory.profile(subject, personId);
  }

  /** Everyone, guests included, may change their own phone and status line. */
  @Transactional
  public PersonProfile updateOwnProfile(Subject subject, UpdateOwnProfile command) {
    PersonRow current = directory.visiblePerson(subject, subject.personId());
    String phone = command.phone() == null ? current.phone() : blankToNull(command.phone());
    String statusText =
        command.statusText() == null ? current.statusText() : blankToNull(command.statusText());
    List<String> changed = new ArrayList<>();
    if (!Objects.equals(phone, current.phone())) {
      changed.add("phone");
    }
    if (!Objects.equals(statusText, current.statusText())) {
      changed.add("statusText");
    }
    if (!changed.isEmpty()) {
      people.updateOwnProfile(current.id(), phone, statusText);
      events.publishEvent(new PersonUpdated(current.id(), current.name(), changed, false));
    }
    return directory.profile(subject, current.id());
  }

  /**
   * Replaces a person's secondary departments. Needs {@link Permission#ORG_MANAGE} on the person's
   * primary department and on every department they join or leave.
   */
  @Transactional
  public PersonProfile setMemberships(
      Subject subject, UUID personId, List<SecondaryMembership> wanted) {
    PersonRow current = directory.visiblePerson(subject, personId);
    access.checkOnPerson(
        subject, Permission.ORG_MANAGE, Scope.department(current.departmentPath()), personId);
    Map<UUID, @Nullable String> next = new LinkedHashMap<>();
    for (SecondaryMembership membership : wanted) {
      if (membership.departmentId().equals(current.primaryDepartmentId())) {
        throw DomainException.badRequest(
            "org.membership-is-primary", "The primary department cannot also be a secondary one.");
      }
      next.put(membership.departmentId(), blankToNull(membership.title()));
    }
    Map<UUID, @Nullable String> previous = new LinkedHashMap<>();
    Map<UUID, List<UUID>> paths = new LinkedHashMap<>();
    memberships.of(personId).forEach(m -> {
      previous.put(m.departmentId(), m.title());
      paths.put(m.departmentId(), m.departmentPath());
    });
    for (UUID departmentId : next.keySet()) {
      if (!previous.containsKey(departmentId)) {
        paths.put(departmentId, department(departmentId).path());
      }
    }
    for (Map.Entry<UUID, List<UUID>> entry : paths.entrySet()) {
      boolean same = previous.containsKey(entry.getKey())
          && next.containsKey(entry.getKey())
          && Objects.equals(previous.get(entry.getKey()), next.get(entry.getKey()));
      if (!same) {
        access.check(subject, Permission.ORG_MANAGE, Scope.department(entry.getValue()));
      }
    }
    if (!next.equals(previous)) {
      memberships.removeAll(personId);
      next.forEach((departmentId, title) -> memberships.add(personId, departmentId, title));
      events.publishEvent(
          new MembershipsChanged(personId, current.name(), List.copyOf(next.keySet())));
    }
    return directory.profile(subject, personId);
  }

  /** Suspends a person; the auth module ends their sessions on {@link PersonSuspended}. */
  @Transactional
  public PersonProfile suspend(Subject subject, UUID personId) {
    PersonRow current = directory.visiblePerson(subject, personId);
    access.checkOnPerson(
        subject,
        Permission.ACCOUNT_ADMINISTER,
        Scope.department(current.departmentPath()),
        personId);
    if (personId.equals(subject.personId())) {
      throw DomainException.conflict("org.cannot-suspend-self", "You cannot suspend yourself.");
    }
    if (!current.suspended()) {
      people.setSuspended(personId, true);
      events.publishEvent(new PersonSuspended(personId, current.name()));
    }
    return directory.profile(subject, personId);
  }

  @Transactional
  public PersonProfile reactivate(Subject subject, UUID personId) {
    PersonRow current = directory.visiblePerson(subject, personId);
    access.checkOnPerson(
        subject,
        Permission.ACCOUNT_ADMINISTER,
        Scope.department(current.departmentPath()),
        personId);
    if (current.suspended()) {
      people.setSuspended(personId, false);
      events.publishEvent(new PersonReactivated(personId, current.name()));
    }
    return directory.profile(subject, personId);
  }

  // The write paths below are shared with the import and the first setup, which check access their
  // own way.

  DepartmentRow insertDepartment(@Nullable DepartmentRow parent, String name, boolean imported) {
    UUID id = Ids.newId();
    List<UUID> path = new ArrayList<>(parent == null ? List.of() : parent.path());
    path.add(id);
    departments.insert(id, parent == null ? null : parent.id(), name, path);
    events.publishEvent(new DepartmentCreated(
        id, name, parent == null ? null : parent.id(), List.copyOf(path), imported));
    return department(id);
  }

  UUID insertPerson(PersonFields fields, boolean guest, boolean imported) {
    UUID id = Ids.newId();
    people.insert(id, fields, guest);
    events.publishEvent(new PersonCreated(
        id, fields.name(), fields.email(), fields.primaryDepartmentId(), guest, imported));
    return id;
  }

  /** Writes the fields when any differ, and says whether they did; a new primary department stops being a secondary one. */
  boolean changePerson(PersonRow current, PersonFields fields, boolean imported) {
    List<String> changed = new ArrayList<>();
    compare(changed, "name", current.name(), fields.name());
    compare(changed, "email", current.email(), fields.email());
    compare(changed, "phone", current.phone(), fields.phone());
    compare(changed, "employeeNo", current.employeeNo(), fields.employeeNo());
    compare(changed, "title", current.title(), fields.title());
    compare(
        changed,
        "primaryDepartmentId",
        current.primaryDepartmentId(),
        fields.primaryDepartmentId());
    if (changed.isEmpty()) {
      return false;
    }
    if (changed.contains("primaryDepartmentId")) {
      memberships.remove(current.id(), fields.primaryDepartmentId());
    }
    people.update(current.id(), fields);
    events.publishEvent(new PersonUpdated(current.id(), fields.name(), changed, imported));
    return true;
  }

  void assignHead(
      UUID departmentId, String departmentName, @Nullable UUID currentHead, @Nullable UUID head) {
    if (!Objects.equals(currentHead, head)) {
      departments.setHead(departmentId, head);
      events.publishEvent(new DepartmentHeadChanged(departmentId, departmentName, head));
    }
  }

  DepartmentRow department(UUID id) {
    return departments
        .find(id)
        .orElseThrow(
            () -> DomainException.notFound("org.department-not-found", "No such department."));
  }

  private void refuseTaken(PersonFields fields, @Nullable UUID personId) {
    if (people.emailTaken(fields.email(), personId)) {
      throw DomainException.conflict("org.email-taken", "Someone else has this e-mail address.");
    }
    if (fields.employeeNo() != null && people.employeeNoTaken(fields.employeeNo(), personId)) {
      throw DomainException.conflict(
          "org.employee-no-taken", "Someone else has this employee number.");
    }
  }

  private static DomainException nameTaken() {
    return DomainException.conflict(
        "org.department-name-taken", "A department of this name exists here already.");
  }

  private static void compare(
      List<String> changed, String field, @Nullable Object before, @Nullable Object after) {
    if (!Objects.equals(before, after)) {
      changed.add(field);
    }
  }

  static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
