package dev.atrium.chat.internal;

import dev.atrium.chat.MessageVersion;
import dev.atrium.shared.data.Timestamps;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code chat.message_version}: the bodies an edited message had before. */
@Repository
public class VersionsTable {

  private final JdbcClient jdbc;

  VersionsTable(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Keeps a body the message is about to lose, with the instant it had been its body since. */
  public void keep(UUID messageId, String body, Instant since) {
    jdbc.sql("""
        insert into chat.message_version (message_id, version, body, since)
        values (?, (select coalesce(max(version), 0) + 1 from chat.message_version where message_id = ?), ?, ?)
        """).params(messageId, messageId, body, Timestamps.at(since)).update();
  }

  public List<MessageVersion> of(UUID messageId) {
    return jdbc.sql(
            "select version, body, since from chat.message_version where message_id = ? order by version")
        .param(messageId)
        .query((rs, row) -> new MessageVersion(
            rs.getInt("version"),
            rs.getString("body"),
            Objects.requireNonNull(Timestamps.instant(rs, "since"))))
        .list();
  }
}
