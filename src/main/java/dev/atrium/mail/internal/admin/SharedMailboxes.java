package dev.atrium.mail.internal.admin;

import dev.atrium.access.Access;
import dev.atrium.access.Permission;
import dev.atrium.access.ResourceAccess;
import dev.atrium.access.Scope;
import dev.atrium.access.Subject;
import dev.atrium.mail.internal.MailResources;
import dev.atrium.shared.DomainException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shared mailboxes (hr@, support@), made and removed by administrators who manage settings; who
 * works from one is its members' business ({@link MailboxSettings}). An administrator sees a shared
 * mailbox's members, never its mail, unless they make themselves a member, which the audit log shows.
 */
@Service
public class SharedMailboxes {

  private final Access access;
  private final ResourceAccess resources;
  private final MailboxRows mailboxes;
  private final AddressesTable addresses;
  private final AddressRules rules;
  private final MailboxGrants grants;

  SharedMailboxes(
      Access access,
      ResourceAccess resources,
      MailboxRows mailboxes,
      AddressesTable addresses,
      AddressRules rules,
      MailboxGrants grants) {
    this.access = access;
    this.resources = resources;
    this.mailboxes = mailboxes;
    this.addresses = addresses;
    this.rules = rules;
    this.grants = grants;
  }

  @Transactional(readOnly = true)
  public List<SharedMailbox> list(Subject subject) {
    check(subject);
    List<MailboxRows.Row> rows = mailboxes.shared();
    Map<UUID, String> primary =
        addresses.primaryOf(rows.stream().map(MailboxRows.Row::id).toList());
    return rows.stream()
        .map(row ->
            new SharedMailbox(row.id(), row.name(), primary.get(row.id()), grants.of(row.id())))
        .toList();
  }

  /**
   * Makes a shared mailbox with its address (reserved names allowed: postmaster@ is typically one)
   * and members, one of them a manager. Refused as {@link AddressRules#check} and {@link
   * MailboxGrants#replace} say, and with 400 {@code mail.mailbox-name-invalid} for a blank name.
   */
  @Transactional
  public SharedMailbox create(Subject subject, CreateSharedMailbox command) {
    check(subject);
    String name = command.name().strip();
    if (name.isEmpty()) {
      throw DomainException.badRequest("mail.mailbox-name-invalid", "A mailbox needs a name.");
    }
    AddressRules.NewAddress address = rules.check(command.localPart(), command.domain(), false);
    UUID id = mailboxes.insert(null, name);
    grants.replace(id, command.members(), null, subject.personId());
    addresses.insertForMailbox(address.address(), address.domain(), id, true);
    return new SharedMailbox(id, name, address.address(), grants.of(id));
  }

  /** Removes an empty shared mailbox; one holding mail or drafts stays (409 {@code mail.mailbox-not-empty}). */
  @Transactional
  public void delete(Subject subject, UUID mailboxId) {
    check(subject);
    MailboxRows.Row row = mailboxes
        .lock(mailboxId)
        .filter(MailboxRows.Row::shared)
        .orElseThrow(SharedMailboxes::notFound);
    if (mailboxes.holdsMail(row.id())) {
      throw DomainException.conflict(
          "mail.mailbox-not-empty", "This mailbox holds mail; empty it before removing it.");
    }
    mailboxes.delete(row.id());
    resources.forget(MailResources.MAILBOX, List.of(row.id()));
  }

  static DomainException notFound() {
    return DomainException.notFound("mail.not-found", "No such mailbox.");
  }

  private void check(Subject subject) {
    access.check(subject, Permission.SETTINGS_MANAGE, Scope.company());
  }
}
