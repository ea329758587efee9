package dev.atrium.org;

import dev.atrium.access.Access;
import dev.atrium.access.Permission;
import dev.atrium.access.Scope;
import dev.atrium.access.Subject;
import dev.atrium.org.internal.GroupsTable;
import dev.atrium.org.internal.GroupsTable.GroupRow;
import dev.atrium.org.internal.PeopleTable;
import dev.atrium.shared.DomainException;
import dev.atrium.shared.Ids;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Groups of people that cut across departments. Everyone who may browse the directory sees them;
 * a guest sees only the groups they are in, with themselves as the only visible member. Changing
 * them needs {@link Permission#GROUP_MANAGE}.
 */
@Service
public class Groups {

  private final Access access;
  private final DirectorySearch directory;
  private final GroupsTable groups;
  private final PeopleTable people;
  private final ApplicationEventPublisher events;

  Groups(
      Access access,
      DirectorySearch directory,
      GroupsTable groups,
      PeopleTable people,
      ApplicationEventPublisher events) {
    this.access = access;
    this.directory = directory;
    this.groups = groups;
    this.people = people;
    this.events = events;
  }

  @Transactional(readOnly = true)
  public List<Group> list(Subject subject) {
    List<GroupRow> rows =
        directory.mayBrowse(subject) ? groups.all() : groups.of(subject.personId());
    boolean canEdit = mayManage(subject);
    return rows.stream().map(row -> group(row, canEdit)).toList();
  }

  @Transactional(readOnly = true)
  public GroupWithMembers get(Subject subject, UUID groupId) {
    return withMembers(subject, visible(subject, groupId));
  }

  @Transactional
  public Group create(Subject subject, CreateGroup command) {
    access.check(subject, Permission.GROUP_MANAGE, Scope.company());
    String name = command.name().strip();
    refuseTaken(name, null);
    UUID id = Ids.newId();
    groups.insert(id, name, OrgAdministration.blankToNull(command.description()));
    events.publishEvent(new GroupCreated(id, name));
    return group(groups.find(id).orElseThrow(), true);
  }

  @Transactional
  public Group update(Subject subject, UUID groupId, UpdateGroup command) {
    GroupRow current = visible(subject, groupId);
    access.check(subject, Permission.GROUP_MANAGE, Scope.company());
    String name = command.name() == null ? current.name() : command.name().strip();
    String description = command.description() == null
        ? current.description()
        : OrgAdministration.blankToNull(command.description());
    refuseTaken(name, groupId);
    if (!name.equals(current.name()) || !Objects.equals(description, current.description())) {
      groups.update(groupId, name, description);
      events.publishEvent(new GroupUpdated(groupId, name));
    }
    return group(groups.find(groupId).orElseThrow(), true);
  }

  @Transactional
  public void delete(Subject subject, UUID groupId) {
    GroupRow current = visible(subject, groupId);
    access.check(subject, Permission.GROUP_MANAGE, Scope.company());
    groups.delete(groupId);
    events.publishEvent(new GroupDeleted(groupId, current.name()));
  }

  /** Replaces the members; an id that names nobody refuses the whole change. */
  @Transactional
  public GroupWithMembers setMembers(Subject subject, UUID groupId, SetGroupMembers command) {
    GroupRow current = visible(subject, groupId);
    access.check(subject, Permission.GROUP_MANAGE, Scope.company());
    List<UUID> wanted = List.copyOf(new LinkedHashSet<>(command.personIds()));
    if (people.findAll(wanted).size() != wanted.size()) {
      throw DomainException.badRequest(
          "org.group-member-unknown", "One of these people does not exist.");
    }
    if (!new LinkedHashSet<>(groups.members(groupId)).equals(new LinkedHashSet<>(wanted))) {
      groups.setMembers(groupId, wanted);
      events.publishEvent(new GroupMembersChanged(groupId, current.name(), wanted));
    }
    return withMembers(subject, groups.find(groupId).orElseThrow());
  }

  private GroupWithMembers withMembers(Subject subject, GroupRow row) {
    List<UUID> ids =
        directory.mayBrowse(subject) ? groups.members(row.id()) : List.of(subject.personId());
    List<PersonSummary> members =
        people.findAll(ids).stream().map(DirectorySearch::summary).toList();
    Group group = group(row, mayManage(subject));
    return new GroupWithMembers(
        group.id(),
        group.name(),
        group.description(),
        group.memberCount(),
        group.capabilities(),
        members);
  }

  private GroupRow visible(Subject subject, UUID groupId) {
    return groups
        .find(groupId)
        .filter(row -> directory.mayBrowse(subject) || groups.isMember(groupId, subject.personId()))
        .orElseThrow(() -> DomainException.notFound("org.group-not-found", "No such group."));
  }

  private boolean mayManage(Subject subject) {
    return access.can(subject, Permission.GROUP_MANAGE, Scope.company());
  }

  private void refuseTaken(String name, @Nullable UUID except) {
    if (groups.nameTaken(name, except)) {
      throw DomainException.conflict(
          "org.group-name-taken", "A group of this name exists already.");
    }
  }

  private static Group group(GroupRow row, boolean canEdit) {
    return new Group(
        row.id(), row.name(), row.description(), row.memberCount(), new GroupCapabilities(canEdit));
  }
}
