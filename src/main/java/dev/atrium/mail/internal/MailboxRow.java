package dev.atrium.mail.internal;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A mailbox with its From address and the viewer's rank on it ({@link MailResources#MAILBOX}: 0
 * none, 1 reader, 2 sender, 3 manager).
 */
public record MailboxRow(
    UUID id,
    String kind,
    @Nullable UUID ownerId,
    String name,
    String address,
    int rank,
    long unread) {

  public boolean readable() {
    return rank >= MailResources.MAILBOX.rankFor("read");
  }

  public boolean sendable() {
    return rank >= MailResources.MAILBOX.rankFor("send");
  }

  public String role() {
    return rank == 0 ? "NONE" : MailResources.MAILBOX.role(rank).toUpperCase(java.util.Locale.ROOT);
  }
}
