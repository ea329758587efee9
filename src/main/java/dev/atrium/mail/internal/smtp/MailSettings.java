package dev.atrium.mail.internal.smtp;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The SMTP bridge's settings ({@code atrium.mail.*}, docs/mail.md "The SMTP bridge").
 *
 * @param smtp the inbound SMTP server
 * @param relay the server outgoing mail leaves through
 * @param pollInterval how often the workers look for due inbound and outbound mail (a message is
 *     also handled at once after it is accepted or queued; polling picks up retries and the work of
 *     a node that died)
 * @param spfTimeout how long an SPF look-up may wait for DNS before it is skipped
 */
@ConfigurationProperties("atrium.mail")
public record MailSettings(
    @DefaultValue Smtp smtp,
    @DefaultValue Relay relay,
    @DefaultValue("PT5S") Duration pollInterval,
    @DefaultValue("PT3S") Duration spfTimeout) {

  /**
   * @param port where to listen; -1 for no inbound SMTP, 0 for any free port
   * @param bindAddress the address to listen on; blank for all
   * @param hostName the name the server greets with
   * @param maxMessageBytes larger messages are refused with 552
   * @param maxRecipients recipients of one transaction; more are refused with 452 (RFC 5321
   *     requires accepting 100)
   * @param deliveryAttempts tries to deliver an accepted message before it is marked FAILED
   */
  public record Smtp(
      @DefaultValue("2525") int port,
      @DefaultValue("") String bindAddress,
      @DefaultValue("atrium.localhost") String hostName,
      @DefaultValue("26214400") int maxMessageBytes,
      @DefaultValue("100") int maxRecipients,
      @DefaultValue("5") int deliveryAttempts) {}

  /**
   * @param host the relay's host; blank leaves outgoing mail queued with that problem
   * @param port its port (25, 587 with STARTTLS, 465 with TLS)
   * @param starttls upgrade with STARTTLS, required when true
   * @param tls connect with TLS from the start (port 465)
   * @param username blank for a relay that needs no sign-in
   * @param password the relay's password
   * @param retryBase the wait after the first refusal; doubled after each further one
   * @param retryCap the longest wait between two tries
   * @param maxAttempts tries before the sender is told the mail could not be delivered (with
   *     the defaults about a day)
   * @param timeout connecting to and waiting on the relay
   */
  public record Relay(
      @DefaultValue("") String host,
      @DefaultValue("25") int port,
      @DefaultValue("false") boolean starttls,
      @DefaultValue("false") boolean tls,
      @DefaultValue("") String username,
      @DefaultValue("") String password,
      @DefaultValue("PT5M") Duration retryBase,
      @DefaultValue("PT4H") Duration retryCap,
      @DefaultValue("12") int maxAttempts,
      @DefaultValue("PT30S") Duration timeout) {

    boolean configured() {
      return !host.isBlank();
    }

    /** When the try after {@code attempts} failed ones is due, from a failure now. */
    Duration backoff(int attempts) {
      Duration wait = retryBase.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
      return wait.compareTo(retryCap) > 0 ? retryCap : wait;
    }
  }
}
