package dev.atrium.mail.internal.admin;

import dev.atrium.access.Grant;
import dev.atrium.access.GranteeKind;
import dev.atrium.access.ResourceAccess;
import dev.atrium.mail.internal.MailResources;
import dev.atrium.org.OrgDirectory;
import dev.atrium.org.PersonSummary;
import dev.atrium.shared.DomainException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A mailbox's members as {@code access} grants on {@code mail.mailbox}: reading them with names and
 * writing the whole list, so "member of hr@" and "may read hr@'s mail" can never disagree.
 */
@Component
class MailboxGrants {

  private final ResourceAccess resources;
  private final OrgDirectory directory;

  MailboxGrants(ResourceAccess resources, OrgDirectory directory) {
    this.resources = resources;
    this.directory = directory;
  }

  List<MailboxMember> of(UUID mailboxId) {
    List<Grant> grants = resources.grantsOn(MailResources.MAILBOX, mailboxId);
    Map<UUID, String> people = directory
        .summaries(grants.stream()
            .filter(g -> GranteeKind.of(g.grantee()) == GranteeKind.PERSON)
            .map(g -> Objects.requireNonNull(g.grantee().id()))
            .toList())
        .stream()
        .collect(Collectors.toMap(PersonSummary::id, PersonSummary::name));
    Map<UUID, String> departments = directory.departmentNames(grants.stream()
        .filter(g -> GranteeKind.of(g.grantee()) == GranteeKind.DEPARTMENT)
        .map(g -> Objects.requireNonNull(g.grantee().id()))
        .toList());
    return grants.stream()
        .map(g -> {
          GranteeKind kind = GranteeKind.of(g.grantee());
          if (kind == null || kind == GranteeKind.COMPANY) {
            return null;
          }
          UUID id = g.grantee().id();
          String name = kind == GranteeKind.PERSON
              ? people.get(id)
              : kind == GranteeKind.DEPARTMENT ? departments.get(id) : null;
          return new MailboxMember(kind, id, name, MailboxRole.of(g.role()));
        })
        .filter(Objects::nonNull)
        .sorted(Comparator.comparing((MailboxMember m) -> -m.role().ordinal())
            .thenComparing(m -> m.kind().name())
            .thenComparing(m -> String.valueOf(m.name())))
        .toList();
  }

  /**
   * Makes these the mailbox's members; {@code owner} (a personal mailbox's) always stays manager.
   * Refused with 400 {@code mail.member-invalid} for the company or a grantee without an id, {@code
   * mail.member-not-found} for a person, department or group that does not exist and {@code
   * mail.needs-manager} when no manager would be left. One named twice keeps the stronger role.
   */
  void replace(UUID mailboxId, List<MailboxMember> members, @Nullable UUID owner, UUID by) {
    Map<String, MailboxMember> merged = new LinkedHashMap<>();
    for (MailboxMember member : members) {
      if (member.kind() == GranteeKind.COMPANY || member.id() == null) {
        throw DomainException.badRequest(
            "mail.member-invalid", "A member is a person, a department or a group.");
      }
      if (!directory.exists(member.kind().grantee(member.id()))) {
        throw DomainException.badRequest(
            "mail.member-not-found", "No such person, department or group.");
      }
      merged.merge(
          member.kind() + ":" + member.id(),
          member,
          (a, b) -> a.role().compareTo(b.role()) >= 0 ? a : b);
    }
    if (owner != null) {
      merged.put(
          GranteeKind.PERSON + ":" + owner,
          new MailboxMember(GranteeKind.PERSON, owner, null, MailboxRole.MANAGER));
    }
    if (merged.values().stream().noneMatch(m -> m.role() == MailboxRole.MANAGER)) {
      throw DomainException.badRequest(
          "mail.needs-manager", "A mailbox needs a manager to look after its members.");
    }
    resources.replace(
        MailResources.MAILBOX,
        mailboxId,
        merged.values().stream()
            .map(m -> new Grant(m.kind().grantee(m.id()), m.role().role()))
            .toList(),
        by);
  }
}
