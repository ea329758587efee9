package dev.atrium.mail.internal;

import dev.atrium.access.ResourceType;

/**
 * The resource type mailboxes declare in {@code access}: who may read a mailbox's mail (reader),
 * also write and send from it (sender), and manage its members, addresses and signature (manager).
 * Not administered for content: an administrator does not read people's mail.
 */
public final class MailResources {

  public static final ResourceType MAILBOX = ResourceType.named(
          "mail.mailbox", "reader", "sender", "manager")
      .allowing("read", "reader")
      .allowing("send", "sender")
      .allowing("manage", "manager")
      .keeping("manager");

  private MailResources() {}
}
