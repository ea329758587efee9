package dev.atrium.mail.internal;

import dev.atrium.mail.MailStreamEvent;
import dev.atrium.realtime.StreamKind;
import dev.atrium.realtime.Streams;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * The one write path of a mailbox's stream (kind {@code mail.mailbox}): {@code mail.mailbox.last_seq}
 * is moved on (locking the mailbox's row until commit) and that position handed to
 * {@link Streams#appendAt}, so the two never part and entries follow commit order.
 */
@Component
public class MailStream {

  private final Streams streams;
  private final StreamKind<MailStreamEvent> kind;
  private final MailboxesTable mailboxes;
  private final MailAudience audience;
  private final Clock clock;

  MailStream(
      Streams streams,
      StreamKind<MailStreamEvent> kind,
      MailboxesTable mailboxes,
      MailAudience audience,
      Clock clock) {
    this.streams = streams;
    this.kind = kind;
    this.mailboxes = mailboxes;
    this.audience = audience;
    this.clock = clock;
  }

  public void append(UUID mailboxId, MailStreamEvent event) {
    append(Map.of(mailboxId, event), Map.of());
  }

  /**
   * One entry in each mailbox; {@code known} names the audience of mailboxes the caller knows
   * already (a personal mailbox's owner), sparing a look-up each for a list's thousands.
   */
  public void append(
      Map<UUID, ? extends MailStreamEvent> events, Map<UUID, ? extends Collection<UUID>> known) {
    if (events.isEmpty()) {
      return;
    }
    Instant at = clock.instant();
    Map<UUID, Long> seqs = mailboxes.nextSeqs(events.keySet());
    events.forEach((mailboxId, event) -> {
      Collection<UUID> recipients =
          known.containsKey(mailboxId) ? known.get(mailboxId) : audience.audience(mailboxId);
      long seq = java.util.Objects.requireNonNull(seqs.get(mailboxId));
      streams.appendAt(kind, mailboxId, seq, at, recipients, event);
    });
  }

  /** Declares the stream kind to {@code realtime}. */
  @Configuration(proxyBeanMethods = false)
  static class Kind {
    @Bean
    StreamKind<MailStreamEvent> mailStreamKind(MailAudience audience) {
      return new StreamKind<>("mail.mailbox", MailStreamEvent.class, audience);
    }
  }
}
