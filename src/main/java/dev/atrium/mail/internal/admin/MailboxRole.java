package dev.atrium.mail.internal.admin;

/** What a member of a mailbox may do: read its mail; also write and send from it; also manage its members. */
public enum MailboxRole {
  READER,
  SENDER,
  MANAGER;

  String role() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  static MailboxRole of(String role) {
    return valueOf(role.toUpperCase(java.util.Locale.ROOT));
  }
}
