package dev.atrium.mail.internal.smtp;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How the bridge's queues stand, for the administrator's console and for monitoring (gauges
 * {@code atrium.mail.outbound.queued}, {@code atrium.mail.outbound.failed},
 * {@code atrium.mail.inbound.pending} and {@code atrium.mail.inbound.failed} at
 * /actuator/prometheus): most of all, mail waiting because no relay is configured.
 */
@Component
public class MailQueues {

  /**
   * @param relayConfigured whether {@code atrium.mail.relay.host} is set
   * @param smtpPort where inbound SMTP listens, -1 when it is off
   * @param outboundQueued mail for outside addresses not yet taken by the relay
   * @param outboundFailed mail the relay refused for good or that ran out of tries
   * @param inboundPending received mail not yet delivered
   * @param inboundFailed received mail whose delivery failed for good (kept raw)
   * @param lastProblem the newest problem of a queued outgoing mail, if any
   */
  public record Status(
      boolean relayConfigured,
      int smtpPort,
      long outboundQueued,
      long outboundFailed,
      long inboundPending,
      long inboundFailed,
      @Nullable String lastProblem) {}

  private final JdbcClient jdbc;
  private final MailSettings settings;
  private final InboundServer server;

  MailQueues(JdbcClient jdbc, MailSettings settings, InboundServer server, MeterRegistry meters) {
    this.jdbc = jdbc;
    this.settings = settings;
    this.server = server;
    Gauge.builder("atrium.mail.outbound.queued", () -> count("outbound", "QUEUED"))
        .register(meters);
    Gauge.builder("atrium.mail.outbound.failed", () -> count("outbound", "FAILED"))
        .register(meters);
    Gauge.builder("atrium.mail.inbound.pending", () -> count("inbound", "RECEIVED"))
        .register(meters);
    Gauge.builder("atrium.mail.inbound.failed", () -> count("inbound", "FAILED"))
        .register(meters);
  }

  public Status status() {
    String lastProblem = jdbc.sql("""
            select last_problem from mail.outbound
            where state = 'QUEUED' and last_problem is not null
            order by next_attempt_at desc limit 1
            """).query(String.class).optional().orElse(null);
    return new Status(
        settings.relay().configured(),
        server.port(),
        count("outbound", "QUEUED"),
        count("outbound", "FAILED"),
        count("inbound", "RECEIVED"),
        count("inbound", "FAILED"),
        lastProblem);
  }

  private long count(String table, String state) {
    // table is one of two constants above, never input
    return jdbc.sql("select count(*) from mail." + table + " where state = ?")
        .param(state)
        .query(Long.class)
        .single();
  }
}
