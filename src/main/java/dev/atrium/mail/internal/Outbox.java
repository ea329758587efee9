package dev.atrium.mail.internal;

import java.util.List;

/**
 * The outgoing side of the SMTP bridge: mail for outside addresses, queued durably in the sender's
 * transaction and handed to the configured relay with retries and backoff.
 */
public interface Outbox {

  /**
   * Renders {@code mail} as MIME (DKIM-signed when its domain has a key) and queues it for the
   * {@code externalRecipients} (Bcc included; they never appear in the headers unless in To/Cc).
   */
  void enqueue(OutgoingMail mail, List<String> externalRecipients);
}
