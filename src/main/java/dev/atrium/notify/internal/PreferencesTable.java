package dev.atrium.notify.internal;

import dev.atrium.shared.data.Timestamps;
import dev.atrium.shared.data.UuidArrays;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes {@code notify.kind_setting} (a kind without a row is on) and
 * {@code notify.quiet_hours} (a person without a row is never in do not disturb).
 */
@Repository
public class PreferencesTable {

  private final JdbcClient jdbc;

  PreferencesTable(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The kinds this person chose, on or off. */
  public Map<String, Boolean> kinds(UUID personId) {
    Map<String, Boolean> found = new HashMap<>();
    jdbc.sql("select kind, bell from notify.kind_setting where person_id = ?")
        .param(personId)
        .query((rs, row) -> found.put(rs.getString("kind"), rs.getBoolean("bell")))
        .list();
    return found;
  }

  public void saveKind(UUID personId, String kind, boolean bell, Instant now) {
    jdbc.sql("""
            insert into notify.kind_setting (person_id, kind, bell, updated_at) values (?, ?, ?, ?)
            on conflict (person_id, kind) do update set bell = excluded.bell, updated_at = excluded.updated_at""").params(personId, kind, bell, Timestamps.at(now)).update();
  }

  /** Those of {@code people} who turned this kind off. */
  public Set<UUID> muting(String kind, Collection<UUID> people) {
    return new HashSet<>(jdbc.sql(
            "select person_id from notify.kind_setting where person_id = any(cast(? as uuid[])) and kind = ?"
                + " and not bell")
        .params(UuidArrays.literal(people), kind)
        .query(UUID.class)
        .list());
  }

  public Optional<QuietHours> quietHours(UUID personId) {
    return quietHours(Set.of(personId)).values().stream().findFirst();
  }

  public Map<UUID, QuietHours> quietHours(Collection<UUID> people) {
    Map<UUID, QuietHours> found = new HashMap<>();
    jdbc.sql(
            "select person_id, starts_at, ends_at, time_zone from notify.quiet_hours where person_id = any(cast(? as uuid[]))")
        .param(UuidArrays.literal(people))
        .query((rs, row) -> found.put(
            rs.getObject("person_id", UUID.class),
            new QuietHours(
                rs.getObject("starts_at", LocalTime.class),
                rs.getObject("ends_at", LocalTime.class),
                ZoneId.of(rs.getString("time_zone")))))
        .list();
    return found;
  }

  public void saveQuietHours(UUID personId, QuietHours hours, Instant now) {
    jdbc.sql("""
            insert into notify.quiet_hours (person_id, starts_at, ends_at, time_zone, updated_at) values (?, ?, ?, ?, ?)
            on conflict (person_id) do update set starts_at = excluded.starts_at, ends_at = excluded.ends_at,
              time_zone = excluded.time_zone, updated_at = excluded.updated_at""")
        .params(personId, hours.start(), hours.end(), hours.zone().getId(), Timestamps.at(now))
        .update();
  }

  public void clearQuietHours(UUID personId) {
    jdbc.sql("delete from notify.quiet_hours where person_id = ?")
        .param(personId)
        .update();
  }
}
