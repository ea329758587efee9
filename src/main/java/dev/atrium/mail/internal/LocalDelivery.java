package dev.atrium.mail.internal;

import java.util.List;
import java.util.UUID;

/**
 * The mailbox side of the SMTP bridge: which recipients are ours, and putting a parsed mail into
 * their mailboxes. The bridge ({@code mail.internal.smtp}) calls it; the mailbox store implements
 * it.
 */
public interface LocalDelivery {

  /** What an RCPT TO address is to us. */
  enum Recipient {
    /** an address (or list) of ours that receives mail */
    LOCAL,
    /** one of our domains, but nobody has this address: refused with 550 at RCPT time */
    UNKNOWN_LOCAL,
    /** not one of our domains: refused from outside, never relayed */
    FOREIGN
  }

  Recipient recipient(String address);

  /**
   * Files the mail in the mailboxes of the local recipients (lists expanded), in one transaction;
   * {@code raw} is the message byte for byte, kept with it.
   */
  void deliver(List<String> recipients, ParsedMail mail, byte[] raw, InboundChecks checks);

  /**
   * Tells the sender of a mail that left through the relay that it could not be delivered to
   * {@code recipients}: a notice, and a readable bounce in their inbox.
   */
  void bounced(UUID contentId, UUID senderMailboxId, List<String> recipients, String problem);
}
