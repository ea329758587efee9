package dev.atrium.mail.web;

import dev.atrium.access.Subject;
import dev.atrium.mail.MailFolder;
import dev.atrium.mail.MailLabel;
import dev.atrium.mail.MailboxSummary;
import dev.atrium.mail.Mailboxes;
import dev.atrium.mail.NameMailFolder;
import dev.atrium.mail.WriteMailLabel;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Mail", description = "Mailboxes, folders, labels, conversations and drafts")
@RestController
class MailboxesController {

  private final Mailboxes mailboxes;

  MailboxesController(Mailboxes mailboxes) {
    this.mailboxes = mailboxes;
  }

  @GetMapping("/api/v1/mail/mailboxes")
  @Operation(summary = "The mailboxes I read: my own first (made on first use), then shared ones")
  List<MailboxSummary> mailboxes(@AuthenticationPrincipal Subject subject) {
    return mailboxes.mine(subject);
  }

  @GetMapping("/api/v1/mail/mailboxes/{id}/folders")
  @Operation(summary = "A mailbox's folders with their unread and total counts")
  List<MailFolder> mailFolders(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    return mailboxes.folders(subject, id);
  }

  @PostMapping("/api/v1/mail/mailboxes/{id}/folders")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Makes a folder (whoever may send from the mailbox)")
  MailFolder createMailFolder(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @Valid @RequestBody NameMailFolder command) {
    return mailboxes.createFolder(subject, id, command);
  }

  @PatchMapping("/api/v1/mail/folders/{id}")
  @Operation(summary = "Renames a folder one made")
  MailFolder renameMailFolder(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @Valid @RequestBody NameMailFolder command) {
    return mailboxes.renameFolder(subject, id, command);
  }

  @DeleteMapping("/api/v1/mail/folders/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Deletes a folder one made; its mail goes to Trash")
  void deleteMailFolder(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    mailboxes.deleteFolder(subject, id);
  }

  @GetMapping("/api/v1/mail/mailboxes/{id}/labels")
  @Operation(summary = "A mailbox's labels")
  List<MailLabel> mailLabels(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    return mailboxes.labels(subject, id);
  }

  @PostMapping("/api/v1/mail/mailboxes/{id}/labels")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Makes a label")
  MailLabel createMailLabel(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @Valid @RequestBody WriteMailLabel command) {
    return mailboxes.createLabel(subject, id, command);
  }

  @PatchMapping("/api/v1/mail/labels/{id}")
  @Operation(summary = "Renames or recolours a label")
  MailLabel updateMailLabel(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @Valid @RequestBody WriteMailLabel command) {
    return mailboxes.updateLabel(subject, id, command);
  }

  @DeleteMapping("/api/v1/mail/labels/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Deletes a label, taking it off the mail that had it")
  void deleteMailLabel(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    mailboxes.deleteLabel(subject, id);
  }
}
