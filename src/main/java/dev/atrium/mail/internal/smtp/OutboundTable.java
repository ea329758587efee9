package dev.atrium.mail.internal.smtp;

import dev.atrium.shared.data.Timestamps;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code mail.outbound}: rendered mail for outside addresses, until the relay has taken it. */
@Repository
class OutboundTable {

  /** One queued mail as the worker reads it. */
  record Queued(
      UUID id,
      UUID contentId,
      UUID senderMailboxId,
      String envelopeFrom,
      List<String> recipients,
      byte[] mime,
      int attempts) {}

  private final JdbcClient jdbc;

  OutboundTable(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(
      UUID id,
      UUID contentId,
      UUID senderMailboxId,
      String envelopeFrom,
      List<String> recipients,
      byte[] mime,
      Instant now) {
    jdbc.sql("""
            insert into mail.outbound (id, content_id, sender_mailbox_id, envelope_from, recipients,
              mime, next_attempt_at, created_at)
            values (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            id,
            contentId,
            senderMailboxId,
            envelopeFrom,
            recipients.toArray(String[]::new),
            mime,
            Timestamps.at(now),
            Timestamps.at(now))
        .update();
  }

  List<UUID> due(Instant now, int limit) {
    return jdbc.sql("""
            select id from mail.outbound where state = 'QUEUED' and next_attempt_at <= ?
            order by next_attempt_at limit ?
            """).params(Timestamps.at(now), limit).query(UUID.class).list();
  }

  /** Locks a due mail for the calling transaction; empty when sent already or another node has it. */
  Optional<Queued> lockDue(UUID id, Instant now) {
    return jdbc.sql("""
            select id, content_id, sender_mailbox_id, envelope_from, recipients, mime, attempts
            from mail.outbound where id = ? and state = 'QUEUED' and next_attempt_at <= ?
            for update skip locked
            """)
        .params(id, Timestamps.at(now))
        .query((rs, n) -> new Queued(
            rs.getObject(1, UUID.class),
            rs.getObject(2, UUID.class),
            rs.getObject(3, UUID.class),
            rs.getString(4),
            Arrays.asList((String[]) rs.getArray(5).getArray()),
            rs.getBytes(6),
            rs.getInt(7)))
        .optional();
  }

  /** Waits without counting a try: nothing was tried (no relay is configured). */
  void waiting(UUID id, String problem, Instant next) {
    jdbc.sql("update mail.outbound set last_problem = ?, next_attempt_at = ? where id = ?")
        .params(problem, Timestamps.at(next), id)
        .update();
  }

  /** A refused try: the recipients still to reach, tried again at {@code next}. */
  void retry(UUID id, List<String> recipients, String problem, Instant next) {
    jdbc.sql("""
            update mail.outbound set attempts = attempts + 1, recipients = ?, last_problem = ?,
              next_attempt_at = ? where id = ?
            """)
        .params(recipients.toArray(String[]::new), problem, Timestamps.at(next), id)
        .update();
  }

  /** Done: SENT when the relay took it for someone, FAILED when for nobody. */
  void finished(
      UUID id, boolean sent, @org.jspecify.annotations.Nullable String problem, Instant now) {
    jdbc.sql("""
            update mail.outbound set attempts = attempts + 1, state = ?, last_problem = ?,
              finished_at = ? where id = ?
            """)
        .params(sent ? "SENT" : "FAILED", problem, Timestamps.at(now), id)
        .update();
  }
}
