package dev.atrium.announce;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.IntegrationTest;
import dev.atrium.announce.internal.AnnounceJobs;
import dev.atrium.support.Eventually;
import dev.atrium.support.People;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A scheduled announcement is published once when its time comes, however many pollers race for it
 * (the test's two and the scheduled one), and its recipients are told once.
 */
@IntegrationTest
class AnnounceJobsTest {

  @LocalServerPort
  int port;

  @Autowired
  JdbcClient jdbc;

  @Autowired
  AnnounceJobs jobs;

  @Test
  void twoPollersRacingPublishADueScheduledAnnouncementOnce() throws Exception {
    var admin = People.admin(port);
    var author = People.create(port, admin, "定时发布人", People.rootDepartment(admin));
    var reader = People.create(port, admin, "定时读者", People.rootDepartment(admin));
    UUID announcement = new AnnouncementRows(jdbc)
        .scheduled(
            author.id(), "定时公告", Instant.now().minus(Duration.ofMinutes(1)), List.of(reader.id()));

    CyclicBarrier together = new CyclicBarrier(2);
    List<Future<Integer>> pollers = new ArrayList<>();
    try (var threads = Executors.newFixedThreadPool(2)) {
      for (int i = 0; i < 2; i++) {
        pollers.add(threads.submit(() -> {
          together.await();
          return jobs.publishDue();
        }));
      }
    }
    int published = 0;
    for (Future<Integer> poller : pollers) {
      published += poller.get();
    }
    assertThat(published).as("publications by the test's two pollers").isLessThanOrEqualTo(1);
    Eventually.eventually(
        () -> jdbc.sql("select state from announce.announcement where id = ?")
            .param(announcement)
            .query(String.class)
            .single(),
        "PUBLISHED"::equals);
    assertThat(jobs.publishDue()).as("nothing is due any more").isZero();
    assertThat(jdbc.sql("select count(*) from announce.recipient where announcement_id = ?")
            .param(announcement)
            .query(Long.class)
            .single())
        .isEqualTo(1);
    var told = Eventually.eventually(
        () -> reader.api().get("/api/v1/notifications?limit=100").body().path("items"),
        items -> items.findValuesAsString("link").contains("/announcements/" + announcement));
    assertThat(told.findValuesAsString("link").stream()
            .filter(("/announcements/" + announcement)::equals)
            .count())
        .as("told once")
        .isEqualTo(1);
  }
}
