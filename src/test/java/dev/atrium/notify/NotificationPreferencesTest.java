package dev.atrium.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.doc.PageCommented;
import dev.atrium.doc.PageMentioned;
import dev.atrium.support.Api;
import dev.atrium.support.DomainEvents;
import dev.atrium.support.People;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Preferences list every kind the modules declared, keep do-not-disturb hours, refuse what is not a
 * kind or not a time with a coded problem; digests gather what someone away left unread, by module.
 */
@IntegrationTest
class NotificationPreferencesTest {

  @LocalServerPort
  int port;

  @Autowired
  ApplicationEventPublisher publisher;

  @Autowired
  TransactionTemplate transactions;

  @Autowired
  JdbcClient jdbc;

  @Autowired
  NotificationDigests digests;

  DomainEvents events;
  Api admin;
  People.Person author;
  People.Person reader;

  @BeforeEach
  void people() {
    events = new DomainEvents(publisher, transactions, jdbc);
    admin = People.admin(port);
    author = People.create(port, admin, "张三");
    reader = People.create(port, admin, "Reader 李四");
  }

  @Test
  void everyDeclaredKindIsListedOnUntilTurnedOffAndDoNotDisturbHoursAreKept() {
    Api api = reader.api();
    JsonNode fresh = api.get("/api/v1/notifications/preferences").body();
    assertThat(fresh.path("kinds"))
        .extracting(k -> k.path("kind").asString())
        .contains(
            "chat.mention",
            "chat.channel-mention",
            "chat.thread-reply",
            "chat.direct",
            "doc.mention",
            "doc.comment",
            "doc.edit");
    assertThat(fresh.path("kinds"))
        .allSatisfy(k -> assertThat(k.path("bell").asBoolean()).isTrue());
    assertThat(fresh.path("doNotDisturb").isNull() || fresh.path("doNotDisturb").isMissingNode())
        .isTrue();

    var saved = api.put(
        "/api/v1/notifications/preferences",
        Map.of(
            "kinds",
            List.of(Map.of("kind", "chat.direct", "bell", false)),
            "doNotDisturb",
            Map.of("start", "22:00", "end", "07:30", "timeZone", "Asia/Shanghai")));
    assertThat(saved.status()).as(saved.body().toString()).isEqualTo(200);
    JsonNode now = api.get("/api/v1/notifications/preferences").body();
    assertThat(now.path("kinds"))
        .filteredOn(k -> k.path("kind").asString().equals("chat.direct"))
        .singleElement()
        .satisfies(k -> {
          assertThat(k.path("bell").asBoolean()).isFalse();
          assertThat(k.path("module").asString()).isEqualTo("chat");
        });
    assertThat(now.path("doNotDisturb").path("start").asString()).isEqualTo("22:00");
    assertThat(now.path("doNotDisturb").path("end").asString()).isEqualTo("07:30");
    assertThat(now.path("doNotDisturb").path("timeZone").asString()).isEqualTo("Asia/Shanghai");

    // a later change of other kinds leaves this one as it was; no hours means none
    api.put(
        "/api/v1/notifications/preferences",
        Map.of("kinds", List.of(Map.of("kind", "doc.edit", "bell", true))));
    JsonNode later = api.get("/api/v1/notifications/preferences").body();
    assertThat(later.path("kinds"))
        .filteredOn(k -> k.path("kind").asString().equals("chat.direct"))
        .singleElement()
        .satisfies(k -> assertThat(k.path("bell").asBoolean()).isFalse());
    assertThat(later.path("doNotDisturb").isNull() || later.path("doNotDisturb").isMissingNode())
        .isTrue();
  }

  @Test
  void anUnknownKindOrAMalformedTimeAnswersACodedProblemAndChangesNothing() {
    Api api = reader.api();
    var unknown = api.put(
        "/api/v1/notifications/preferences",
        Map.of(
            "kinds",
            List.of(
                Map.of("kind", "doc.edit", "bell", false),
                Map.of("kind", "chat.gossip", "bell", false))));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.code()).isEqualTo("notify.kind-unknown");
    assertThat(NotificationsTest.bell(api, "doc.edit")).isTrue();

    for (String[] times :
        new String[][] {{"25:00", "07:00"}, {"9:00", "17:00"}, {"22:00", "22:00"}, {"noon", "07:00"}
        }) {
      var answer = api.put(
          "/api/v1/notifications/preferences",
          Map.of(
              "kinds",
              List.of(),
              "doNotDisturb",
              Map.of("start", times[0], "end", times[1], "timeZone", "Asia/Shanghai")));
      assertThat(answer.status()).as(String.join("-", times)).isEqualTo(400);
      assertThat(answer.code()).as(String.join("-", times)).isEqualTo("notify.dnd-time-invalid");
    }
    var zone = api.put(
        "/api/v1/notifications/preferences",
        Map.of(
            "kinds",
            List.of(),
            "doNotDisturb",
            Map.of("start", "22:00", "end", "07:00", "timeZone", "Mars/Olympus")));
    assertThat(zone.status()).isEqualTo(400);
    assertThat(zone.code()).isEqualTo("notify.dnd-zone-invalid");
    Map<String, Object> noKinds = new HashMap<>();
    noKinds.put("doNotDisturb", null);
    assertThat(api.put("/api/v1/notifications/preferences", noKinds).code())
        .isEqualTo("validation.failed");
    JsonNode kept = api.get("/api/v1/notifications/preferences").body();
    assertThat(kept.path("doNotDisturb").isNull() || kept.path("doNotDisturb").isMissingNode())
        .isTrue();
  }

  @Test
  void aDigestGathersWhatWasLeftUnreadSinceLastSeenByModuleOnce() {
    Api api = reader.api();
    assertThat(api.get("/api/v1/notifications/digest").code()).isEqualTo("notify.digest-not-found");
    // looking at the count is being seen; what comes after is what a digest gathers
    api.get("/api/v1/notifications/unread-count");
    UUID space = UUID.randomUUID();
    UUID page = UUID.randomUUID();
    events.publish(new PageMentioned(page, space, "年度预算", author.id(), Set.of(reader.id())));
    events.publish(new PageCommented(
        page,
        space,
        "年度预算",
        UUID.randomUUID(),
        UUID.randomUUID(),
        author.id(),
        null,
        "数字需要更新",
        Set.of(reader.id())));
    events.awaitHandled(page);

    assertThat(digests.gather(reader.id())).isPresent();
    JsonNode digest = api.get("/api/v1/notifications/digest").body();
    assertThat(digest.path("groups")).hasSize(1);
    JsonNode doc = digest.path("groups").get(0);
    assertThat(doc.path("module").asString()).isEqualTo("doc");
    assertThat(doc.path("count").asInt()).isEqualTo(2);
    assertThat(doc.path("latest"))
        .extracting(n -> n.path("kind").asString())
        .containsExactly("doc.comment", "doc.mention");
    assertThat(Instant.parse(digest.path("since").asString()))
        .isBefore(Instant.parse(digest.path("createdAt").asString()));

    // nothing new since that digest: no second one
    assertThat(digests.gather(reader.id())).isEmpty();
  }
}
