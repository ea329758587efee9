package dev.atrium.mail.web;

import dev.atrium.access.Subject;
import dev.atrium.mail.links.MailPlace;
import dev.atrium.mail.links.MailShares;
import dev.atrium.mail.links.ShareMail;
import dev.atrium.mail.links.SharedMail;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Mail joined up with chat: a mail shared in a conversation, and where a linked mail opens. */
@Tag(name = "Mail")
@RestController
class MailLinksController {

  private final MailShares shares;

  MailLinksController(MailShares shares) {
    this.shares = shares;
  }

  @PostMapping("/api/v1/mail/messages/{id}/share")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary =
          "Shares a mail in a chat channel (a reader of its mailbox who may post there): a quote of it and its card")
  SharedMail share(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @Valid @RequestBody ShareMail command) {
    return shares.share(subject, id, command);
  }

  @GetMapping("/api/v1/mail/messages/{id}/place")
  @Operation(
      summary = "Where a mail is (mailbox, folder, conversation), for a reader of its mailbox")
  MailPlace place(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    return shares.place(subject, id);
  }
}
