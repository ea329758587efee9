package dev.atrium.files;

import static org.assertj.core.api.Assertions.assertThat;

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

/** What files tells the other modules: files with access, whose department tree org would answer. */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = "atrium.data-dir=target/test-data/files-module-${random.uuid}")
@Import(FilesModuleTests.NoDepartments.class)
class FilesModuleTests {

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
  StoredFiles files;

  @Autowired
  Access access;

  @Test
  void newAttachmentLimitsAreAnnouncedWithTheOldOnes(Scenario scenario) {
    Subject admin = new Subject(Ids.newId(), false);
    access.grantFirstSystemAdmin(admin.personId());
    AttachmentLimits before = files.limits();
    AttachmentLimits next =
        new AttachmentLimits(5L * 1024 * 1024, List.of("exe"), List.of("application/x-msdownload"));

    scenario
        .stimulate(() -> files.setLimits(admin, next))
        .andWaitForEventOfType(AttachmentLimitsChanged.class)
        .toArriveAndVerify(e -> {
          assertThat(e.before()).isEqualTo(before);
          assertThat(e.after()).isEqualTo(next);
        });
  }
}
