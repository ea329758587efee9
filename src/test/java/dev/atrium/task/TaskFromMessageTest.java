package dev.atrium.task;

import static dev.atrium.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.access.Subject;
import dev.atrium.support.Api;
import dev.atrium.support.People;
import dev.atrium.support.ReducerFixtures;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A chat message becomes a task (issue #16): whoever may read the message may, the task records
 * the message, its card answers the message in the conversation and follows the task's state
 * there, and when the message is edited or deleted the task stays and says so.
 */
@IntegrationTest
class TaskFromMessageTest {

  @LocalServerPort
  int port;

  @Autowired
  Tasks tasks;

  @Autowired
  JdbcClient jdbc;

  @Autowired
  PlatformTransactionManager transactions;

  private record Room(
      People.Person author, People.Person colleague, People.Person outsider, UUID channel) {}

  /** A private conversation of two, and someone who is not in it. */
  private Room room() {
    Api admin = People.admin(port);
    People.Person author = People.create(port, admin, "王芳");
    People.Person colleague = People.create(port, admin, "李雷");
    People.Person outsider = People.create(port, admin, "韩梅梅");
    UUID channel = id(author
        .api()
        .post(
            "/api/v1/channels",
            Map.of(
                "kind", "PRIVATE", "name", "报销 " + UUID.randomUUID().toString().substring(0, 6)))
        .body());
    var invited = author
        .api()
        .post("/api/v1/channels/" + channel + "/members", Map.of("personId", colleague.id()));
    assertThat(invited.status()).as("%s", invited.body()).isLessThan(300);
    return new Room(author, colleague, outsider, channel);
  }

  private static JsonNode post(People.Person who, UUID channel, String body) {
    var posted = who.api()
        .post(
            "/api/v1/channels/" + channel + "/messages",
            Map.of("clientMessageId", UUID.randomUUID(), "body", body));
    assertThat(posted.status()).as("%s", posted.body()).isLessThan(300);
    return posted.body();
  }

  private static UUID id(JsonNode node) {
    return UUID.fromString(node.path("id").asString());
  }

  private static Api.Response makeTask(
      People.Person who, UUID channel, long seq, String title, UUID assignee) {
    return who.api()
        .post(
            "/api/v1/channels/" + channel + "/messages/" + seq + "/task",
            Map.of("title", title, "assigneeIds", List.of(assignee), "timeZone", "Asia/Shanghai"));
  }

  private static JsonNode card(People.Person who, UUID taskId) {
    JsonNode cards = who.api()
        .post("/api/v1/unfurl", Map.of("urls", List.of("http://localhost/tasks/" + taskId)))
        .body()
        .path("cards");
    return cards.path(0);
  }

  @Test
  void aReaderMakesATaskOfAMessageWhoseCardAnswersItAndFollowsTheTask() {
    Room room = room();
    JsonNode message = post(room.author(), room.channel(), "请 **周五前** 提交报销单");
    long seq = message.path("seq").asLong();

    var refused =
        makeTask(room.outsider(), room.channel(), seq, "偷看", room.outsider().id());
    assertThat(refused.status()).isEqualTo(404);
    assertThat(refused.code()).isEqualTo("task.message-not-found");
    assertThat(makeTask(
                room.colleague(), room.channel(), 999_999, "没有", room.author().id())
            .code())
        .isEqualTo("task.message-not-found");

    // what the author's client holds before: replayed below through the web client's reducer
    JsonNode history = room.author()
        .api()
        .get("/api/v1/channels/" + room.channel() + "/messages")
        .body();
    long start = room.author()
        .api()
        .get("/api/v1/channels/" + room.channel() + "/stream?after=0")
        .body()
        .path("lastSeq")
        .asLong();

    var made =
        makeTask(room.colleague(), room.channel(), seq, "提交报销单", room.author().id());
    assertThat(made.status()).as("%s", made.body()).isEqualTo(201);
    UUID taskId = id(made.body());
    JsonNode source = made.body().path("source");
    assertThat(source.path("kind").asString()).isEqualTo("chat.message");
    assertThat(source.path("channelId").asString()).isEqualTo(room.channel().toString());
    assertThat(source.path("messageId").asString()).isEqualTo(message.path("id").asString());
    assertThat(source.path("seq").asLong()).isEqualTo(seq);
    assertThat(source.path("excerpt").asString()).isEqualTo("请 **周五前** 提交报销单");
    assertThat(source.path("status").asString()).isEqualTo("LIVE");

    // the card answers the message: the creator's reply quoting it, a link that unfurls as the task
    String link = "/tasks/" + taskId;
    JsonNode reply = eventually(
        () -> room.author()
            .api()
            .get("/api/v1/channels/" + room.channel() + "/messages")
            .body(),
        messages -> messages.toString().contains(link));
    JsonNode answer = reply
        .valueStream()
        .filter(m -> m.path("body").asString().contains(link))
        .findFirst()
        .orElseThrow();
    assertThat(answer.path("body").asString()).isEqualTo("[提交报销单](" + link + ")");
    assertThat(answer.path("authorId").asString())
        .isEqualTo(room.colleague().id().toString());
    assertThat(answer.path("quote").path("messageId").asString())
        .isEqualTo(message.path("id").asString());
    JsonNode card = card(room.author(), taskId);
    assertThat(card.path("kind").asString()).isEqualTo("task");
    assertThat(card.path("preview").path("title").asString()).isEqualTo("提交报销单");
    assertThat(card.path("preview").path("state").asString()).isEqualTo("OPEN");
    assertThat(card.path("preview").path("people").toString()).contains("王芳");
    assertThat(card(room.outsider(), taskId).isMissingNode())
        .as("no card for someone who may not see the task")
        .isTrue();

    // completed by its assignee: the conversation is told, and the card now shows it done
    long before = room.author()
        .api()
        .get("/api/v1/channels/" + room.channel() + "/stream?after=0")
        .body()
        .path("lastSeq")
        .asLong();
    var done = room.author().api().post("/api/v1/tasks/" + taskId + "/complete", null);
    assertThat(done.status()).as("%s", done.body()).isEqualTo(200);
    JsonNode told = eventually(
        () -> room.author()
            .api()
            .get("/api/v1/channels/" + room.channel() + "/stream?after=" + before)
            .body(),
        page -> page.path("entries").toString().contains("card.changed"));
    assertThat(told.path("entries").toString()).contains("\"link\":\"" + link + "\"");
    assertThat(card(room.colleague(), taskId).path("preview").path("state").asString())
        .isEqualTo("DONE");

    // the card's reply and its card.changed entries, applied to what the client held, leave the
    // conversation as a fresh fetch shows it
    ObjectNode fixture = ReducerFixtures.fixture();
    fixture.set("before", history);
    fixture.set(
        "events",
        room.author()
            .api()
            .get("/api/v1/channels/" + room.channel() + "/stream?after=" + start)
            .body()
            .path("entries"));
    fixture.set(
        "after",
        room.author()
            .api()
            .get("/api/v1/channels/" + room.channel() + "/messages")
            .body());
    assertThat(fixture.path("events").toString()).contains("card.changed", "message.posted");
    ReducerFixtures.record("chat", "catch-up-with-a-task-card", fixture);
  }

  /**
   * Chat hears of a task's changes only when the task came from a message: the writing
   * transaction decides, so completing any other task leaves chat's listener no publication.
   */
  @Test
  void onlyATaskMadeFromAMessageGivesChatsListenerWork() {
    Room room = room();
    long seq = post(room.author(), room.channel(), "明天交材料").path("seq").asLong();
    UUID linked = id(
        makeTask(room.author(), room.channel(), seq, "交材料", room.author().id()).body());
    UUID plain = TaskRequests.id(TaskRequests.task(
        room.author().api(), Map.of("assigneeIds", List.of(room.author().id()))));
    Subject author = new Subject(room.author().id(), false);

    assertThat(chatPublicationsOnCompleting(author, plain)).isZero();
    assertThat(chatPublicationsOnCompleting(author, linked)).isEqualTo(1);
  }

  /**
   * The publications for chat's cards the completion wrote, counted before it commits (the
   * creation's own, for the card's first post, may still be pending: not counted).
   */
  private long chatPublicationsOnCompleting(Subject subject, UUID taskId) {
    return new TransactionTemplate(transactions).execute(status -> {
      tasks.complete(subject, taskId);
      return jdbc.sql("""
              select count(*) from shared.event_publication
               where listener_id like '%ChatCards%'
                 and event_type like '%MessageTaskChanged' and serialized_event like ?
              """).param("%" + taskId + "%").query(Long.class).single();
    });
  }

  @Test
  void theTaskStaysWhenItsMessageIsEditedAndThenDeletedAndSaysSo() {
    Room room = room();
    JsonNode message = post(room.author(), room.channel(), "周五前交周报");
    UUID messageId = id(message);
    var made = makeTask(
        room.colleague(),
        room.channel(),
        message.path("seq").asLong(),
        "交周报",
        room.colleague().id());
    assertThat(made.status()).as("%s", made.body()).isEqualTo(201);
    String task = "/api/v1/tasks/" + id(made.body());

    var edited =
        room.author().api().patch("/api/v1/messages/" + messageId, Map.of("body", "周四前交周报"));
    assertThat(edited.status()).as("%s", edited.body()).isEqualTo(200);
    JsonNode afterEdit = eventually(
        () -> room.colleague().api().get(task).body(),
        t -> t.path("source").path("status").asString().equals("EDITED"));
    assertThat(afterEdit.path("title").asString()).isEqualTo("交周报");
    assertThat(afterEdit.path("source").path("excerpt").asString())
        .as("the task keeps what was agreed")
        .isEqualTo("周五前交周报");

    var deleted = room.author().api().delete("/api/v1/messages/" + messageId);
    assertThat(deleted.status()).as("%s", deleted.body()).isLessThan(300);
    Api.Response afterDelete = eventually(
        () -> room.colleague().api().get(task),
        t -> t.body().path("source").path("status").asString().equals("DELETED"));
    assertThat(afterDelete.status()).isEqualTo(200);
    assertThat(afterDelete.body().path("source").path("messageId").asString())
        .isEqualTo(messageId.toString());
    assertThat(afterDelete.body().path("state").asString()).isEqualTo("OPEN");
  }
}
