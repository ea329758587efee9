package dev.atrium.announce;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.announce.internal.AnnounceJobs;
import dev.atrium.support.Api;
import dev.atrium.support.Eventually;
import dev.atrium.support.People;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Reminding non-readers now and on a plan, and telling their department heads: each runs once per
 * step, whoever races for it (two pollers, the scheduled one included), and a step that fell due
 * while no node was running (its time long past, its state only in the database) runs at the next
 * poll.
 */
@IntegrationTest
class RemindersTest {

  @LocalServerPort
  int port;

  @Autowired
  JdbcClient jdbc;

  @Autowired
  AnnounceJobs jobs;

  @Autowired
  TransactionTemplate transactions;

  @Test
  void aReminderThatFellDueWhileNoNodeRanIsSentOnceThoughTwoPollersRace() throws Exception {
    Api admin = People.admin(port);
    UUID department = department(admin, "提醒部");
    var author = person(admin, "发布人", department);
    var unread = person(admin, "未读人", department);
    var unconfirmed = person(admin, "未确认人", department);
    var confirmed = person(admin, "已确认人", department);
    AnnouncementRows rows = new AnnouncementRows(jdbc);
    // published 25 hours ago: the default first reminder of a must-read (24 h) is overdue. Written
    // in one transaction, as publishing does: the scheduled poller must not find it half-delivered
    UUID announcement = transactions.execute(status -> {
      UUID written = rows.published(
          author.join().id(), "必读：安全守则", true, Instant.now().minus(Duration.ofHours(25)));
      for (var person : List.of(unread, unconfirmed, confirmed)) {
        rows.deliver(written, person.join().id(), department);
      }
      rows.open(written, unconfirmed.join().id());
      rows.confirm(written, confirmed.join().id());
      return written;
    });

    List<Future<Integer>> pollers = new ArrayList<>();
    try (var threads = Executors.newFixedThreadPool(2)) {
      for (int i = 0; i < 2; i++) {
        pollers.add(threads.submit(jobs::runDueSteps));
      }
    }
    int claimed = 0;
    for (Future<Integer> poller : pollers) {
      claimed += poller.get();
    }
    assertThat(claimed).as("claims of the test's two pollers").isLessThanOrEqualTo(1);
    Eventually.eventually(() -> steps(announcement), steps -> steps.equals(List.of("remind:24")));
    jobs.runDueSteps();

    for (var person : List.of(unread, unconfirmed)) {
      List<JsonNode> reminders = Eventually.eventually(
          () -> notices(person.join().api(), "announce.reminder", announcement),
          found -> !found.isEmpty());
      assertThat(reminders).as("one reminder, however many pollers").hasSize(1);
      assertThat(reminders.getFirst().path("title").path("key").asString())
          .isEqualTo("announce.notices.reminder-must-read");
      assertThat(reminders.getFirst().path("title").path("params").path("title").asString())
          .isEqualTo("必读：安全守则");
    }
    assertThat(notices(confirmed.join().api(), "announce.reminder", announcement))
        .as("who confirmed is left alone")
        .isEmpty();
    assertThat(jdbc.sql(
                "select count(*) from announce.recipient where announcement_id = ? and reminded_at is not null")
            .param(announcement)
            .query(Long.class)
            .single())
        .isEqualTo(2);
  }

  @Test
  void escalationTellsEachHeadHowManyOfTheirPeopleHaveNotRead() {
    Api admin = People.admin(port);
    UUID department = department(admin, "升级部");
    var author = person(admin, "升级发布人", department);
    var head = person(admin, "部门负责人", department);
    var first = person(admin, "甲未读", department);
    var second = person(admin, "乙未读", department);
    assertThat(admin
            .patch(
                "/api/v1/departments/" + department,
                Map.of("headId", head.join().id()))
            .status())
        .isEqualTo(200);
    AnnouncementRows rows = new AnnouncementRows(jdbc);
    UUID announcement = rows.published(
        author.join().id(), "必读：报销新规", true, Instant.now().minus(Duration.ofHours(3)));
    for (var person : List.of(head, first, second)) {
      rows.deliver(announcement, person.join().id(), department);
    }
    rows.confirm(announcement, head.join().id());
    var planned = author
        .join()
        .api()
        .put(
            "/api/v1/announcements/" + announcement + "/reminders",
            Map.of("afterHours", List.of(), "escalateAfterHours", 2));
    assertThat(planned.status()).as("%s", planned.body()).isEqualTo(200);

    jobs.runDueSteps();

    List<JsonNode> told = Eventually.eventually(
        () -> notices(head.join().api(), "announce.escalation", announcement),
        found -> !found.isEmpty());
    assertThat(told).hasSize(1);
    assertThat(told.getFirst().path("title").path("params").path("count").asString())
        .isEqualTo("2");
    assertThat(notices(first.join().api(), "announce.escalation", announcement)).isEmpty();
    assertThat(steps(announcement)).containsExactly("escalate");
    jobs.runDueSteps();
    assertThat(notices(head.join().api(), "announce.escalation", announcement)).hasSize(1);
  }

  @Test
  void remindingNowTellsEachNonReaderAndNobodyElse() {
    Api admin = People.admin(port);
    UUID department = department(admin, "立即提醒部");
    var author = person(admin, "提醒发布人", department);
    var unread = person(admin, "还没读", department);
    var read = person(admin, "读过了", department);
    AnnouncementRows rows = new AnnouncementRows(jdbc);
    UUID announcement = rows.published(author.join().id(), "十一放假安排", false, Instant.now());
    for (var person : List.of(author, unread, read)) {
      rows.deliver(announcement, person.join().id(), department);
    }
    rows.open(announcement, read.join().id());

    var reminded =
        author.join().api().post("/api/v1/announcements/" + announcement + "/remind", Map.of());
    assertThat(reminded.status()).as("%s", reminded.body()).isEqualTo(200);
    assertThat(reminded.body().path("reminded").asInt())
        .as("not the author, who clicked, nor who read it")
        .isEqualTo(1);
    List<JsonNode> told = Eventually.eventually(
        () -> notices(unread.join().api(), "announce.reminder", announcement),
        found -> !found.isEmpty());
    assertThat(told.getFirst().path("title").path("key").asString())
        .isEqualTo("announce.notices.reminder");
    assertThat(told.getFirst().path("link").asString()).isEqualTo("/announcements/" + announcement);
    assertThat(notices(read.join().api(), "announce.reminder", announcement)).isEmpty();
    Instant next = Instant.parse(reminded.body().path("nextAllowedAt").asString());
    assertThat(next)
        .isBetween(Instant.now().plusSeconds(9 * 60), Instant.now().plusSeconds(10 * 60));

    var again =
        author.join().api().post("/api/v1/announcements/" + announcement + "/remind", Map.of());
    assertThat(again.status()).as("a second click within 10 minutes").isEqualTo(429);
    assertThat(again.code()).isEqualTo("announce.remind-too-soon");
    assertThat(Instant.parse(again.body().path("nextAllowedAt").asString())).isEqualTo(next);
    assertThat(again.body().path("retryAfterSeconds").asLong()).isBetween(1L, 600L);
    assertThat(jdbc.sql("select count(*) from announce.recipient where announcement_id = ?"
                + " and reminded_at is not null")
            .param(announcement)
            .query(Integer.class)
            .single())
        .as("the refused click marked no one")
        .isEqualTo(1);
    // ten minutes on (the last one moved back): allowed again
    jdbc.sql("update announce.announcement set manual_reminded_at = manual_reminded_at"
            + " - interval '10 minutes' where id = ?")
        .param(announcement)
        .update();
    assertThat(author
            .join()
            .api()
            .post("/api/v1/announcements/" + announcement + "/remind", Map.of())
            .status())
        .isEqualTo(200);

    assertThat(read.join()
            .api()
            .post("/api/v1/announcements/" + announcement + "/remind", Map.of())
            .status())
        .as("a recipient may not remind the others")
        .isEqualTo(404);
  }

  @Test
  void aPlanHasDefaultsAndRefusesNonsense() {
    Api admin = People.admin(port);
    UUID department = department(admin, "计划部");
    var author = person(admin, "计划发布人", department).join();
    AnnouncementRows rows = new AnnouncementRows(jdbc);
    UUID mustRead = rows.published(author.id(), "必读", true, Instant.now());
    UUID plain = rows.published(author.id(), "普通", false, Instant.now());
    String path = "/api/v1/announcements/" + mustRead + "/reminders";

    JsonNode defaults = author.api().get(path).body();
    assertThat(defaults.path("afterHours")).extracting(JsonNode::asInt).containsExactly(24, 72);
    assertThat(defaults.path("escalateAfterHours").isNumber()).as("never").isFalse();
    assertThat(author
            .api()
            .get("/api/v1/announcements/" + plain + "/reminders")
            .body()
            .path("afterHours")
            .size())
        .isZero();

    var saved =
        author.api().put(path, Map.of("afterHours", List.of(72, 8), "escalateAfterHours", 96));
    assertThat(saved.status()).as("%s", saved.body()).isEqualTo(200);
    assertThat(author.api().get(path).body().path("afterHours"))
        .extracting(JsonNode::asInt)
        .containsExactly(8, 72);
    assertThat(author.api().get(path).body().path("escalateAfterHours").asInt()).isEqualTo(96);

    for (Object nonsense : List.of(
        Map.of("afterHours", List.of(0)),
        Map.of("afterHours", List.of(24, 24)),
        Map.of("afterHours", List.of(1, 2, 3, 4, 5, 6)),
        Map.of("afterHours", List.of(24), "escalateAfterHours", 24 * 31))) {
      assertThat(author.api().put(path, nonsense).code())
          .as("%s", nonsense)
          .isEqualTo("announce.reminders-invalid");
    }
    assertThat(author.api().get(path).body().path("afterHours"))
        .as("nothing stored by a refusal")
        .extracting(JsonNode::asInt)
        .containsExactly(8, 72);
  }

  private List<String> steps(UUID announcement) {
    return jdbc.sql("select step from announce.job_run where announcement_id = ? order by step")
        .param(announcement)
        .query(String.class)
        .list();
  }

  private static List<JsonNode> notices(Api person, String kind, UUID announcement) {
    List<JsonNode> found = new ArrayList<>();
    person.get("/api/v1/notifications?limit=100").body().path("items").forEach(item -> {
      if (item.path("kind").asString().equals(kind)
          && item.path("link").asString().equals("/announcements/" + announcement)) {
        found.add(item);
      }
    });
    return found;
  }

  private static UUID department(Api admin, String name) {
    var created = admin.post(
        "/api/v1/departments",
        Map.of(
            "name",
            name + " " + UUID.randomUUID().toString().substring(0, 6),
            "parentId",
            People.rootDepartment(admin)));
    assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
    return UUID.fromString(created.body().path("id").asString());
  }

  private CompletableFuture<People.Person> person(Api admin, String name, UUID department) {
    return CompletableFuture.supplyAsync(() -> People.create(port, admin, name, department));
  }
}
