package dev.atrium.mail.web.admin;

import dev.atrium.access.Subject;
import dev.atrium.mail.internal.admin.MailContact;
import dev.atrium.mail.internal.admin.MailContacts;
import dev.atrium.mail.internal.admin.MailboxMember;
import dev.atrium.mail.internal.admin.MailboxMembers;
import dev.atrium.mail.internal.admin.MailboxSettings;
import dev.atrium.mail.internal.admin.MailboxSignature;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Mail", description = "Mailboxes, folders, conversations, drafts and sending")
@RestController
class MailboxSettingsController {

  private final MailboxSettings settings;
  private final MailContacts contacts;

  MailboxSettingsController(MailboxSettings settings, MailContacts contacts) {
    this.settings = settings;
    this.contacts = contacts;
  }

  @GetMapping("/api/v1/mail/mailboxes/{id}/members")
  @Operation(summary = "Who works from a mailbox, and in which role (its managers)")
  List<MailboxMember> mailboxMembers(
      @AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    return settings.members(subject, id);
  }

  @PutMapping("/api/v1/mail/mailboxes/{id}/members")
  @Operation(
      summary = "Replaces a mailbox's members (its managers; a shared one's administrators too)")
  List<MailboxMember> replaceMailboxMembers(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @Valid @RequestBody MailboxMembers command) {
    return settings.replaceMembers(subject, id, command);
  }

  @GetMapping("/api/v1/mail/mailboxes/{id}/signature")
  @Operation(summary = "The signature offered when composing from a mailbox (its senders)")
  MailboxSignature mailboxSignature(
      @AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    return settings.signature(subject, id);
  }

  @PutMapping("/api/v1/mail/mailboxes/{id}/signature")
  @Operation(summary = "Sets or clears a mailbox's signature, a TipTap document (its senders)")
  MailboxSignature setMailboxSignature(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @RequestBody MailboxSignature command) {
    return settings.setSignature(subject, id, command);
  }

  @GetMapping("/api/v1/mail/contacts")
  @Operation(
      summary =
          "Recipients matching a name, pinyin, initials or address: people, lists, shared mailboxes")
  List<MailContact> mailContacts(@AuthenticationPrincipal Subject subject, @RequestParam String q) {
    return contacts.find(subject, q);
  }
}
