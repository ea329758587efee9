package dev.atrium.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.access.Access;
import dev.atrium.access.Subject;
import dev.atrium.org.OrgSetup;
import dev.atrium.org.PersonRef;
import dev.atrium.realtime.StreamKind;
import dev.atrium.realtime.StreamPage;
import dev.atrium.realtime.Streams;
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
 * What chat tells the other modules (push, search, notifications, audit): chat with the modules it
 * uses, org, access, realtime, files and search.
 */
// a real server: realtime's socket endpoint needs a servlet container
@ApplicationModuleTest(
    mode = BootstrapMode.ALL_DEPENDENCIES,
    webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(ChatModuleTests.AuthsRequestLimits.class)
@TestPropertySource(properties = "atrium.data-dir=target/test-data/chat-module-${random.uuid}")
class ChatModuleTests {

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
  Channels channels;

  @Autowired
  Messages messages;

  @Autowired
  Streams streams;

  @Autowired
  StreamKind<ChatStreamEvent> kind;

  @Test
  void aNewChannelIsAnnouncedWithItsKindAndName(Scenario scenario) {
    Subject owner = person();
    String name = "release-" + Ids.newId();

    scenario
        .stimulate(() -> channels.create(owner, new CreateChannel(ChannelKind.PUBLIC, name, null)))
        .andWaitForEventOfType(ChannelCreated.class)
        .matching(e -> name.equals(e.name()))
        .toArriveAndVerify((e, channel) -> {
          assertThat(e.channelId()).isEqualTo(channel.id());
          assertThat(e.kind()).isEqualTo(ChannelKind.PUBLIC);
        });
  }

  @Test
  void aPostedMessageIsInItsChannelsStream() {
    Subject owner = person();
    Channel channel = channels.create(
        owner, new CreateChannel(ChannelKind.PRIVATE, "design-" + Ids.newId(), null));

    PostedMessage posted =
        messages.post(owner, channel.id(), new PostMessage(Ids.newId(), "发布时间定在周五"));

    StreamPage page = streams.page(kind, channel.id(), posted.message().seq() - 1);
    assertThat(page.entries()).singleElement().satisfies(entry -> {
      assertThat(entry.seq()).isEqualTo(posted.message().seq());
      assertThat(entry.event().path("kind").asString()).isEqualTo("message.posted");
      assertThat(entry.event().path("message").path("body").asString()).isEqualTo("发布时间定在周五");
    });
  }

  @Test
  void aPostedMessageIsAnnouncedForSearchAndNotifications(Scenario scenario) {
    Subject owner = person();
    Channel channel =
        channels.create(owner, new CreateChannel(ChannelKind.PRIVATE, "ops-" + Ids.newId(), null));

    scenario
        .stimulate(() -> messages.post(
            owner, channel.id(), new PostMessage(Ids.newId(), "today's deploy is done")))
        .andWaitForEventOfType(MessageWritten.class)
        .toArriveAndVerify(
            (e, posted) -> assertThat(e.messageId()).isEqualTo(posted.message().id()));
  }

  /** This class's context has a database of its own: the company and its first person are made once. */
  private static Subject first;

  private Subject person() {
    if (first == null) {
      PersonRef ref = setup.createFirstPerson(
          "Atrium Test Co", "Admin", "admin." + Ids.newId() + "@example.com");
      access.grantFirstSystemAdmin(ref.id());
      first = new Subject(ref.id(), false);
    }
    return first;
  }
}
