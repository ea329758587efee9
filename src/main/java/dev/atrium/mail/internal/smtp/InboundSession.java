package dev.atrium.mail.internal.smtp;

import dev.atrium.mail.internal.LocalDelivery;
import dev.atrium.shared.Ids;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.subethamail.smtp.MessageContext;
import org.subethamail.smtp.MessageHandler;
import org.subethamail.smtp.RejectException;

/**
 * One SMTP mail transaction from outside. Every RCPT is checked at once, so nothing we would not
 * deliver is ever accepted (RFC 5321's codes): an address of ours that nobody has gets 550 5.1.1, an
 * address in any other domain 550 5.7.1 (Atrium never relays), a recipient past the limit 452. The
 * accepted message is written to {@code mail.inbound} as it came, in its own transaction, before
 * the 250 that tells the sender we have it; parsing and delivery follow in
 * {@link InboundDeliveries}.
 */
final class InboundSession implements MessageHandler {

  private final MessageContext context;
  private final MailSettings.Smtp settings;
  private final @Nullable LocalDelivery delivery;
  private final InboundTable inbound;
  private final InboundDeliveries deliveries;
  private final Clock clock;
  private String envelopeFrom = "";
  private final Set<String> recipients = new LinkedHashSet<>();
  private int asked;

  InboundSession(
      MessageContext context,
      MailSettings.Smtp settings,
      @Nullable LocalDelivery delivery,
      InboundTable inbound,
      InboundDeliveries deliveries,
      Clock clock) {
    this.context = context;
    this.settings = settings;
    this.delivery = delivery;
    this.inbound = inbound;
    this.deliveries = deliveries;
    this.clock = clock;
  }

  @Override
  public void from(String from) {
    envelopeFrom = from.strip().toLowerCase(Locale.ROOT);
  }

  @Override
  public void recipient(String address) throws RejectException {
    String recipient = address.strip().toLowerCase(Locale.ROOT);
    // every RCPT counts, refused ones too: past the limit no address is even looked up, so a
    // sender cannot try thousands of names in one transaction to learn which exist
    if (++asked > settings.maxRecipients()) {
      throw new RejectException(452, "4.5.3 Too many recipients");
    }
    if (delivery == null) {
      throw new RejectException(451, "4.3.0 Mail delivery is not available; try again later");
    }
    switch (delivery.recipient(recipient)) {
      case LOCAL -> recipients.add(recipient);
      case UNKNOWN_LOCAL ->
        throw new RejectException(550, "5.1.1 <" + recipient + ">: no such mailbox here");
      case FOREIGN -> throw new RejectException(550, "5.7.1 Relaying denied");
    }
  }

  @Override
  public @Nullable String data(InputStream data) throws RejectException, IOException {
    int limit = settings.maxMessageBytes();
    byte[] raw = data.readNBytes(limit + 1);
    if (raw.length > limit) {
      // read to the end, so the session stays in step with the client
      data.transferTo(OutputStream.nullOutputStream());
      throw new RejectException(552, "5.3.4 Message size exceeds fixed limit");
    }
    UUID id = Ids.newId();
    inbound.insert(
        id,
        envelopeFrom,
        List.copyOf(recipients),
        clientAddress(),
        context.getHelo().orElse(null),
        raw,
        clock.instant());
    deliveries.soon(id);
    return null;
  }

  @Override
  public void done() {
    recipients.clear();
    asked = 0;
  }

  private @Nullable String clientAddress() {
    if (context.getRemoteAddress() instanceof InetSocketAddress socket
        && socket.getAddress() != null) {
      return socket.getAddress().getHostAddress();
    }
    return null;
  }
}
