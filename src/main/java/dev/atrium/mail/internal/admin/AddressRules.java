package dev.atrium.mail.internal.admin;

import dev.atrium.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Checks a new address for a mailbox or a list: a valid local part, one of our domains (the default
 * when none is named), not reserved for a person, and not held by anything else (addresses are
 * unique across mailboxes, aliases and lists).
 */
@Component
class AddressRules {

  /** A checked address and its domain. */
  record NewAddress(String address, String domain) {}

  private final DomainSettings domains;
  private final AddressesTable addresses;

  AddressRules(DomainSettings domains, AddressesTable addresses) {
    this.domains = domains;
    this.addresses = addresses;
  }

  /**
   * Refused with 400 {@code mail.local-part-invalid}, {@code mail.domain-unknown}, {@code
   * mail.address-reserved} (for a person: reserved names reach whoever runs mail, through a shared
   * mailbox or a list), 409 {@code mail.no-domain} or {@code mail.address-taken}.
   */
  NewAddress check(String localPart, @Nullable String domain, boolean forPerson) {
    String local = LocalParts.checked(localPart);
    String ours =
        domain == null || domain.isBlank() ? domains.requireDefault() : domains.ours(domain);
    if (forPerson && LocalParts.reserved(local)) {
      throw DomainException.badRequest(
          "mail.address-reserved", "This name is kept for a shared mailbox or a list.");
    }
    String address = local + "@" + ours;
    if (address.length() > 254) {
      throw DomainException.badRequest("mail.local-part-invalid", "The address is too long.");
    }
    if (addresses.taken(address)) {
      throw DomainException.conflict("mail.address-taken", "This address is taken.");
    }
    return new NewAddress(address, ours);
  }
}
