package dev.atrium.mail.web;

import dev.atrium.access.Subject;
import dev.atrium.mail.MailDraft;
import dev.atrium.mail.MailDrafts;
import dev.atrium.mail.MailMessage;
import dev.atrium.mail.MailReplies;
import dev.atrium.mail.MailReply;
import dev.atrium.mail.WriteMailDraft;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MailDraftsController {

  private final MailDrafts drafts;
  private final MailReplies replies;

  MailDraftsController(MailDrafts drafts, MailReplies replies) {
    this.drafts = drafts;
    this.replies = replies;
  }

  @GetMapping("/api/v1/mail/mailboxes/{id}/drafts")
  @Operation(summary = "The mailbox's drafts, latest saved first")
  List<MailDraft> mailDrafts(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    return drafts.list(subject, id);
  }

  @PostMapping("/api/v1/mail/mailboxes/{id}/drafts")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Starts a draft in the mailbox (whoever may send from it)")
  MailDraft createMailDraft(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @Valid @RequestBody WriteMailDraft command) {
    return drafts.create(subject, id, command);
  }

  @GetMapping("/api/v1/mail/drafts/{id}")
  @Operation(summary = "A draft")
  MailDraft mailDraft(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    return drafts.get(subject, id);
  }

  @PutMapping("/api/v1/mail/drafts/{id}")
  @Operation(
      summary =
          "Saves a draft; 409 mail.draft-conflict with the current one when the version is stale")
  MailDraft saveMailDraft(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @Valid @RequestBody WriteMailDraft command) {
    return drafts.update(subject, id, command);
  }

  @DeleteMapping("/api/v1/mail/drafts/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Discards a draft")
  void deleteMailDraft(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    drafts.delete(subject, id);
  }

  @PostMapping("/api/v1/mail/drafts/{id}/send")
  @Operation(summary = "Sends the draft: the sent mail as Sent holds it")
  MailMessage sendMailDraft(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    return drafts.send(subject, id);
  }

  @PostMapping("/api/v1/mail/messages/{id}/reply")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "A new draft replying to the message (to all when asked)")
  MailDraft replyToMail(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @RequestBody MailReply command) {
    return replies.reply(subject, id, command.all());
  }

  @PostMapping("/api/v1/mail/messages/{id}/forward")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "A new draft forwarding the message with its attachments")
  MailDraft forwardMail(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    return replies.forward(subject, id);
  }
}
