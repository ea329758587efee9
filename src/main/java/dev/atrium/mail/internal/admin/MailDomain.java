package dev.atrium.mail.internal.admin;

/**
 * A domain Atrium receives mail for; new addresses go to the default one unless another is named.
 * {@code addresses} counts the addresses in it: a domain in use cannot be removed.
 */
public record MailDomain(String name, boolean isDefault, long addresses) {}
