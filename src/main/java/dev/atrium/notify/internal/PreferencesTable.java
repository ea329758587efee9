package dev.atrium.notify.internal;

import dev.atrium.notify.NotificationKind;
import dev.atrium.notify.NotificationPreferences;
import dev.atrium.shared.data.Timestamps;
import dev.atrium.shared.data.UuidArrays;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code notify.preference}; a person without a row wants every kind. */
@Repository
public class PreferencesTable {

  private final JdbcClient jdbc;

  PreferencesTable(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<NotificationPreferences> find(UUID personId) {
    return jdbc.sql("select mentions, comments, edits from notify.preference where person_id = ?").param(personId)
        .query((rs, row) -> new NotificationPreferences(rs.getBoolean("mentions"), rs.getBoolean("comments"), rs.getBoolean("edits")))
        .optional();
  }

  public void save(UUID personId, NotificationPreferences preferences, Instant now) {
    jdbc.sql("""
            insert into notify.preference (person_id, mentions, comments, edits, updated_at) values (?, ?, ?, ?, ?)
            on conflict (person_id) do update set mentions = excluded.mentions, comments = excluded.comments,
              edits = excluded.edits, updated_at = excluded.updated_at""")
        .params(personId, preferences.mentions(), preferences.comments(), preferences.edits(), Timestamps.at(now)).update();
  }

  /** Those of {@code people} who turned this kind off. */
  public Set<UUID> muting(NotificationKind kind, Collection<UUID> people) {
    String column = switch (kind) {
      case MENTION -> "mentions";
      case COMMENT -> "comments";
      case EDIT -> "edits";
    };
    return new HashSet<>(jdbc.sql("select person_id from notify.preference where person_id = any(cast(? as uuid[])) and not " + column)
        .param(UuidArrays.literal(people)).query(UUID.class).list());
  }
}
