package dev.atrium.announce;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.access.Access;
import dev.atrium.access.Subject;
import dev.atrium.org.OrgSetup;
import dev.atrium.org.PersonRef;
import dev.atrium.shared.Ids;
import dev.atrium.shared.RequestLimits;
import java.time.Clock;
import java.util.List;
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
import tools.jackson.databind.ObjectMapper;

/**
 * What announce tells the other modules: {@link AnnouncementPublished} (chat's card and DING,
 * announce's notices, audit) with its recipients counted. Announce with the modules it uses.
 */
// a real server: realtime's socket endpoint needs a servlet container
@ApplicationModuleTest(
    mode = BootstrapMode.ALL_DEPENDENCIES,
    webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(AnnounceModuleTests.AuthsRequestLimits.class)
@TestPropertySource(properties = "atrium.data-dir=target/test-data/announce-module-${random.uuid}")
class AnnounceModuleTests {

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
  Announcements announcements;

  @Autowired
  Publication publication;

  @Autowired
  ObjectMapper json;

  @Test
  void aPublicationIsAnnouncedWithItsImportanceChannelAndRecipients(Scenario scenario) {
    Subject admin = administrator();
    String title = "停电通知 " + Ids.newId();
    var draft = new AnnouncementDraft(
        title,
        json.readTree("{\"type\":\"doc\",\"content\":[{\"type\":\"paragraph\",\"content\":"
            + "[{\"type\":\"text\",\"text\":\"周六停电\"}]}]}"),
        "it",
        Importance.URGENT,
        true,
        null,
        List.of(),
        null,
        null,
        false,
        false,
        null,
        new Audience(false, List.of(), List.of(), List.of(admin.personId()), List.of()),
        false,
        false);
    Announcement created = announcements.create(admin, draft);

    scenario
        .stimulate(() -> publication.publish(admin, created.id(), new PublishAnnouncement(null)))
        .andWaitForEventOfType(AnnouncementPublished.class)
        .matching(e -> e.id().equals(created.id()))
        .toArriveAndVerify(e -> {
          assertThat(e.title()).isEqualTo(title);
          assertThat(e.authorId()).isEqualTo(admin.personId());
          assertThat(e.importance()).isEqualTo(Importance.URGENT);
          assertThat(e.channelId()).isNull();
          assertThat(e.recipientCount()).isEqualTo(1);
        });
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
