package dev.atrium.search;

import dev.atrium.access.Access;
import dev.atrium.access.DepartmentTree;
import dev.atrium.access.NoOrgPrincipals;
import dev.atrium.access.Principals;
import dev.atrium.access.Subject;
import dev.atrium.shared.Ids;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

/** What search tells the other modules: search with access, whose department tree org would answer. */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = "atrium.data-dir=target/test-data/search-module-${random.uuid}")
@Import(SearchModuleTests.NoDepartments.class)
class SearchModuleTests {

  @TestConfiguration
  static class NoDepartments {
    @Bean
    Principals principals() {
      return new NoOrgPrincipals();
    }

    @Bean
    DepartmentTree departmentTree() {
      return id -> List.of();
    }
  }

  @Autowired
  SearchAdministration administration;

  @Autowired
  Access access;

  @Test
  void aRebuildOfTheIndexIsAnnounced(Scenario scenario) {
    Subject admin = new Subject(Ids.newId(), false);
    access.grantFirstSystemAdmin(admin.personId());

    scenario
        .stimulate(() -> administration.rebuild(admin))
        .andWaitForEventOfType(IndexRebuildStarted.class)
        .toArrive();
  }
}
