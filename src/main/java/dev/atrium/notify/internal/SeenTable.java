package dev.atrium.notify.internal;

import dev.atrium.shared.data.Timestamps;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * When each person last looked at their notifications ({@code notify.seen}), the start of what a
 * digest gathers. Written at most once a minute per person: clients ask for the count often.
 */
@Repository
public class SeenTable {

  private static final Duration GRAIN = Duration.ofMinutes(1);

  private final JdbcClient jdbc;

  SeenTable(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void touch(UUID personId, Instant now) {
    jdbc.sql("""
            insert into notify.seen as s (person_id, seen_at) values (?, ?)
            on conflict (person_id) do update set seen_at = excluded.seen_at where s.seen_at < ?""")
        .params(personId, Timestamps.at(now), Timestamps.at(now.minus(GRAIN)))
        .update();
  }
}
