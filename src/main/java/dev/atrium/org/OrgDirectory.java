package dev.atrium.org;

import dev.atrium.access.Affiliation;
import dev.atrium.access.DepartmentTree;
import dev.atrium.access.Grantee;
import dev.atrium.access.Principals;
import dev.atrium.org.internal.DepartmentRow;
import dev.atrium.org.internal.DepartmentsTable;
import dev.atrium.org.internal.GroupsTable;
import dev.atrium.org.internal.PeopleTable;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;

/**
 * Look-ups other modules make about people, without access checks: callers use them to decide
 * access or to label facts, never to show a person to someone.
 */
@NamedInterface("directory")
@Service
public class OrgDirectory implements DepartmentTree, Principals {

  private final PeopleTable people;
  private final DepartmentsTable departments;
  private final GroupsTable groups;

  OrgDirectory(PeopleTable people, DepartmentsTable departments, GroupsTable groups) {
    this.people = people;
    this.departments = departments;
    this.groups = groups;
  }

  public Optional<PersonRef> findByEmail(String email) {
    return people.refByEmail(email.strip());
  }

  public Optional<PersonRef> find(UUID personId) {
    return people.ref(personId);
  }

  public Optional<String> departmentName(UUID departmentId) {
    return departments.find(departmentId).map(DepartmentRow::name);
  }

  /** Every department, root first (parents before their children). */
  public List<UUID> departmentIds() {
    return departments.all().stream().map(DepartmentRow::id).toList();
  }

  /** The whole tree in one read, parents before their children, each with its head. */
  public List<DepartmentNode> departmentTree() {
    return departments.tree();
  }

  /** The department's path from the root (ancestors first, itself last), for access scopes. */
  public Optional<List<UUID>> departmentPath(UUID departmentId) {
    return departments.find(departmentId).map(DepartmentRow::path);
  }

  @Override
  public List<UUID> pathOf(UUID departmentId) {
    return departmentPath(departmentId).orElse(List.of());
  }

  /**
   * Active people who are not guests and whose primary or a secondary department lies in the
   * subtree of {@code departmentId}: who a department's channel holds.
   */
  public Set<UUID> peopleInSubtree(UUID departmentId) {
    return people.activeInSubtree(departmentId);
  }

  /**
   * Everyone an audience reaches now, with their primary department (null when they have none), in
   * one statement: active people who are not guests in the company ({@code company}), in these
   * departments (primary or secondary), in these subtrees, and active people in these groups or
   * named, less {@code excluded}. Guests are reached by name or group only.
   */
  public Map<UUID, Optional<UUID>> audience(
      boolean company,
      Collection<UUID> departments,
      Collection<UUID> subtrees,
      Collection<UUID> groups,
      Collection<UUID> named,
      Collection<UUID> excluded) {
    return people.audience(company, departments, subtrees, groups, named, excluded);
  }

  /** Those of these people whose primary or a secondary department lies in one of these subtrees. */
  public Set<UUID> withinSubtrees(Collection<UUID> personIds, Collection<UUID> roots) {
    return people.withinSubtrees(personIds, roots);
  }

  /**
   * The departments whose subtree holds the person: every department on the paths of their primary
   * and secondary departments. Empty for a suspended person or a guest.
   */
  public Set<UUID> subtreesHolding(UUID personId) {
    return people.subtreesHolding(personId);
  }

  /** Summaries of these people, for labelling lists such as a channel's members; unknown ids are skipped. */
  public List<PersonSummary> summaries(Collection<UUID> personIds) {
    return people.findAll(List.copyOf(personIds)).stream()
        .map(DirectorySearch::summary)
        .toList();
  }

  public boolean anyoneExists() {
    return people.count() > 0;
  }

  /** Guests belong to no department: grants reach them by name, by group or as guests. */
  @Override
  public Affiliation affiliation(UUID personId) {
    if (!people.isActive(personId)) {
      return Affiliation.none();
    }
    return new Affiliation(
        people.departmentsOf(personId), people.subtreesHolding(personId), groups.idsOf(personId));
  }

  @Override
  public boolean exists(Grantee grantee) {
    return switch (grantee) {
      case Grantee.Person p -> people.ref(p.id()).isPresent();
      case Grantee.Department d -> departments.find(d.id()).isPresent();
      case Grantee.Subtree s -> departments.find(s.id()).isPresent();
      case Grantee.Group g -> groups.find(g.id()).isPresent();
      case Grantee.Company c -> true;
      case Grantee.Guests g -> true;
    };
  }

  @Override
  public Set<UUID> people(Grantee grantee) {
    return switch (grantee) {
      case Grantee.Person p -> people.isActive(p.id()) ? Set.of(p.id()) : Set.of();
      case Grantee.Department d -> people.activeIn(d.id());
      case Grantee.Subtree s -> people.activeInSubtree(s.id());
      case Grantee.Group g -> groups.activeMembers(g.id());
      case Grantee.Company c -> people.active(false);
      case Grantee.Guests g -> people.active(true);
    };
  }
}
