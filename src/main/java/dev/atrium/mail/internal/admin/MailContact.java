package dev.atrium.mail.internal.admin;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One completion for a recipient field: a person with their address, a mailing list or a shared
 * mailbox. {@code detail} is what tells two 张伟 apart (their department), or null.
 */
public record MailContact(
    Kind kind,
    UUID id,
    String name,
    String address,
    @Nullable String detail) {

  /** What the address reaches. */
  public enum Kind {
    PERSON,
    LIST,
    SHARED
  }
}
