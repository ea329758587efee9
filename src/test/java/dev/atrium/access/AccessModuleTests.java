package dev.atrium.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atrium.shared.DomainException;
import dev.atrium.shared.Ids;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

/** The access module on its own: only it and the shared module are started. */
@ApplicationModuleTest
@TestPropertySource(properties = "atrium.data-dir=target/test-data/access-module-${random.uuid}")
@Import(AccessModuleTests.Tree.class)
class AccessModuleTests {

  private static final UUID company = Ids.newId();
  private static final UUID platform = Ids.newId();
  private static final UUID platformTeam = Ids.newId();
  private static final UUID sales = Ids.newId();

  /** The department tree org would answer with: company › platform › platform team, company › sales. */
  @TestConfiguration
  static class Tree {
    @Bean
    Principals principals() {
      return new NoOrgPrincipals();
    }

    @Bean
    DepartmentTree departmentTree() {
      Map<UUID, List<UUID>> paths = Map.of(
          company,
          List.of(company),
          platform,
          List.of(company, platform),
          platformTeam,
          List.of(company, platform, platformTeam),
          sales,
          List.of(company, sales));
      return id -> paths.getOrDefault(id, List.of());
    }
  }

  @Autowired
  Access access;

  @Test
  void departmentAdministratorManagesTheirSubtreeAndNothingElse(Scenario scenario) {
    Subject root = systemAdministrator();
    Subject lead = new Subject(Ids.newId(), false);

    scenario
        .stimulate(() -> access.grant(root, lead.personId(), Role.DEPARTMENT_ADMIN, platform))
        .andWaitForEventOfType(RoleGranted.class)
        .matching(e -> e.personId().equals(lead.personId()))
        .toArriveAndVerify(e -> assertThat(e.departmentId()).isEqualTo(platform));

    assertThat(access.can(
            lead,
            Permission.ORG_MANAGE,
            Scope.department(List.of(company, platform, platformTeam))))
        .isTrue();
    assertThat(access.can(lead, Permission.ORG_MANAGE, Scope.department(List.of(company, sales))))
        .isFalse();
    assertThat(access.can(lead, Permission.ORG_MANAGE, Scope.company())).isFalse();
    assertThat(access.can(lead, Permission.AUDIT_VIEW, Scope.company())).isFalse();
    assertThat(access.capabilities(lead).manageOrg()).isTrue();
  }

  @Test
  void aDepartmentAdministratorCoversOnlyPowerInsideTheirSubtree() {
    Subject root = systemAdministrator();
    Subject platformAdmin = departmentAdmin(root, platform);
    Subject peer = departmentAdmin(root, platform);
    Subject teamAdmin = departmentAdmin(root, platformTeam);
    Subject salesAdmin = departmentAdmin(root, sales);
    Subject member = new Subject(Ids.newId(), false);

    assertThat(access.covers(platformAdmin, member.personId())).isTrue();
    assertThat(access.covers(platformAdmin, teamAdmin.personId())).isTrue();
    assertThat(access.covers(platformAdmin, peer.personId())).isTrue();
    assertThat(access.covers(teamAdmin, platformAdmin.personId())).isFalse();
    assertThat(access.covers(platformAdmin, salesAdmin.personId())).isFalse();
    assertThat(access.covers(platformAdmin, root.personId())).isFalse();
    assertThat(access.covers(root, platformAdmin.personId())).isTrue();
    assertThat(access.covers(member, teamAdmin.personId())).isFalse();

    access.grant(root, teamAdmin.personId(), Role.DEPARTMENT_ADMIN, sales);
    assertThat(access.covers(platformAdmin, teamAdmin.personId()))
        .as("one grant outside the subtree puts the whole person out of reach")
        .isFalse();
    assertThatThrownBy(() -> access.checkOnPerson(
            platformAdmin,
            Permission.ACCOUNT_ADMINISTER,
            Scope.department(List.of(company, platform, platformTeam)),
            teamAdmin.personId()))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.code()).isEqualTo("access.outranked"));
  }

  @Test
  void guestsMayNotBrowseAndMembersMay() {
    assertThat(access.can(
            new Subject(Ids.newId(), true), Permission.DIRECTORY_BROWSE, Scope.company()))
        .isFalse();
    assertThat(access.can(
            new Subject(Ids.newId(), false), Permission.DIRECTORY_BROWSE, Scope.company()))
        .isTrue();
  }

  @Test
  void aMemberCannotGrantRoles() {
    Subject member = new Subject(Ids.newId(), false);
    assertThatThrownBy(() -> access.grant(member, member.personId(), Role.SYSTEM_ADMIN, null))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.code()).isEqualTo("access.denied"));
  }

  private Subject departmentAdmin(Subject root, UUID department) {
    Subject admin = new Subject(Ids.newId(), false);
    access.grant(root, admin.personId(), Role.DEPARTMENT_ADMIN, department);
    return admin;
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
