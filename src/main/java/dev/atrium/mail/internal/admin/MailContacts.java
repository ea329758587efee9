package dev.atrium.mail.internal.admin;

import dev.atrium.access.Subject;
import dev.atrium.org.DirectorySearch;
import dev.atrium.org.OrgDirectory;
import dev.atrium.org.PeopleQuery;
import dev.atrium.org.PersonStatus;
import dev.atrium.org.PersonSummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completion for recipient fields: people the caller may see in the directory (by name, pinyin,
 * initials, e-mail, or any of their mail addresses) with their mail address, then mailing lists and
 * shared mailboxes by name (pinyin too) or address. A guest finds only themselves, as in the
 * directory, and no lists or shared mailboxes.
 */
@Service
public class MailContacts {

  static final int LIMIT = 20;

  private final DirectorySearch search;
  private final OrgDirectory directory;
  private final AddressesTable addresses;
  private final ListsTable lists;
  private final MailboxRows mailboxes;

  MailContacts(
      DirectorySearch search,
      OrgDirectory directory,
      AddressesTable addresses,
      ListsTable lists,
      MailboxRows mailboxes) {
    this.search = search;
    this.directory = directory;
    this.addresses = addresses;
    this.lists = lists;
    this.mailboxes = mailboxes;
  }

  @Transactional(readOnly = true)
  public List<MailContact> find(Subject subject, String q) {
    String query = q.strip().toLowerCase(Locale.ROOT);
    if (query.isEmpty()) {
      return List.of();
    }
    Map<UUID, PersonSummary> people = new LinkedHashMap<>();
    search
        .people(subject, new PeopleQuery(query, null, false, 0, LIMIT))
        .items()
        .forEach(p -> people.put(p.id(), p));
    List<UUID> byAddress = addresses.ownersByAddress(like(query), LIMIT).stream()
        .filter(id -> !people.containsKey(id))
        .toList();
    var visible = search.visible(subject, byAddress);
    directory.summaries(byAddress).stream()
        .filter(p -> visible.contains(p.id()))
        .forEach(p -> people.put(p.id(), p));
    Map<UUID, String> mail = addresses.personalPrimary(people.keySet());
    List<MailContact> found = new ArrayList<>();
    for (PersonSummary p : people.values()) {
      String address = mail.get(p.id());
      if (p.status() == PersonStatus.ACTIVE && address != null) {
        found.add(new MailContact(
            MailContact.Kind.PERSON, p.id(), p.name(), address, p.departmentName()));
      }
    }
    if (!subject.guest()) {
      lists.all().stream()
          .filter(l -> l.address().startsWith(query) || Spellings.matches(l.name(), query))
          .forEach(l -> found.add(
              new MailContact(MailContact.Kind.LIST, l.id(), l.name(), l.address(), null)));
      List<MailboxRows.Row> shared = mailboxes.shared();
      Map<UUID, String> sharedAddresses =
          addresses.primaryOf(shared.stream().map(MailboxRows.Row::id).toList());
      for (MailboxRows.Row m : shared) {
        String address = sharedAddresses.get(m.id());
        if (address != null && (address.startsWith(query) || Spellings.matches(m.name(), query))) {
          found.add(new MailContact(MailContact.Kind.SHARED, m.id(), m.name(), address, null));
        }
      }
    }
    return found.stream().limit(LIMIT).toList();
  }

  private static String like(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
