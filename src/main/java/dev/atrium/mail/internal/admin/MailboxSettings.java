package dev.atrium.mail.internal.admin;

import dev.atrium.access.Access;
import dev.atrium.access.Permission;
import dev.atrium.access.ResourceAccess;
import dev.atrium.access.Scope;
import dev.atrium.access.Subject;
import dev.atrium.access.Viewer;
import dev.atrium.mail.internal.MailResources;
import dev.atrium.shared.DomainException;
import dev.atrium.shared.RichDocument;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * What a mailbox's own people change: its members (its managers; for a shared mailbox also
 * administrators who manage settings, who made it) and its signature (its senders and managers).
 * A mailbox the caller may not read answers 404 {@code mail.not-found}, as if it did not exist.
 */
@Service
public class MailboxSettings {

  static final int MAX_SIGNATURE_BYTES = 16 * 1024;

  private final Access access;
  private final ResourceAccess resources;
  private final MailboxRows mailboxes;
  private final MailboxGrants grants;
  private final ObjectMapper json;

  MailboxSettings(
      Access access,
      ResourceAccess resources,
      MailboxRows mailboxes,
      MailboxGrants grants,
      ObjectMapper json) {
    this.access = access;
    this.resources = resources;
    this.mailboxes = mailboxes;
    this.grants = grants;
    this.json = json;
  }

  @Transactional(readOnly = true)
  public List<MailboxMember> members(Subject subject, UUID mailboxId) {
    return grants.of(managed(subject, mailboxes.find(mailboxId)).id());
  }

  /**
   * Replaces the members ({@link MailboxGrants#replace}); a personal mailbox's owner stays its
   * manager. A manager may leave themselves out: the answer is then the last they see of the list.
   */
  @Transactional
  public List<MailboxMember> replaceMembers(
      Subject subject, UUID mailboxId, MailboxMembers command) {
    MailboxRows.Row row = managed(subject, mailboxes.lock(mailboxId));
    grants.replace(row.id(), command.members(), row.ownerId(), subject.personId());
    return grants.of(row.id());
  }

  @Transactional(readOnly = true)
  public MailboxSignature signature(Subject subject, UUID mailboxId) {
    MailboxRows.Row row = sending(subject, mailboxes.find(mailboxId));
    return new MailboxSignature(row.signature() == null ? null : json.readTree(row.signature()));
  }

  /**
   * Sets the signature, or clears it with null; refused with 400 {@code mail.signature-invalid}
   * for anything but an editor's document and {@code mail.signature-too-large} over 16 KiB.
   */
  @Transactional
  public MailboxSignature setSignature(Subject subject, UUID mailboxId, MailboxSignature command) {
    MailboxRows.Row row = sending(subject, mailboxes.lock(mailboxId));
    String stored = command.signature() == null || command.signature().isNull()
        ? null
        : RichDocument.check(
                json,
                command.signature(),
                MAX_SIGNATURE_BYTES,
                "mail.signature-too-large",
                "mail.signature-invalid")
            .json();
    mailboxes.setSignature(row.id(), stored);
    return new MailboxSignature(stored == null ? null : json.readTree(stored));
  }

  private MailboxRows.Row managed(Subject subject, Optional<MailboxRows.Row> found) {
    MailboxRows.Row row = found.orElseThrow(SharedMailboxes::notFound);
    Viewer viewer = resources.viewer(subject);
    if (resources.may(viewer, "manage", MailResources.MAILBOX, row.id())) {
      return row;
    }
    boolean administrator =
        row.shared() && access.can(subject, Permission.SETTINGS_MANAGE, Scope.company());
    if (administrator) {
      return row;
    }
    throw refused(viewer, row);
  }

  private MailboxRows.Row sending(Subject subject, Optional<MailboxRows.Row> found) {
    MailboxRows.Row row = found.orElseThrow(SharedMailboxes::notFound);
    Viewer viewer = resources.viewer(subject);
    if (resources.may(viewer, "send", MailResources.MAILBOX, row.id())) {
      return row;
    }
    throw refused(viewer, row);
  }

  /** 403 for someone who reads the mailbox but may not do this; 404 for everyone else. */
  private DomainException refused(Viewer viewer, MailboxRows.Row row) {
    if (resources.may(viewer, "read", MailResources.MAILBOX, row.id())) {
      return DomainException.forbidden(
          "mail.cannot-send", "Your role in this mailbox does not allow this.");
    }
    return SharedMailboxes.notFound();
  }
}
