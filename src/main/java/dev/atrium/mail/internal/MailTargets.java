package dev.atrium.mail.internal;

import dev.atrium.access.Grantee;
import dev.atrium.mail.internal.MailboxesTable.AddressTarget;
import dev.atrium.org.OrgDirectory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Where mail for a set of addresses goes: our mailboxes (lists expanded to their members' personal
 * mailboxes through the org tree, as they are at delivery), outside addresses, addresses of ours
 * nobody has, and lists the sender may not post to.
 */
@Component
public class MailTargets {

  private final MailboxesTable mailboxes;
  private final MailDomains domains;
  private final PersonalMailboxes personal;
  private final OrgDirectory directory;

  MailTargets(
      MailboxesTable mailboxes,
      MailDomains domains,
      PersonalMailboxes personal,
      OrgDirectory directory) {
    this.mailboxes = mailboxes;
    this.domains = domains;
    this.personal = personal;
    this.directory = directory;
  }

  /** Where mail goes: {@code owners} are the personal mailboxes reached through a list, with their owner. */
  public record Targets(
      Set<UUID> mailboxes,
      Map<UUID, UUID> owners,
      List<String> foreign,
      List<String> unknown,
      List<String> refused) {}

  /**
   * Resolves the addresses for a sender: {@code senderId} a person of the company (guests count as
   * outside the company), or null for mail from outside.
   */
  public Targets resolve(Collection<String> addresses, @Nullable UUID senderId, boolean guest) {
    Set<String> ours = new LinkedHashSet<>();
    List<String> foreign = new ArrayList<>();
    for (String raw : new LinkedHashSet<>(addresses)) {
      String address = raw.strip().toLowerCase(Locale.ROOT);
      (domains.isOurs(domainOf(address)) ? ours : foreign).add(address);
    }
    Set<UUID> boxes = new LinkedHashSet<>();
    Set<String> unknown = new LinkedHashSet<>(ours);
    List<String> refused = new ArrayList<>();
    Map<UUID, Set<UUID>> people = new LinkedHashMap<>();
    for (AddressTarget target : mailboxes.targets(ours)) {
      unknown.remove(target.address());
      if (target.mailboxId() != null) {
        boxes.add(target.mailboxId());
        continue;
      }
      Set<UUID> members = directory.people(source(target));
      if (mayPost(target.posting(), members, senderId, guest)) {
        people.put(target.listId(), members);
      } else {
        refused.add(target.address());
      }
    }
    Set<UUID> everyone = new LinkedHashSet<>();
    people.values().forEach(everyone::addAll);
    Map<UUID, UUID> owners = new LinkedHashMap<>();
    personal.of(everyone).forEach((person, mailbox) -> owners.put(mailbox, person));
    boxes.addAll(owners.keySet());
    return new Targets(boxes, owners, foreign, List.copyOf(unknown), refused);
  }

  /** Whether an address is ours, a foreign one, or one of ours nobody has (see {@link LocalDelivery.Recipient}). */
  public LocalDelivery.Recipient recipient(String raw) {
    String address = raw.strip().toLowerCase(Locale.ROOT);
    if (!domains.isOurs(domainOf(address))) {
      return LocalDelivery.Recipient.FOREIGN;
    }
    return mailboxes.targets(List.of(address)).isEmpty()
        ? LocalDelivery.Recipient.UNKNOWN_LOCAL
        : LocalDelivery.Recipient.LOCAL;
  }

  /** The org-tree source a list follows. */
  private static Grantee source(AddressTarget list) {
    UUID id = java.util.Objects.requireNonNull(list.sourceId());
    return switch (String.valueOf(list.sourceKind())) {
      case "DEPARTMENT" -> new Grantee.Department(id);
      case "SUBTREE" -> new Grantee.Subtree(id);
      default -> new Grantee.Group(id);
    };
  }

  private static boolean mayPost(
      @Nullable String posting, Set<UUID> members, @Nullable UUID senderId, boolean guest) {
    return switch (posting == null ? "COMPANY" : posting) {
      case "ANYONE" -> true;
      case "MEMBERS" -> senderId != null && members.contains(senderId);
      default -> senderId != null && !guest;
    };
  }

  static String domainOf(String address) {
    return address.substring(address.lastIndexOf('@') + 1);
  }
}
