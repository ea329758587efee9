package dev.atrium.org;

import dev.atrium.TestAccounts;
import dev.atrium.access.Access;
import dev.atrium.access.Role;
import dev.atrium.access.Subject;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Makes the people and departments a test needs, with fresh names, since all integration tests of a
 * JVM share one database. The company and its administrator are made once, unless the auth module's
 * bootstrap made them already.
 */
@Component
class OrgTestData {

  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static final String RUN = Long.toString(System.nanoTime() % 1_000_000, 36);

  private final OrgSetup setup;
  private final OrgDirectory directory;
  private final OrgAdministration administration;
  private final DirectorySearch search;
  private final Access access;

  OrgTestData(
      OrgSetup setup,
      OrgDirectory directory,
      OrgAdministration administration,
      DirectorySearch search,
      Access access) {
    this.setup = setup;
    this.directory = directory;
    this.administration = administration;
    this.search = search;
    this.access = access;
  }

  synchronized Subject admin() {
    PersonRef admin = directory.findByEmail(TestAccounts.ADMIN_EMAIL).orElseGet(() -> {
      PersonRef first = setup.createFirstPerson("总部", "管理员", TestAccounts.ADMIN_EMAIL);
      access.grantFirstSystemAdmin(first.id());
      return first;
    });
    return new Subject(admin.id(), false);
  }

  /** A fresh name such as {@code 研发部-3k}, unique in this database. */
  String unique(String name) {
    return name + "-" + RUN + COUNTER.incrementAndGet();
  }

  Department root() {
    return search.departments(admin()).stream()
        .filter(d -> d.parentId() == null)
        .findFirst()
        .orElseThrow();
  }

  /** A new department right below the company. */
  Department department(String name) {
    return department(root(), name);
  }

  Department department(Department parent, String name) {
    return administration.createDepartment(
        admin(), new CreateDepartment(unique(name), parent.id()));
  }

  PersonProfile person(String name, Department department) {
    return administration.createPerson(
        admin(),
        new CreatePerson(
            name, unique("p") + "@example.com", null, null, department.id(), null, false));
  }

  PersonProfile guest(String name, Department department) {
    return administration.createPerson(
        admin(),
        new CreatePerson(
            name, unique("guest") + "@example.com", null, null, department.id(), null, true));
  }

  Subject subjectOf(PersonProfile person) {
    return new Subject(person.id(), person.guest());
  }

  /** A new person in the department who administers its subtree. */
  Subject departmentAdmin(Department department) {
    PersonProfile person = person("部门管理员", department);
    access.grant(admin(), person.id(), Role.DEPARTMENT_ADMIN, department.id());
    return subjectOf(person);
  }
}
