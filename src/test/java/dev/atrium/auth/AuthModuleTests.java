package dev.atrium.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.access.Subject;
import dev.atrium.org.CreatePerson;
import dev.atrium.org.OrgAdministration;
import dev.atrium.org.OrgDirectory;
import dev.atrium.org.PersonProfile;
import dev.atrium.org.PersonRef;
import dev.atrium.shared.Ids;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

/** What auth tells the other modules (the audit log, open sockets): auth with org, access, realtime and search. */
// a real server: realtime's socket endpoint needs a servlet container
@ApplicationModuleTest(
    mode = BootstrapMode.ALL_DEPENDENCIES,
    webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "atrium.data-dir=target/test-data/auth-module-${random.uuid}")
class AuthModuleTests {

  @Autowired
  AccountAdministration accounts;

  @Autowired
  OrgAdministration org;

  @Autowired
  OrgDirectory directory;

  @Value("${atrium.bootstrap.admin-email:admin@atrium.local}")
  String adminEmail;

  @Test
  void aPasswordResetIsAnnouncedForThePersonItLocksOut(Scenario scenario) {
    // made at startup by FirstAdministrator, as on a new installation
    PersonRef first = directory.findByEmail(adminEmail).orElseThrow();
    Subject admin = new Subject(first.id(), false);
    PersonProfile li = org.createPerson(
        admin,
        new CreatePerson(
            "李雷",
            "li." + Ids.newId() + "@example.com",
            null,
            null,
            first.departmentPath().getLast(),
            null,
            false));

    scenario
        .stimulate(() -> accounts.resetPassword(admin, li.id()))
        .andWaitForEventOfType(AccountEvent.class)
        .matching(e -> e.personId().equals(li.id()))
        .toArriveAndVerify(e -> {
          assertThat(e.action()).isEqualTo("auth.password.reset");
          assertThat(e.personName()).isEqualTo("李雷");
        });
  }
}
