package dev.atrium.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.doc.PageCommented;
import dev.atrium.doc.PageMentioned;
import dev.atrium.doc.WatchedPageEdited;
import dev.atrium.support.Api;
import dev.atrium.support.DomainEvents;
import dev.atrium.support.People;
import java.time.Instant;
import java.util.ArrayList;
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
 * Doc's events become notifications for their recipients only, published as doc publishes them
 * (inside a transaction, delivered through the event publication registry), and each person reads
 * and marks only their own over HTTP.
 */
@IntegrationTest
class NotificationsTest {

  @LocalServerPort
  int port;

  @Autowired
  ApplicationEventPublisher publisher;

  @Autowired
  TransactionTemplate transactions;

  @Autowired
  JdbcClient jdbc;

  DomainEvents events;
  Api admin;
  People.Person author;
  People.Person reader;
  People.Person other;

  @BeforeEach
  void people() {
    events = new DomainEvents(publisher, transactions, jdbc);
    admin = People.admin(port);
    author = People.create(port, admin, "张三");
    reader = People.create(port, admin, "Reader 李四");
    other = People.create(port, admin, "Other 王五");
  }

  @Test
  void eachEventMakesOneRowPerRecipientAndNoneForAnyoneElse() {
    UUID space = UUID.randomUUID();
    UUID page = UUID.randomUUID();
    UUID comment = UUID.randomUUID();
    events.publish(
        new PageMentioned(page, space, "季度计划", author.id(), Set.of(reader.id(), other.id())));
    events.awaitHandled(page);
    events.publish(new PageCommented(
        page,
        space,
        "季度计划",
        UUID.randomUUID(),
        comment,
        author.id(),
        "第二季度目标",
        "这里要再确认一下预算",
        Set.of(reader.id())));
    events.awaitHandled(page);

    List<JsonNode> mine = items(reader.api(), "");
    assertThat(mine)
        .extracting(n -> n.path("kind").asString())
        .containsExactly("doc.comment", "doc.mention");
    JsonNode commented = mine.get(0);
    assertThat(commented.path("title").path("params").path("title").asString()).isEqualTo("季度计划");
    assertThat(commented.path("text").path("params").path("text").asString())
        .isEqualTo("这里要再确认一下预算");
    assertThat(commented.path("quote").asString()).isEqualTo("第二季度目标");
    assertThat(commented.path("link").asString())
        .isEqualTo("/docs/spaces/" + space + "/pages/" + page);
    assertThat(commented.path("anchor").asString()).isEqualTo("comment-" + comment);
    assertThat(commented.path("actors").get(0).path("name").asString()).isEqualTo("张三");
    assertThat(commented.path("actorCount").asInt()).isEqualTo(1);
    assertThat(commented.has("readAt")).isFalse();
    assertThat(unread(reader.api())).isEqualTo(2);

    assertThat(items(other.api(), ""))
        .extracting(n -> n.path("kind").asString())
        .containsExactly("doc.mention");
    assertThat(items(author.api(), "")).isEmpty();
  }

  @Test
  void editsOfAWatchedPageFoldIntoTheUnreadRowAndStartANewOneOnceRead() {
    People.Person second = People.create(port, admin, "Editor 赵六");
    UUID space = UUID.randomUUID();
    UUID page = UUID.randomUUID();
    events.publish(
        new WatchedPageEdited(page, space, "周报", Set.of(author.id()), Set.of(reader.id())));
    events.awaitHandled(page);
    JsonNode first = items(reader.api(), "").getFirst();

    events.publish(
        new WatchedPageEdited(page, space, "周报 第 48 周", Set.of(second.id()), Set.of(reader.id())));
    events.awaitHandled(page);
    List<JsonNode> folded = items(reader.api(), "");
    assertThat(folded).hasSize(1);
    JsonNode row = folded.getFirst();
    assertThat(row.path("id").asString()).isEqualTo(first.path("id").asString());
    assertThat(row.path("title").path("params").path("title").asString()).isEqualTo("周报 第 48 周");
    assertThat(row.path("actorCount").asInt()).isEqualTo(2);
    assertThat(row.path("actors"))
        .extracting(a -> a.path("name").asString())
        .containsExactly("Editor 赵六", "张三");
    assertThat(Instant.parse(row.path("updatedAt").asString()))
        .isAfter(Instant.parse(first.path("updatedAt").asString()));
    assertThat(unread(reader.api())).isEqualTo(1);

    reader.api().post("/api/v1/notifications/" + row.path("id").asString() + "/read", null);
    events.publish(
        new WatchedPageEdited(page, space, "周报 第 48 周", Set.of(author.id()), Set.of(reader.id())));
    events.awaitHandled(page);
    List<JsonNode> after = items(reader.api(), "");
    assertThat(after).hasSize(2);
    assertThat(after.getFirst().path("actorCount").asInt()).isEqualTo(1);
    assertThat(after.getFirst().has("readAt")).isFalse();
    assertThat(after.get(1).has("readAt")).isTrue();
  }

  @Test
  void aKindTurnedOffMakesNoRowAndTheOthersStillCome() {
    var saved = reader
        .api()
        .put(
            "/api/v1/notifications/preferences",
            Map.of("kinds", List.of(Map.of("kind", "doc.edit", "bell", false))));
    assertThat(saved.status()).isEqualTo(200);
    assertThat(bell(reader.api(), "doc.edit")).isFalse();
    assertThat(bell(reader.api(), "doc.mention")).isTrue();
    UUID space = UUID.randomUUID();
    UUID page = UUID.randomUUID();
    events.publish(new WatchedPageEdited(
        page, space, "路线图", Set.of(author.id()), Set.of(reader.id(), other.id())));
    events.publish(new PageMentioned(page, space, "路线图", author.id(), Set.of(reader.id())));
    events.awaitHandled(page);

    assertThat(items(reader.api(), ""))
        .extracting(n -> n.path("kind").asString())
        .containsExactly("doc.mention");
    assertThat(items(other.api(), ""))
        .extracting(n -> n.path("kind").asString())
        .containsExactly("doc.edit");
  }

  @Test
  void aRepublishedEventMakesNoSecondRow() {
    UUID space = UUID.randomUUID();
    UUID page = UUID.randomUUID();
    var comment = new PageCommented(
        page,
        space,
        "发布清单",
        UUID.randomUUID(),
        UUID.randomUUID(),
        author.id(),
        null,
        "LGTM",
        Set.of(reader.id()));
    var mention = new PageMentioned(page, space, "发布清单", author.id(), Set.of(reader.id()));
    var edit = new WatchedPageEdited(page, space, "发布清单", Set.of(author.id()), Set.of(reader.id()));
    for (int round = 0; round < 2; round++) {
      events.publish(comment);
      events.publish(mention);
      events.publish(edit);
      events.awaitHandled(page);
    }
    List<JsonNode> rows = items(reader.api(), "");
    assertThat(rows)
        .extracting(n -> n.path("kind").asString())
        .containsExactlyInAnyOrder("doc.comment", "doc.mention", "doc.edit");
    assertThat(rows).allSatisfy(n -> assertThat(n.path("actorCount").asInt()).isEqualTo(1));
    assertThat(unread(reader.api())).isEqualTo(3);

    // a comment is one fact for good: told again after it was read, it still makes no row
    String commentRow = rows.stream()
        .filter(n -> n.path("kind").asString().equals("doc.comment"))
        .findFirst()
        .orElseThrow()
        .path("id")
        .asString();
    reader.api().post("/api/v1/notifications/" + commentRow + "/read", null);
    events.publish(comment);
    events.awaitHandled(page);
    assertThat(items(reader.api(), "")).hasSize(3);
    assertThat(unread(reader.api())).isEqualTo(2);
  }

  @Test
  void theListPagesNewestFirstAndReadStateMovesTheCount() {
    UUID space = UUID.randomUUID();
    UUID page = UUID.randomUUID();
    for (int i = 1; i <= 5; i++) {
      events.publish(new PageCommented(
          page,
          space,
          "评审",
          UUID.randomUUID(),
          UUID.randomUUID(),
          author.id(),
          null,
          "意见 " + i,
          Set.of(reader.id())));
      events.awaitHandled(page);
    }
    Api api = reader.api();
    List<String> excerpts = new ArrayList<>();
    String cursor = "";
    int pages = 0;
    do {
      JsonNode answer = api.get(
              "/api/v1/notifications?limit=2" + (cursor.isEmpty() ? "" : "&before=" + cursor))
          .body();
      answer
          .path("items")
          .forEach(n -> excerpts.add(n.path("text").path("params").path("text").asString()));
      cursor = answer.path("nextCursor").asString("");
      pages++;
    } while (!cursor.isEmpty());
    assertThat(pages).isEqualTo(3);
    assertThat(excerpts).containsExactly("意见 5", "意见 4", "意见 3", "意见 2", "意见 1");
    assertThat(unread(api)).isEqualTo(5);

    List<JsonNode> all = items(api, "");
    String newest = all.getFirst().path("id").asString();
    var read = api.post("/api/v1/notifications/" + newest + "/read", null);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.body().has("readAt")).isTrue();
    assertThat(unread(api)).isEqualTo(4);
    assertThat(items(api, "&unread=true"))
        .hasSize(4)
        .noneMatch(n -> n.path("id").asString().equals(newest));

    var unreadAgain = api.post("/api/v1/notifications/" + newest + "/unread", null);
    assertThat(unreadAgain.status()).isEqualTo(200);
    assertThat(unreadAgain.body().has("readAt")).isFalse();
    assertThat(unread(api)).isEqualTo(5);

    var allRead = api.post("/api/v1/notifications/read-all", null);
    assertThat(allRead.status()).isEqualTo(200);
    assertThat(allRead.body().path("count").asLong()).isZero();
    assertThat(unread(api)).isZero();
    assertThat(items(api, "&unread=true")).isEmpty();
    assertThat(items(api, "")).hasSize(5).allMatch(n -> n.has("readAt"));
  }

  @Test
  void someoneElsesNotificationAnswers404() {
    UUID page = UUID.randomUUID();
    events.publish(
        new PageMentioned(page, UUID.randomUUID(), "私人笔记", author.id(), Set.of(reader.id())));
    events.awaitHandled(page);
    String id = items(reader.api(), "").getFirst().path("id").asString();

    for (String action : List.of("read", "unread")) {
      var answer = other.api().post("/api/v1/notifications/" + id + "/" + action, null);
      assertThat(answer.status()).isEqualTo(404);
      assertThat(answer.code()).isEqualTo("notify.notification-not-found");
    }
    assertThat(other
            .api()
            .post("/api/v1/notifications/" + UUID.randomUUID() + "/read", null)
            .status())
        .isEqualTo(404);
    other.api().post("/api/v1/notifications/read-all", null);
    assertThat(unread(reader.api())).isEqualTo(1);
  }

  @Test
  void badInputAnswersAProblemAndChangesNothing() {
    Api api = reader.api();
    for (String query : List.of(
        "?before=not-a-cursor", "?before=" + UUID.randomUUID(), "?before=MTIzOm5vdC1hLXV1aWQ")) {
      var answer = api.get("/api/v1/notifications" + query);
      assertThat(answer.status()).as(query).isEqualTo(400);
      assertThat(answer.code()).as(query).isEqualTo("notify.cursor-invalid");
    }
    for (String limit : List.of("0", "101", "-5")) {
      var answer = api.get("/api/v1/notifications?limit=" + limit);
      assertThat(answer.status()).as(limit).isEqualTo(400);
      assertThat(answer.code()).as(limit).isEqualTo("notify.limit-invalid");
    }
    assertThat(api.get("/api/v1/notifications?limit=lots").status()).isEqualTo(400);

    var partial = api.put("/api/v1/notifications/preferences", Map.of("mentions", false));
    assertThat(partial.status()).isEqualTo(400);
    assertThat(partial.code()).isEqualTo("validation.failed");
    assertThat(api.get("/api/v1/notifications/preferences").body().path("kinds"))
        .allSatisfy(kind -> assertThat(kind.path("bell").asBoolean()).isTrue());
  }

  static boolean bell(Api api, String kind) {
    for (JsonNode setting : api.get("/api/v1/notifications/preferences").body().path("kinds")) {
      if (setting.path("kind").asString().equals(kind)) {
        return setting.path("bell").asBoolean();
      }
    }
    throw new AssertionError("no preference for " + kind);
  }

  static List<JsonNode> items(Api api, String query) {
    var answer = api.get("/api/v1/notifications?limit=100" + query);
    assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
    List<JsonNode> items = new ArrayList<>();
    answer.body().path("items").forEach(items::add);
    return items;
  }

  static long unread(Api api) {
    return api.get("/api/v1/notifications/unread-count").body().path("count").asLong();
  }
}
