package dev.atrium.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.doc.PageCommented;
import dev.atrium.doc.WatchedPageEdited;
import dev.atrium.realtime.TestSocket;
import dev.atrium.support.Api;
import dev.atrium.support.DomainEvents;
import dev.atrium.support.People;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A notification reaches every socket of its recipient and no one else's, and read state reaches the
 * recipient's other devices; applying the frames to what a client had equals a fresh fetch.
 */
@IntegrationTest
class NotificationFramesTest {

  @LocalServerPort
  int port;

  @Autowired
  ApplicationEventPublisher publisher;

  @Autowired
  TransactionTemplate transactions;

  @Autowired
  JdbcClient jdbc;

  @Test
  void notificationsReachEveryDeviceOfTheRecipientAndReadStateFollowsOnTheOthers()
      throws InterruptedException {
    DomainEvents events = new DomainEvents(publisher, transactions, jdbc);
    Api admin = People.admin(port);
    People.Person author = People.create(port, admin, "作者 周");
    People.Person editor = People.create(port, admin, "编辑 吴");
    People.Person reader = People.create(port, admin, "Reader 郑");
    People.Person bystander = People.create(port, admin, "Bystander 冯");

    try (TestSocket laptop = open(reader);
        TestSocket phone = open(reader);
        TestSocket elsewhere = open(bystander)) {
      UUID space = UUID.randomUUID();
      UUID page = UUID.randomUUID();
      events.publish(new PageCommented(
          page,
          space,
          "设计评审",
          UUID.randomUUID(),
          UUID.randomUUID(),
          author.id(),
          null,
          "看起来不错",
          Set.of(reader.id())));
      JsonNode onLaptop = signal(laptop, "notification").path("payload");
      JsonNode onPhone = signal(phone, "notification").path("payload");
      assertThat(onPhone).isEqualTo(onLaptop);
      assertThat(onLaptop).isEqualTo(newest(reader.api()));
      assertThat(onLaptop.path("text").path("params").path("text").asString()).isEqualTo("看起来不错");

      events.publish(
          new WatchedPageEdited(page, space, "设计评审", Set.of(author.id()), Set.of(reader.id())));
      JsonNode edited = signal(laptop, "notification").path("payload");
      events.publish(
          new WatchedPageEdited(page, space, "设计评审 v2", Set.of(editor.id()), Set.of(reader.id())));
      JsonNode folded = signal(laptop, "notification").path("payload");
      assertThat(folded.path("id")).isEqualTo(edited.path("id"));
      assertThat(folded.path("actorCount").asInt()).isEqualTo(2);
      assertThat(folded).isEqualTo(newest(reader.api()));

      String id = onLaptop.path("id").asString();
      reader.api().post("/api/v1/notifications/" + id + "/read", null);
      JsonNode read = signal(phone, "notification.read").path("payload");
      assertThat(read.path("id").asString()).isEqualTo(id);
      assertThat(read.path("all").asBoolean()).isFalse();
      ObjectNode applied = ((ObjectNode) onPhone).deepCopy();
      applied.set("readAt", read.path("readAt"));
      assertThat(applied).isEqualTo(byId(reader.api(), id));

      reader.api().post("/api/v1/notifications/" + id + "/unread", null);
      JsonNode unread = signal(phone, "notification.read").path("payload");
      assertThat(unread.path("id").asString()).isEqualTo(id);
      assertThat(unread.has("readAt")).isFalse();

      reader.api().post("/api/v1/notifications/read-all", null);
      JsonNode all = signal(phone, "notification.read").path("payload");
      assertThat(all.path("all").asBoolean()).isTrue();
      assertThat(all.has("readAt")).isTrue();
      assertThat(reader
              .api()
              .get("/api/v1/notifications/unread-count")
              .body()
              .path("count")
              .asLong())
          .isZero();

      assertThat(elsewhere.quiet(Duration.ofMillis(300)))
          .as("the bystander's socket got nothing")
          .isTrue();
    }
  }

  @Test
  void duringDoNotDisturbHoursANotificationIsKeptButNotPushed() {
    DomainEvents events = new DomainEvents(publisher, transactions, jdbc);
    Api admin = People.admin(port);
    People.Person author = People.create(port, admin, "作者 钱");
    People.Person reader = People.create(port, admin, "Reader 孙");
    // hours around now in Shanghai: whenever the test runs, it runs inside them
    LocalTime local = LocalTime.now(ZoneId.of("Asia/Shanghai"));
    Map<String, String> hours = Map.of(
        "start",
        local.minusHours(1).format(HH_MM),
        "end",
        local.plusHours(1).format(HH_MM),
        "timeZone",
        "Asia/Shanghai");
    assertThat(reader
            .api()
            .put(
                "/api/v1/notifications/preferences",
                Map.of("kinds", List.of(), "doNotDisturb", hours))
            .status())
        .isEqualTo(200);

    try (TestSocket socket = open(reader)) {
      UUID page = UUID.randomUUID();
      events.publish(new PageCommented(
          page,
          UUID.randomUUID(),
          "夜间发布",
          UUID.randomUUID(),
          UUID.randomUUID(),
          author.id(),
          null,
          "半夜的评论",
          Set.of(reader.id())));
      events.awaitHandled(page);
      assertThat(reader
              .api()
              .get("/api/v1/notifications/unread-count")
              .body()
              .path("count")
              .asLong())
          .isEqualTo(1);

      reader.api().put("/api/v1/notifications/preferences", Map.of("kinds", List.of()));
      events.publish(new PageCommented(
          page,
          UUID.randomUUID(),
          "夜间发布",
          UUID.randomUUID(),
          UUID.randomUUID(),
          author.id(),
          null,
          "早上的评论",
          Set.of(reader.id())));
      // frames come in order: the first one pushed is the one after the hours ended
      assertThat(signal(socket, "notification")
              .path("payload")
              .path("text")
              .path("params")
              .path("text")
              .asString())
          .isEqualTo("早上的评论");
    }
  }

  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

  private TestSocket open(People.Person person) {
    TestSocket socket =
        TestSocket.connect(port, TestSocket.sessionCookie(port, person.email(), People.PASSWORD));
    socket.resume(Map.of());
    socket.untilReady();
    return socket;
  }

  /** The next signal of this kind, passing over any other frame (presence and the like). */
  private static JsonNode signal(TestSocket socket, String kind) {
    for (JsonNode frame = socket.next(); ; frame = socket.next()) {
      if (frame.path("type").asString().equals("signal")
          && frame.path("kind").asString().equals(kind)) {
        return frame;
      }
    }
  }

  private static JsonNode newest(Api api) {
    return api.get("/api/v1/notifications?limit=1").body().path("items").get(0);
  }

  private static JsonNode byId(Api api, String id) {
    for (JsonNode item : api.get("/api/v1/notifications?limit=100").body().path("items")) {
      if (item.path("id").asString().equals(id)) {
        return item;
      }
    }
    throw new AssertionError("no notification " + id);
  }
}
