package dev.atrium.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.search.SearchIndex;
import dev.atrium.support.Api;
import dev.atrium.support.Eventually;
import dev.atrium.support.People;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Messages reach search through {@code chat.search_queue} (ADR 0008): what a crash leaves queued
 * is indexed without anyone writing again, one message that cannot be indexed holds back no other
 * and is counted as pending.
 */
@IntegrationTest
class MessageSearchQueueTest {

  @LocalServerPort
  int port;

  @Autowired
  JdbcClient jdbc;

  @Autowired
  SearchIndex index;

  Api admin;
  Api alice;
  String tag;
  UUID channel;

  @BeforeEach
  void channel() {
    admin = People.admin(port);
    alice = People.create(port, admin, "Alice 爱丽丝").api();
    tag = "q" + UUID.randomUUID().toString().substring(0, 8);
    var created = alice.post("/api/v1/channels", Map.of("name", tag, "kind", "PUBLIC"));
    channel = UUID.fromString(created.body().path("id").asString());
  }

  @Test
  void aMessageACrashLeftQueuedIsIndexedWithoutAnotherWrite() {
    UUID id = post("崩溃之前 before the crash " + tag);
    found(tag, 1);

    // what a crash between the post's commit and the index's leaves behind: queued, not in the
    // index
    index.remove("message", id);
    assertThat(hits(tag)).isEmpty();
    jdbc.sql("insert into chat.search_queue (message_id) values (?)").param(id).update();

    assertThat(found(tag, 1).get(0).path("id").asString()).isEqualTo(id.toString());
  }

  @Test
  void aMessageThatCannotBeIndexedHoldsBackNoOtherAndIsCountedAsPending() {
    UUID bad = post("坏消息 unreadable " + tag);
    found(tag, 1);
    // a row search cannot read (a size that is not a number), queued as any change is
    jdbc.sql("update chat.message set attachments = cast(? as jsonb) where id = ?")
        .params("[{\"id\":\"" + UUID.randomUUID() + "\",\"name\":\"x\",\"size\":\"big\"}]", bad)
        .update();
    try {
      UUID good = post("好消息 readable after it " + tag);

      assertThat(
              Eventually.eventually(() -> hits("readable " + tag), found -> found.size() == 1, 30)
                  .get(0)
                  .path("id")
                  .asString())
          .isEqualTo(good.toString());
      assertThat(jdbc.sql("select count(*) from chat.search_queue where message_id = ?")
              .param(bad)
              .query(Long.class)
              .single())
          .isOne();
      assertThat(admin
              .get("/api/v1/admin/search/index")
              .body()
              .path("pendingEvents")
              .asLong())
          .isPositive();
    } finally {
      jdbc.sql("update chat.message set attachments = '[]' where id = ?")
          .param(bad)
          .update();
    }
    Eventually.eventually(
        () -> jdbc.sql("select count(*) from chat.search_queue where message_id = ?")
            .param(bad)
            .query(Long.class)
            .single(),
        count -> count == 0,
        30);
  }

  private UUID post(String body) {
    var posted = alice.post(
        "/api/v1/channels/" + channel + "/messages",
        Map.of("clientMessageId", UUID.randomUUID(), "body", body));
    assertThat(posted.status()).isEqualTo(201);
    return UUID.fromString(posted.body().path("id").asString());
  }

  private JsonNode found(String query, int count) {
    return Eventually.eventually(() -> hits(query), found -> found.size() == count, 30);
  }

  private JsonNode hits(String query) {
    var found = alice.get("/api/v1/search?size=20&kind=message&q="
        + URLEncoder.encode(query, StandardCharsets.UTF_8));
    assertThat(found.status()).isEqualTo(200);
    return found.body().path("groups").get(0).path("hits");
  }
}
