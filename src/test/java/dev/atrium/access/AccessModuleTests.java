package dev.atrium.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atrium.shared.DomainException;
import dev.atrium.shared.Ids;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

/** The access module on its own: only it and the shared module are started. */
@ApplicationModuleTest
@TestPropertySource(properties = "atrium.data-dir=target/test-data/access-module-${random.uuid}")
class AccessModuleTests {

  @Autowired Access access;

  private final UUID platform = Ids.newId();
  private final UUID platformTeam = Ids.newId();
  private final UUID sales = Ids.newId();
  private final UUID company = Ids.newId();

  @Test
  void departmentAdministratorManagesTheirSubtreeAndNothingElse(Scenario scenario) {
    Subject root = systemAdministrator();
    Subject lead = new Subject(Ids.newId(), false);

    scenario.stimulate(() -> access.grant(root, lead.personId(), Role.DEPARTMENT_ADMIN, platform))
        .andWaitForEventOfType(RoleGranted.class)
        .matching(e -> e.personId().equals(lead.personId()))
        .toArriveAndVerify(e -> assertThat(e.departmentId()).isEqualTo(platform));

    assertThat(access.can(lead, Permission.ORG_MANAGE, Scope.department(List.of(company, platform, platformTeam)))).isTrue();
    assertThat(access.can(lead, Permission.ORG_MANAGE, Scope.department(List.of(company, sales)))).isFalse();
    assertThat(access.can(lead, Permission.ORG_MANAGE, Scope.company())).isFalse();
    assertThat(access.can(lead, Permission.AUDIT_VIEW, Scope.company())).isFalse();
    assertThat(access.capabilities(lead).manageOrg()).isTrue();
  }

  @Test
  void guestsMayNotBrowseAndMembersMay() {
    assertThat(access.can(new Subject(Ids.newId(), true), Permission.DIRECTORY_BROWSE, Scope.company())).isFalse();
    assertThat(access.can(new Subject(Ids.newId(), false), Permission.DIRECTORY_BROWSE, Scope.company())).isTrue();
  }

  @Test
  void aMemberCannotGrantRoles() {
    Subject member = new Subject(Ids.newId(), false);
    assertThatThrownBy(() -> access.grant(member, member.personId(), Role.SYSTEM_ADMIN, null))
        .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("access.denied"));
  }

  /** This class's context has a database of its own; its first administrator is made once. */
  private static Subject root;

  private Subject systemAdministrator() {
    if (root == null) {
      root = new Subject(Ids.newId(), false);
      access.grantFirstSystemAdmin(root.personId());
    }
    return root;
  }
}
