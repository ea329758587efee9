package dev.atrium.mail.internal.smtp;

import dev.atrium.shared.data.Timestamps;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code mail.inbound}: every message accepted over SMTP, raw, and how its delivery stands. */
@Repository
class InboundTable {

  /** One accepted message as the worker reads it. */
  record Received(
      UUID id,
      String envelopeFrom,
      List<String> recipients,
      @Nullable String clientAddress,
      @Nullable String helo,
      byte[] raw,
      Instant receivedAt,
      int attempts) {}

  private final JdbcClient jdbc;

  InboundTable(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(
      UUID id,
      String envelopeFrom,
      List<String> recipients,
      @Nullable String clientAddress,
      @Nullable String helo,
      byte[] raw,
      Instant now) {
    jdbc.sql("""
            insert into mail.inbound
              (id, envelope_from, recipients, client_address, helo, raw, received_at, next_attempt_at)
            values (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            id,
            envelopeFrom,
            recipients.toArray(String[]::new),
            clientAddress,
            helo,
            raw,
            Timestamps.at(now),
            Timestamps.at(now))
        .update();
  }

  List<UUID> due(Instant now, int limit) {
    return jdbc.sql("""
            select id from mail.inbound where state = 'RECEIVED' and next_attempt_at <= ?
            order by next_attempt_at limit ?
            """).params(Timestamps.at(now), limit).query(UUID.class).list();
  }

  /**
   * Locks a due message for the calling transaction; empty when it is delivered already or another
   * node holds it ({@code skip locked} never waits: that node delivers it).
   */
  Optional<Received> lockDue(UUID id, Instant now) {
    return jdbc.sql("""
            select id, envelope_from, recipients, client_address, helo, raw, received_at, attempts
            from mail.inbound where id = ? and state = 'RECEIVED' and next_attempt_at <= ?
            for update skip locked
            """)
        .params(id, Timestamps.at(now))
        .query((rs, n) -> new Received(
            rs.getObject(1, UUID.class),
            rs.getString(2),
            Arrays.asList((String[]) rs.getArray(3).getArray()),
            rs.getString(4),
            rs.getString(5),
            rs.getBytes(6),
            Timestamps.required(rs, 7),
            rs.getInt(8)))
        .optional();
  }

  void delivered(UUID id, Instant now, @Nullable String parseProblem) {
    jdbc.sql("""
            update mail.inbound set state = 'DELIVERED', delivered_at = ?, problem = ?,
              attempts = attempts + 1 where id = ?
            """).params(Timestamps.at(now), parseProblem, id).update();
  }

  /** A failed try: due again at {@code next}, or FAILED for good when {@code next} is null. */
  void failed(UUID id, String problem, @Nullable Instant next) {
    jdbc.sql("""
            update mail.inbound set attempts = attempts + 1, problem = ?,
              state = case when cast(? as timestamptz) is null then 'FAILED' else state end,
              next_attempt_at = coalesce(cast(? as timestamptz), next_attempt_at)
            where id = ?
            """)
        .params(
            problem,
            next == null ? null : Timestamps.at(next),
            next == null ? null : Timestamps.at(next),
            id)
        .update();
  }
}
