package dev.atrium.mail.internal;

import dev.atrium.access.Grant;
import dev.atrium.access.GranteeKind;
import dev.atrium.access.ResourceAccess;
import dev.atrium.mail.internal.MailboxesTable.NewMailbox;
import dev.atrium.org.OrgDirectory;
import dev.atrium.org.PersonSummary;
import dev.atrium.shared.Ids;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mailboxes made on first use: a person's personal mailbox (six system folders, a primary address
 * in the default domain, its owner managing it) the first time they open mail or mail reaches them,
 * many at once when a list's first delivery reaches thousands; and shared mailboxes, whose members
 * are grants on them.
 */
@Component
public class PersonalMailboxes {

  private final MailboxesTable mailboxes;
  private final MailDomains domains;
  private final ResourceAccess access;
  private final OrgDirectory directory;
  private final Clock clock;

  PersonalMailboxes(
      MailboxesTable mailboxes,
      MailDomains domains,
      ResourceAccess access,
      OrgDirectory directory,
      Clock clock) {
    this.mailboxes = mailboxes;
    this.domains = domains;
    this.access = access;
    this.directory = directory;
    this.clock = clock;
  }

  /** The person's personal mailbox, made now if this is its first use. */
  @Transactional
  public UUID of(UUID personId) {
    return java.util.Objects.requireNonNull(of(List.of(personId)).get(personId));
  }

  /** The personal mailboxes of these people (person to mailbox), made where missing, in few statements. */
  @Transactional
  public Map<UUID, UUID> of(Collection<UUID> people) {
    Map<UUID, UUID> found = mailboxes.personalOf(people);
    List<UUID> missing =
        people.stream().filter(p -> !found.containsKey(p)).distinct().toList();
    if (missing.isEmpty()) {
      return found;
    }
    List<PersonSummary> persons = directory.summaries(missing);
    List<NewMailbox> made = new ArrayList<>();
    for (PersonSummary person : persons) {
      made.add(new NewMailbox(Ids.newId(), "PERSONAL", person.id(), person.name()));
    }
    Instant now = clock.instant();
    mailboxes.insert(made, now);
    // a concurrent first use may have made some: only the ones inserted get addresses and grants
    Map<UUID, UUID> after = mailboxes.personalOf(missing);
    Map<UUID, String> localParts = new LinkedHashMap<>();
    Map<UUID, List<UUID>> owners = new LinkedHashMap<>();
    for (int i = 0; i < made.size(); i++) {
      NewMailbox box = made.get(i);
      if (box.id().equals(after.get(box.ownerId()))) {
        localParts.put(box.id(), localPart(persons.get(i).email()));
        owners.put(box.id(), List.of(box.ownerId()));
      }
    }
    String domain = domains.defaultDomain();
    mailboxes.insertPrimary(unique(localParts, domain), domain, now);
    access.holdAll(MailResources.MAILBOX, owners, "manager");
    found.putAll(after);
    return found;
  }

  /**
   * Makes a shared mailbox named {@code name} at {@code address} (in one of our domains, not taken),
   * its members holding the given roles (person to reader, sender or manager).
   */
  @Transactional
  public UUID shared(String name, String address, Map<UUID, String> members, UUID by) {
    UUID id = Ids.newId();
    Instant now = clock.instant();
    mailboxes.insert(List.of(new NewMailbox(id, "SHARED", null, name)), now);
    String lower = address.toLowerCase(Locale.ROOT);
    mailboxes.insertPrimary(Map.of(id, lower), lower.substring(lower.indexOf('@') + 1), now);
    // administered by the mail administrator, so it need not keep a manager among its members
    members.forEach((person, role) -> access.hold(
        MailResources.MAILBOX, id, new Grant(GranteeKind.PERSON.grantee(person), role), by));
    return id;
  }

  /**
   * Each mailbox's address, numbered (ann2, ann3) where the local part is taken: one look-up per
   * round for all of them, so a list's first delivery to thousands stays a few statements.
   */
  private Map<UUID, String> unique(Map<UUID, String> localParts, String domain) {
    Map<UUID, String> addresses = new LinkedHashMap<>();
    Map<UUID, Integer> tries = new LinkedHashMap<>();
    localParts.keySet().forEach(mailbox -> tries.put(mailbox, 1));
    Set<String> used = new HashSet<>();
    while (!tries.isEmpty()) {
      Map<UUID, String> candidates = new LinkedHashMap<>();
      tries.forEach((mailbox, n) ->
          candidates.put(mailbox, localParts.get(mailbox) + (n == 1 ? "" : n) + "@" + domain));
      Set<String> taken = mailboxes.taken(candidates.values());
      candidates.forEach((mailbox, address) -> {
        if (!taken.contains(address) && used.add(address)) {
          addresses.put(mailbox, address);
          tries.remove(mailbox);
        } else {
          tries.merge(mailbox, 1, Integer::sum);
        }
      });
    }
    return addresses;
  }

  /** The local part of the person's e-mail, reduced to what an address may hold. */
  static String localPart(String email) {
    int at = email.indexOf('@');
    String local = Normalizer.normalize(
            at < 0 ? email : email.substring(0, at), Normalizer.Form.NFKD)
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9._-]", "")
        .replaceAll("^[._-]+|[._-]+$", "");
    return local.isEmpty() ? "user" : local.substring(0, Math.min(local.length(), 60));
  }
}
