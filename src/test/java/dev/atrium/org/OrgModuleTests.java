package dev.atrium.org;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.access.Access;
import dev.atrium.access.Subject;
import dev.atrium.shared.Ids;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

/** What org tells the other modules when the tree, the people and the groups change: org with access and search. */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = "atrium.data-dir=target/test-data/org-module-${random.uuid}")
class OrgModuleTests {

  @Autowired
  OrgSetup setup;

  @Autowired
  OrgAdministration administration;

  @Autowired
  Groups groups;

  @Autowired
  Access access;

  @Test
  void aNewDepartmentIsAnnouncedWithItsPlaceInTheTree(Scenario scenario) {
    Subject admin = administrator();
    String name = "Platform " + Ids.newId();
    scenario
        .stimulate(() -> administration.createDepartment(admin, new CreateDepartment(name, root)))
        .andWaitForEventOfType(DepartmentCreated.class)
        .matching(e -> e.name().equals(name))
        .toArriveAndVerify((e, department) -> {
          assertThat(e.departmentId()).isEqualTo(department.id());
          assertThat(e.parentId()).isEqualTo(root);
          assertThat(e.path()).containsExactly(root, department.id());
        });
  }

  @Test
  void aNewPersonIsAnnouncedWithTheirDepartment(Scenario scenario) {
    Subject admin = administrator();
    String email = "wang." + Ids.newId() + "@example.com";
    scenario
        .stimulate(() -> administration.createPerson(
            admin, new CreatePerson("王芳", email, null, null, root, null, true)))
        .andWaitForEventOfType(PersonCreated.class)
        .matching(e -> e.email().equals(email))
        .toArriveAndVerify((e, person) -> {
          assertThat(e.personId()).isEqualTo(person.id());
          assertThat(e.name()).isEqualTo("王芳");
          assertThat(e.primaryDepartmentId()).isEqualTo(root);
          assertThat(e.guest()).isTrue();
        });
  }

  @Test
  void aNewGroupIsAnnouncedByName(Scenario scenario) {
    Subject admin = administrator();
    String name = "Reviewers " + Ids.newId();
    scenario
        .stimulate(() -> groups.create(admin, new CreateGroup(name, null)))
        .andWaitForEventOfType(GroupCreated.class)
        .matching(e -> e.name().equals(name))
        .toArriveAndVerify((e, group) -> assertThat(e.groupId()).isEqualTo(group.id()));
  }

  /** This class's context has a database of its own; the company and its first administrator are made once. */
  private static Subject admin;

  private static UUID root;

  private Subject administrator() {
    if (admin == null) {
      PersonRef first = setup.createFirstPerson(
          "Atrium Test Co", "Admin", "admin." + Ids.newId() + "@example.com");
      access.grantFirstSystemAdmin(first.id());
      admin = new Subject(first.id(), false);
      root = first.departmentPath().getFirst();
    }
    return admin;
  }
}
