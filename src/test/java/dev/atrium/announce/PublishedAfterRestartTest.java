package dev.atrium.announce;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.Atrium;
import dev.atrium.TestAccounts;
import dev.atrium.shared.Ids;
import dev.atrium.shared.data.DataDirectory;
import dev.atrium.shared.data.EmbeddedPostgres;
import dev.atrium.support.Eventually;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A scheduled announcement that fell due while no Atrium was running is published at the first poll
 * after start: the schedule is a row in the database, not a timer in a process. Between two runs of
 * one data directory, the announcement is written with only the database up, due an hour before.
 */
class PublishedAfterRestartTest {

  @Test
  void anAnnouncementDueWhileTheServerWasDownIsPublishedAfterItStarts() throws Exception {
    Path data = Path.of("target/test-data/announce-restart-" + UUID.randomUUID());
    UUID admin;
    try (var first = start(data)) {
      admin = first
          .getBean(JdbcClient.class)
          .sql("select id from org.person where email = ?")
          .param(TestAccounts.ADMIN_EMAIL)
          .query(UUID.class)
          .single();
    }

    UUID announcement = Ids.newId();
    Instant due = Instant.now().minus(Duration.ofHours(1));
    try (var directory = new DataDirectory(data);
        var database = EmbeddedPostgres.start(data, directory.secret("database-password"))) {
      Properties login = new Properties();
      login.setProperty("user", "atrium");
      login.setProperty("password", directory.secret("database-password"));
      try (var connection = DriverManager.getConnection(database.jdbcUrl("atrium"), login);
          var insert = connection.prepareStatement("""
              insert into announce.announcement (id, author_id, state, title, body, body_text,
                category, importance, must_read, audience, include_later_joiners, comments_enabled,
                reactions_enabled, publish_at, created_at, updated_at)
              values (?, ?, 'SCHEDULED', '停机期间到期的公告', '{"type":"doc","content":[]}'::jsonb, '',
                'it', 'NORMAL', false, ?::jsonb, false, false, false, ?, ?, ?)""")) {
        insert.setObject(1, announcement);
        insert.setObject(2, admin);
        insert.setString(3, AnnouncementRows.audience(List.of(admin)));
        insert.setTimestamp(4, Timestamp.from(due));
        insert.setTimestamp(5, Timestamp.from(due));
        insert.setTimestamp(6, Timestamp.from(due));
        insert.executeUpdate();
      }
    }

    Instant restarted = Instant.now();
    try (var second = start(data)) {
      JdbcClient jdbc = second.getBean(JdbcClient.class);
      Eventually.eventually(
          () -> jdbc.sql("select state from announce.announcement where id = ?")
              .param(announcement)
              .query(String.class)
              .single(),
          "PUBLISHED"::equals,
          60);
      Instant published = jdbc.sql("select published_at from announce.announcement where id = ?")
          .param(announcement)
          .query(OffsetDateTime.class)
          .single()
          .toInstant();
      assertThat(published).as("published after the restart").isAfter(restarted);
      assertThat(jdbc.sql("select count(*) from announce.recipient where announcement_id = ?")
              .param(announcement)
              .query(Long.class)
              .single())
          .isEqualTo(1);
    }
  }

  private static ConfigurableApplicationContext start(Path data) {
    return new SpringApplicationBuilder(Atrium.class)
        .run(
            "--atrium.data-dir=" + data,
            "--server.port=0",
            "--atrium.bootstrap.admin-email=" + TestAccounts.ADMIN_EMAIL,
            "--atrium.bootstrap.admin-password=" + TestAccounts.ADMIN_PASSWORD,
            "--atrium.bootstrap.admin-password-change-required=false");
  }
}
