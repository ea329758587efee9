/**
 * The SMTP bridge: the inbound SMTP server (mail for our own addresses only, kept raw before it is
 * parsed and delivered) and the outbox (a durable queue handed to the configured relay with
 * retries, backoff and bounces, DKIM-signed when the domain has a key).
 */
@NullMarked
package dev.atrium.mail.internal.smtp;

import org.jspecify.annotations.NullMarked;
