package dev.atrium.mail.internal.admin;

import dev.atrium.access.Access;
import dev.atrium.access.Permission;
import dev.atrium.access.Scope;
import dev.atrium.access.Subject;
import dev.atrium.org.OrgDirectory;
import dev.atrium.shared.DomainException;
import dev.atrium.shared.Ids;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mailing lists (administrators who manage settings): an address whose mail goes to a department,
 * a subtree or a group as the org tree holds it when the mail arrives, with a rule for who may post.
 * The store expands a list to its members when mail arrives ({@code MailTargets}).
 */
@Service
public class MailingLists {

  private final Access access;
  private final OrgDirectory directory;
  private final ListsTable lists;
  private final AddressesTable addresses;
  private final AddressRules rules;

  MailingLists(
      Access access,
      OrgDirectory directory,
      ListsTable lists,
      AddressesTable addresses,
      AddressRules rules) {
    this.access = access;
    this.directory = directory;
    this.lists = lists;
    this.addresses = addresses;
    this.rules = rules;
  }

  @Transactional(readOnly = true)
  public List<MailingList> list(Subject subject) {
    check(subject);
    return lists.all().stream().map(this::view).toList();
  }

  /**
   * Makes a list. Refused with 400 {@code mail.list-invalid} without a name, local part or source,
   * 400 {@code mail.list-source-not-found} when the department or group does not exist, and the
   * address's refusals ({@link AddressRules#check}; reserved names are allowed: abuse@ may be a list).
   */
  @Transactional
  public MailingList create(Subject subject, WriteMailingList command) {
    check(subject);
    if (command.localPart() == null || command.sourceKind() == null || command.sourceId() == null) {
      throw invalid();
    }
    String name = name(command.name());
    source(command.sourceKind(), command.sourceId());
    AddressRules.NewAddress address = rules.check(command.localPart(), command.domain(), false);
    UUID id = Ids.newId();
    ListPosting posting = command.posting() == null ? ListPosting.COMPANY : command.posting();
    lists.insert(id, name, command.sourceKind(), command.sourceId(), posting);
    addresses.insertForList(address.address(), address.domain(), id);
    return view(lists.find(id).orElseThrow());
  }

  /** Changes a list; fields left out keep their values. A new local part or domain moves its address. */
  @Transactional
  public MailingList update(Subject subject, UUID listId, WriteMailingList command) {
    check(subject);
    lists.lock(listId);
    ListsTable.Row old = lists.find(listId).orElseThrow(MailingLists::notFound);
    String name = command.name() == null ? old.name() : name(command.name());
    ListSource source = command.sourceKind() == null ? old.source() : command.sourceKind();
    UUID sourceId = command.sourceId() == null ? old.sourceId() : command.sourceId();
    source(source, sourceId);
    if (command.localPart() != null || command.domain() != null) {
      String[] parts = old.address().split("@", 2);
      String local = command.localPart() == null ? parts[0] : command.localPart();
      String domain = command.domain() == null ? parts[1] : command.domain();
      String wanted =
          local.strip().toLowerCase(Locale.ROOT) + "@" + domain.strip().toLowerCase(Locale.ROOT);
      if (!wanted.equals(old.address())) {
        AddressRules.NewAddress address = rules.check(local, domain, false);
        addresses.deleteOfList(listId);
        addresses.insertForList(address.address(), address.domain(), listId);
      }
    }
    lists.update(
        listId,
        name,
        source,
        sourceId,
        command.posting() == null ? old.posting() : command.posting());
    return view(lists.find(listId).orElseThrow());
  }

  @Transactional
  public void delete(Subject subject, UUID listId) {
    check(subject);
    lists.find(listId).orElseThrow(MailingLists::notFound);
    lists.delete(listId);
  }

  private MailingList view(ListsTable.Row row) {
    return new MailingList(
        row.id(),
        row.name(),
        row.address(),
        row.source(),
        row.sourceId(),
        row.posting(),
        directory.people(row.source().grantee(row.sourceId())).size());
  }

  private void source(ListSource kind, UUID id) {
    if (!directory.exists(kind.grantee(id))) {
      throw DomainException.badRequest(
          "mail.list-source-not-found", "No such department or group.");
    }
  }

  private static String name(@Nullable String name) {
    if (name == null || name.isBlank() || name.strip().length() > 100) {
      throw invalid();
    }
    return name.strip();
  }

  private static DomainException invalid() {
    return DomainException.badRequest(
        "mail.list-invalid", "A list needs a name (at most 100), an address and whom it reaches.");
  }

  private static DomainException notFound() {
    return DomainException.notFound("mail.list-not-found", "No such mailing list.");
  }

  private void check(Subject subject) {
    access.check(subject, Permission.SETTINGS_MANAGE, Scope.company());
  }
}
