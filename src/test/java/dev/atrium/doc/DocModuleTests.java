package dev.atrium.doc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.access.Access;
import dev.atrium.access.Subject;
import dev.atrium.org.OrgSetup;
import dev.atrium.org.PersonRef;
import dev.atrium.shared.Ids;
import dev.atrium.shared.RequestLimits;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

/**
 * What doc tells the other modules (search, push, notifications, audit): doc with the modules it
 * uses, org, access, files, search and realtime.
 */
// a real server: realtime's socket endpoint needs a servlet container
@ApplicationModuleTest(
    mode = BootstrapMode.ALL_DEPENDENCIES,
    webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(DocModuleTests.AuthsRequestLimits.class)
@TestPropertySource(properties = "atrium.data-dir=target/test-data/doc-module-${random.uuid}")
class DocModuleTests {

  /** realtime draws socket requests on the budget auth defines; auth is not started here. */
  @TestConfiguration
  static class AuthsRequestLimits {
    @Bean
    RequestLimits personRequestLimits(Clock clock) {
      return new RequestLimits(20, 200, clock);
    }
  }

  @Autowired
  OrgSetup setup;

  @Autowired
  Access access;

  @Autowired
  Spaces spaces;

  @Autowired
  Pages pages;

  @Test
  void aNewSpaceIsAnnouncedWithItsKindAndName(Scenario scenario) {
    Subject admin = administrator();
    String name = "Handbook " + Ids.newId();

    scenario
        .stimulate(() ->
            spaces.create(admin, new CreateSpace(SpaceKind.PROJECT, name, null, null, null, null)))
        .andWaitForEventOfType(SpaceCreated.class)
        .matching(e -> e.name().equals(name))
        .toArriveAndVerify((e, space) -> {
          assertThat(e.spaceId()).isEqualTo(space.id());
          assertThat(e.kind()).isEqualTo(SpaceKind.PROJECT);
        });
  }

  @Test
  void aNewPageIsAnnouncedWithItsSpace(Scenario scenario) {
    Subject admin = administrator();
    Space space = spaces.create(
        admin, new CreateSpace(SpaceKind.PROJECT, "Wiki " + Ids.newId(), null, null, null, null));

    scenario
        .stimulate(() -> pages.create(admin, new CreatePage(space.id(), null, "入职指南", null, null)))
        .andWaitForEventOfType(PageChanged.class)
        .matching(e -> e.spaceId().equals(space.id()))
        .toArriveAndVerify((e, page) -> assertThat(e.pageId()).isEqualTo(page.id()));
  }

  /** This class's context has a database of its own: the company and its first administrator are made once. */
  private static Subject first;

  private Subject administrator() {
    if (first == null) {
      PersonRef ref = setup.createFirstPerson(
          "Atrium Test Co", "Admin", "admin." + Ids.newId() + "@example.com");
      access.grantFirstSystemAdmin(ref.id());
      first = new Subject(ref.id(), false);
    }
    return first;
  }
}
