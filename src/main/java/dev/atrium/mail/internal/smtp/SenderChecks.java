package dev.atrium.mail.internal.smtp;

import dev.atrium.mail.internal.InboundChecks;
import dev.atrium.mail.internal.LocalDelivery;
import dev.atrium.mail.internal.ParsedMail;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What the bridge can tell about who sent a mail that came in over SMTP. Everything arriving there
 * comes from outside (Atrium's own people send from webmail), so a From or envelope sender in one
 * of our domains is a forgery to warn about. SPF is looked up for the envelope sender's domain (the
 * HELO name for a bounce) when DNS answers within {@code atrium.mail.spf-timeout}; otherwise it is
 * left unknown.
 */
@Component
class SenderChecks {

  private final MailSettings settings;
  // a look-up left behind by its timeout ends with its own DNS timeout, without anyone waiting
  private final ExecutorService lookups = Executors.newVirtualThreadPerTaskExecutor();

  SenderChecks(MailSettings settings) {
    this.settings = settings;
  }

  InboundChecks of(InboundTable.Received received, ParsedMail mail, LocalDelivery delivery) {
    boolean spoofed =
        ours(mail.from().address(), delivery) || ours(received.envelopeFrom(), delivery);
    return new InboundChecks(received.id(), received.envelopeFrom(), spoofed, spf(received));
  }

  private static boolean ours(String address, LocalDelivery delivery) {
    return address.contains("@") && delivery.recipient(address) != LocalDelivery.Recipient.FOREIGN;
  }

  private @Nullable String spf(InboundTable.Received received) {
    String client = received.clientAddress();
    String domain = received.envelopeFrom().contains("@")
        ? received.envelopeFrom().substring(received.envelopeFrom().lastIndexOf('@') + 1)
        : received.helo();
    if (client == null || domain == null || domain.isBlank()) {
      return null;
    }
    String target = domain.toLowerCase(Locale.ROOT).strip();
    var result = lookups.submit(() -> new Spf(settings.spfTimeout()).check(client, target));
    try {
      return result.get(settings.spfTimeout().toMillis() * 3, TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException e) {
      result.cancel(true);
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
