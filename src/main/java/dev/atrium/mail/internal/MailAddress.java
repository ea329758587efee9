package dev.atrium.mail.internal;

/** One address of a mail's From, To, Cc, Bcc or Reply-To: lower-cased address, display name. */
public record MailAddress(String address, String name) {}
