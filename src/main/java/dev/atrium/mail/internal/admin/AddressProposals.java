package dev.atrium.mail.internal.admin;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The address a new personal mailbox is given: its owner's name as a local part ({@link
 * LocalParts#fromName}) in the default domain, numbered when taken (zhangwei, zhangwei2, …) and
 * never one of the {@link LocalParts#RESERVED} names: what an administrator is offered for someone
 * whose mailbox does not exist yet. The address's primary key settles a
 * race between two people named alike. The store, making many mailboxes at once, numbers them the
 * same way in batches of its own ({@code PersonalMailboxes}).
 */
@Service
public class AddressProposals {

  /** Candidates checked per look-up: the 20 张伟 of a large company cost one statement, not 20. */
  private static final int BATCH = 20;

  private final DomainsTable domainRows;
  private final AddressesTable addresses;

  AddressProposals(DomainsTable domainRows, AddressesTable addresses) {
    this.domainRows = domainRows;
    this.addresses = addresses;
  }

  /** A free address for the name in the default domain, or empty while no domain is configured. */
  @Transactional(readOnly = true)
  public Optional<String> proposal(String name) {
    return domainRows.defaultName().map(domain -> proposeLocalPart(name, domain) + "@" + domain);
  }

  /** A free local part for the name in the domain. */
  @Transactional(readOnly = true)
  public String proposeLocalPart(String name, String domain) {
    String base = LocalParts.fromName(name);
    for (int from = 1; ; from += BATCH) {
      List<String> batch = new ArrayList<>();
      for (int n = from; n < from + BATCH; n++) {
        String candidate = LocalParts.candidate(base, n);
        if (!LocalParts.reserved(candidate)) {
          batch.add(candidate);
        }
      }
      Set<String> taken = new HashSet<>(addresses.takenLocalParts(domain, batch));
      for (String candidate : batch) {
        if (!taken.contains(candidate)) {
          return candidate;
        }
      }
    }
  }
}
