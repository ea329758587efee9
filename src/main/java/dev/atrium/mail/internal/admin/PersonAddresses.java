package dev.atrium.mail.internal.admin;

import dev.atrium.access.Access;
import dev.atrium.access.Grant;
import dev.atrium.access.Grantee;
import dev.atrium.access.Permission;
import dev.atrium.access.ResourceAccess;
import dev.atrium.access.Scope;
import dev.atrium.access.Subject;
import dev.atrium.mail.internal.MailResources;
import dev.atrium.org.OrgDirectory;
import dev.atrium.org.PersonRef;
import dev.atrium.shared.DomainException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's addresses, as administrators who manage settings give them: the From address and
 * aliases, each unique across mailboxes, aliases and lists. Giving one to someone whose mailbox
 * does not exist yet makes it, so a new colleague's address can be settled before they first sign in.
 */
@Service
public class PersonAddresses {

  private final Access access;
  private final ResourceAccess resources;
  private final OrgDirectory directory;
  private final MailboxRows mailboxes;
  private final AddressesTable addresses;
  private final AddressRules rules;
  private final AddressProposals proposals;

  PersonAddresses(
      Access access,
      ResourceAccess resources,
      OrgDirectory directory,
      MailboxRows mailboxes,
      AddressesTable addresses,
      AddressRules rules,
      AddressProposals proposals) {
    this.access = access;
    this.resources = resources;
    this.directory = directory;
    this.mailboxes = mailboxes;
    this.addresses = addresses;
    this.rules = rules;
    this.proposals = proposals;
  }

  @Transactional(readOnly = true)
  public PersonMailAddresses get(Subject subject, UUID personId) {
    check(subject);
    PersonRef person = person(personId);
    return mailboxes
        .personalOf(personId)
        .map(mailbox -> of(personId, mailbox))
        .orElseGet(() -> new PersonMailAddresses(
            personId, null, null, List.of(), proposals.proposal(person.name()).orElse(null)));
  }

  /** Adds an address (see {@link AddressRules#check} for the refusals), making the mailbox if need be. */
  @Transactional
  public PersonMailAddresses add(Subject subject, UUID personId, AddAddress command) {
    check(subject);
    PersonRef person = person(personId);
    AddressRules.NewAddress checked = rules.check(command.localPart(), command.domain(), true);
    var existing = mailboxes.personalOf(personId);
    if (existing.isEmpty()) {
      UUID mailbox = mailboxes.insert(personId, person.name());
      resources.hold(
          MailResources.MAILBOX, mailbox, new Grant(new Grantee.Person(personId), "manager"), null);
      addresses.insertForMailbox(checked.address(), checked.domain(), mailbox, true);
      return of(personId, mailbox);
    }
    UUID mailbox = mailboxes.lock(existing.get()).orElseThrow().id();
    addresses.insertForMailbox(checked.address(), checked.domain(), mailbox, false);
    if (Boolean.TRUE.equals(command.primary()) || addresses.primaryOf(mailbox).isEmpty()) {
      addresses.makePrimary(mailbox, checked.address());
    }
    return of(personId, mailbox);
  }

  /** Makes one of the person's aliases their From address. */
  @Transactional
  public PersonMailAddresses makePrimary(Subject subject, UUID personId, String address) {
    check(subject);
    UUID mailbox = held(personId, address);
    addresses.makePrimary(mailbox, normal(address));
    return of(personId, mailbox);
  }

  /** Removes an alias; the From address stays (409 {@code mail.address-primary}: make another primary first). */
  @Transactional
  public PersonMailAddresses remove(Subject subject, UUID personId, String address) {
    check(subject);
    UUID mailbox = held(personId, address);
    if (normal(address).equals(addresses.primaryOf(mailbox).orElse(null))) {
      throw DomainException.conflict(
          "mail.address-primary", "Make another address the primary one before removing this.");
    }
    addresses.delete(normal(address));
    return of(personId, mailbox);
  }

  private UUID held(UUID personId, String address) {
    person(personId);
    UUID mailbox = mailboxes
        .personalOf(personId)
        .flatMap(mailboxes::lock)
        .map(MailboxRows.Row::id)
        .orElseThrow(PersonAddresses::addressNotFound);
    if (addresses.ofMailbox(mailbox).stream().noneMatch(h -> h.address().equals(normal(address)))) {
      throw addressNotFound();
    }
    return mailbox;
  }

  private PersonMailAddresses of(UUID personId, UUID mailbox) {
    List<AddressesTable.Held> held = addresses.ofMailbox(mailbox);
    return new PersonMailAddresses(
        personId,
        mailbox,
        held.stream()
            .filter(AddressesTable.Held::primary)
            .map(AddressesTable.Held::address)
            .findFirst()
            .orElse(null),
        held.stream()
            .filter(h -> !h.primary())
            .map(AddressesTable.Held::address)
            .toList(),
        null);
  }

  private PersonRef person(UUID personId) {
    return directory
        .find(personId)
        .orElseThrow(() -> DomainException.notFound("mail.person-not-found", "No such person."));
  }

  private static String normal(String address) {
    return address.strip().toLowerCase(Locale.ROOT);
  }

  private static DomainException addressNotFound() {
    return DomainException.notFound("mail.address-not-found", "This person has no such address.");
  }

  private void check(Subject subject) {
    access.check(subject, Permission.SETTINGS_MANAGE, Scope.company());
  }
}
