package dev.atrium.mail.internal.smtp;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPMessage;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.springframework.stereotype.Component;

/**
 * Hands one rendered mail to the configured relay (Angus Mail's SMTP transport) and sorts its
 * recipients by the relay's answer: taken, refused for good (5xx) or for now (4xx, or no answer at
 * all). The bytes go out exactly as stored, so a DKIM signature stays valid.
 */
@Component
class RelayClient {

  /** What the relay did with each recipient; {@code problem} is its answer to a refusal. */
  record Outcome(
      List<String> delivered, List<String> refused, List<String> deferred, String problem) {}

  private final MailSettings.Relay relay;
  private final MailSettings.Smtp smtp;

  RelayClient(MailSettings settings) {
    this.relay = settings.relay();
    this.smtp = settings.smtp();
  }

  Outcome send(String envelopeFrom, List<String> recipients, byte[] mime) {
    Session session = Session.getInstance(properties(envelopeFrom));
    Address[] to = new Address[recipients.size()];
    try {
      for (int i = 0; i < to.length; i++) {
        to[i] = new InternetAddress(recipients.get(i), false);
      }
      var message = new SMTPMessage(session, new ByteArrayInputStream(mime));
      try (Transport transport = session.getTransport(relay.tls() ? "smtps" : "smtp")) {
        transport.connect(
            relay.host(),
            relay.port(),
            relay.username().isBlank() ? null : relay.username(),
            relay.username().isBlank() ? null : relay.password());
        transport.sendMessage(message, to);
      }
      return new Outcome(recipients, List.of(), List.of(), "");
    } catch (SendFailedException e) {
      return sorted(recipients, e);
    } catch (MessagingException e) {
      return new Outcome(List.of(), List.of(), recipients, problem(e));
    }
  }

  private static Outcome sorted(List<String> recipients, SendFailedException failure) {
    Set<String> sent = lower(failure.getValidSentAddresses());
    Map<String, Integer> codes = new HashMap<>();
    int overall = 0;
    String problem = problem(failure);
    Exception next = failure;
    for (int depth = 0; next != null && depth < 1000; depth++) {
      if (next instanceof SMTPAddressFailedException address) {
        codes.put(
            address.getAddress().getAddress().toLowerCase(Locale.ROOT), address.getReturnCode());
        problem = problem(address);
      } else if (next instanceof SMTPSendFailedException send) {
        overall = send.getReturnCode();
        problem = problem(send);
      }
      next = next instanceof MessagingException m ? m.getNextException() : null;
    }
    List<String> delivered = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    List<String> deferred = new ArrayList<>();
    for (String recipient : recipients) {
      int code = codes.getOrDefault(recipient.toLowerCase(Locale.ROOT), overall);
      if (sent.contains(recipient.toLowerCase(Locale.ROOT))) {
        delivered.add(recipient);
      } else if (code >= 500) {
        refused.add(recipient);
      } else {
        deferred.add(recipient);
      }
    }
    return new Outcome(delivered, refused, deferred, problem);
  }

  private static Set<String> lower(Address[] addresses) {
    Set<String> set = new HashSet<>();
    if (addresses != null) {
      for (Address address : addresses) {
        if (address instanceof InternetAddress internet) {
          set.add(internet.getAddress().toLowerCase(Locale.ROOT));
        }
      }
    }
    return set;
  }

  private static String problem(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    Throwable cause = e.getCause();
    if (cause != null && cause != e && cause.getMessage() != null) {
      message += " (" + cause.getMessage() + ")";
    }
    return message.strip();
  }

  private Properties properties(String envelopeFrom) {
    var p = new Properties();
    String timeout = String.valueOf(relay.timeout().toMillis());
    String protocol = relay.tls() ? "smtps" : "smtp";
    p.setProperty("mail." + protocol + ".connectiontimeout", timeout);
    p.setProperty("mail." + protocol + ".timeout", timeout);
    p.setProperty("mail." + protocol + ".writetimeout", timeout);
    p.setProperty("mail." + protocol + ".from", envelopeFrom);
    p.setProperty("mail." + protocol + ".localhost", smtp.hostName());
    // tell which recipients the relay took when it refuses some: those are not sent twice
    p.setProperty("mail." + protocol + ".sendpartial", "true");
    p.setProperty("mail." + protocol + ".auth", String.valueOf(!relay.username().isBlank()));
    p.setProperty("mail." + protocol + ".starttls.enable", String.valueOf(relay.starttls()));
    p.setProperty("mail." + protocol + ".starttls.required", String.valueOf(relay.starttls()));
    p.setProperty("mail." + protocol + ".ssl.checkserveridentity", "true");
    return p;
  }
}
