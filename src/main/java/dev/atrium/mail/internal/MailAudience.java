package dev.atrium.mail.internal;

import dev.atrium.access.ResourceAccess;
import dev.atrium.access.Subject;
import dev.atrium.org.OrgDirectory;
import dev.atrium.realtime.StreamAudience;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Who hears a mailbox's stream: whoever may read it. Suspended people hear nothing. */
@Component
public class MailAudience implements StreamAudience {

  private final MailboxesTable mailboxes;
  private final ResourceAccess access;
  private final OrgDirectory directory;

  MailAudience(MailboxesTable mailboxes, ResourceAccess access, OrgDirectory directory) {
    this.mailboxes = mailboxes;
    this.access = access;
    this.directory = directory;
  }

  @Override
  public Collection<UUID> followedBy(UUID personId) {
    return directory
        .find(personId)
        .filter(person -> !person.suspended())
        .map(person ->
            mailboxes.listed(access.viewer(new Subject(person.id(), person.guest()))).stream()
                .map(MailboxRow::id)
                .toList())
        .orElse(List.of());
  }

  @Override
  public Collection<UUID> audience(UUID mailboxId) {
    return access.people(MailResources.MAILBOX, mailboxId, "reader");
  }
}
